#include "pipeline/publish/publish.h"

#include <cctype>

#include "anonymiser/document_anonymiser.h"
#include "docx/paragraph_stream.h"
#include "docx/properties.h"
#include "docx/related_part.h"
#include "docx/text.h"
#include "pipeline/mark/mark.h"
#include "pipeline/publish/accessible_copy.h"
#include "pipeline/publish/clean.h"
#include "pipeline/publish/long_tables.h"
#include "pipeline/scan/package_scan.h"

namespace dhr::publish {
namespace {

// A package without settings cannot say "remove personal information on save"; give it settings
// that say so (the cleaning step keeps them).
Status EnsureSettingsPart(Package& package) {
  if (!package.PartsOfKind(PartKind::kSettings).empty()) return {};
  auto part = MainDocumentPart(package, "settings", "word/settings.xml",
                               "<w:removePersonalInformation/><w:removeDateAndTime/>");
  return part.ok() ? Status() : part.status();
}

bool SaysForDataCollectionOnly(xmlNode* root) {
  for (xmlNode* p : Paragraphs(root)) {
    std::string text = ReadParagraph(p).text;
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text.find("for home office data collection only") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool IsHomeOfficeDataForm(Package& package) {
  for (const Property& p : CustomProperties(package))
    if (p.name == kDocumentKindProperty && p.value == kDataFormKind) return true;
  const std::string main = package.main_document();
  if (!package.IsParsed(main)) {  // a long report held as bytes is read in batches, not made a tree
    bool found = false;
    ParagraphStreamHandlers read;
    read.paragraph = [&found](xmlNode* paragraph) -> Result<bool> {
      found = found || SaysForDataCollectionOnly(paragraph);
      return false;
    };
    read.may_edit = [](std::string_view, const std::vector<std::string_view>&) { return false; };
    read.element = [](xmlNode*) { return false; };
    read.same_bytes_same_edit = true;  // a repeated cell cannot say it when its first copy did not
    auto streamed = EditParagraphStream(package, main, read);
    if (streamed.ok() && *streamed) return found;
  }
  XmlDocument* xml = package.Xml(main);
  return xml && SaysForDataCollectionOnly(xml->root());
}

bool IsPseudonymKey(Package& package) {
  for (const Property& p : CustomProperties(package))
    if (p.name == kDocumentKindProperty && p.value == kPseudonymKeyKind) return true;
  return false;
}

Result<PublishOutcome> PublishPackage(Package& package, const PreparedCase& prepared, const PublishOptions& options) {
  const std::string& input = package.file_name();
  // Fails closed: nothing is published that could not be scanned.
  if (!prepared.scan_target)
    return Status::Error("publish.internal", "the case was prepared without the leak scan's target", InFile(input));
  if (IsHomeOfficeDataForm(package))
    return Status::Error("publish.data_form", "this is the Home Office data collection form, which is never published",
                         InFile(input));
  if (IsPseudonymKey(package))
    return Status::Error("publish.pseudonym_key",
                         "this is the panel's pseudonym key, which links the codes to the real names and is never "
                         "published",
                         InFile(input));
  if (options.reject_on_revisions) {
    // Refuse before anything is changed, so the message speaks of the document as the user has it.
    if (const size_t n = CountTrackedChangesIn(package); n > 0)
      return Status::Error("publish.revisions",
                           "the document has " + std::to_string(n) +
                               " tracked changes; accept or reject them in Word first, or run without "
                               "--reject-on-revisions",
                           InFile(input));
  }
  PublishOutcome outcome;
  // Clean first (accepting insertions, dropping deletions and comments), so that what is
  // anonymised is what will be published.
  if (Status s = EnsureSettingsPart(package); !s.ok()) return s;
  CleanOptions clean_options;
  clean_options.reject_on_revisions = options.reject_on_revisions;
  // A long report's chronology is not made a tree to be cleaned: it holds nothing cleaning removes.
  auto aside = SetAsideInertTables(package);
  if (!aside.ok()) return aside.status().At(input);
  if (Status s = CleanForPublication(package, clean_options, &outcome.cleaned); !s.ok()) return s.At(input);
  if (Status s = aside->PutBack(package); !s.ok()) return s.At(input);
  if (Status s = StripMarkings(package, nullptr); !s.ok()) return s.At(input);
  if (Status s = AnonymiseDocument(package, *prepared.matcher, nullptr); !s.ok()) return s;
  if (Status s = AddMissingTitleAndLanguage(package); !s.ok()) return s.At(input);

  // Prove it: scan the bytes that would be written, opened afresh.
  // The trees of a long report are the larger part of the memory, and the scan builds its own:
  // they are written back to bytes (the one serialisation Save would make) and freed first.
  package.ReleaseTrees();
  auto bytes = package.Save();
  if (!bytes.ok()) return bytes.status();
  const std::string reported = options.output_name.empty() ? input : options.output_name;
  package = Package();  // used up: its bytes are in the outcome, and a long report is held once
  OpenOptions reopen;
  reopen.file_name = reported;
  // The bytes are the ones just written here, not a stranger's file: a long chronology compresses
  // far better than the ratio a zip bomb is judged by, so only the absolute limits apply.
  reopen.archive.ratio_floor = reopen.archive.max_entry_bytes;
  scan::ScanOptions scan_options;
  scan_options.publication = true;
  reopen.parse_on_first_use_over = scan_options.walk.stream_over;  // a long report is read in pieces
  reopen.check_unparsed = false;  // the piece walk reports a malformed part itself
  auto written = Package::Open(*bytes, reopen);
  if (!written.ok()) return written.status();
  auto report = scan::ScanPackage(*written, *prepared.scan_target, scan_options);
  if (!report.ok()) return report.status();
  outcome.scan = std::move(*report);
  outcome.scan.file = reported;
  for (auto& f : outcome.scan.findings) f.file = reported;
  for (auto& f : outcome.scan.warnings) f.file = reported;
  outcome.bytes = std::move(*bytes);
  return outcome;
}

}  // namespace dhr::publish
