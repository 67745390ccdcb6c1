// dhr publish IN.docx --case CASE -o OUT.docx [--reject-on-revisions]
//
// The public copy, failing closed: anonymise, strip markings, remove what a public copy must not
// carry, then run the leak scan (--publication) on the result held in memory; write nothing and
// exit 1 if it finds anything. The Home Office data form is refused: it is never published.
#include <iostream>
#include <sstream>

#include "anonymiser/case_matcher.h"
#include "anonymiser/document_anonymiser.h"
#include "docx/properties.h"
#include "docx/text.h"
#include "pipeline/cli/commands.h"
#include "pipeline/mark/mark.h"
#include "pipeline/publish/clean.h"
#include "pipeline/scan/package_scan.h"
#include "pipeline/scan/text_report.h"

namespace dhr {
namespace {

struct PublishArgs {
  std::string input, case_path, output;
  bool reject_on_revisions = false;
};

// The data form is recognised by the property the pipeline writes into it, or by its own words.
bool IsHomeOfficeDataForm(Package& package) {
  for (const Property& p : CustomProperties(package))
    if (p.name == "dhr.document" && p.value == "home-office-data-form") return true;
  XmlDocument* xml = package.Xml(package.main_document());
  if (!xml) return false;
  for (xmlNode* p : Paragraphs(xml->root())) {
    std::string text = ReadParagraph(p).text;
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text.find("for home office data collection only") != std::string::npos) return true;
  }
  return false;
}

// A package without settings cannot say "remove personal information on save"; give it settings
// that say so (the cleaning step keeps them).
Status EnsureSettingsPart(Package& package) {
  if (!package.PartsOfKind(PartKind::kSettings).empty()) return {};
  const std::string name = "word/settings.xml";
  Status s = package.PutPart(
      name,
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:removePersonalInformation/>"
      "<w:removeDateAndTime/></w:settings>",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
  if (!s.ok()) return s;
  package.AddRelationship(package.main_document(),
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", name);
  return {};
}

int RunPublish(const PublishArgs& args) {
  FileSystem& fs = Disk();
  if (args.input == args.output || fs.SameFile(args.input, args.output))
    return ReportError(Status::Error("cli.overwrite_input", "the output must not be the input file", InFile(args.output)));
  auto prepared = PrepareCaseMatcher(fs, args.case_path);
  if (!prepared.ok()) return ReportError(prepared.status());
  for (const std::string& warning : prepared->warnings) ReportWarning(warning);
  auto package = Package::OpenFile(fs, args.input);
  if (!package.ok()) return ReportError(package.status());
  if (IsHomeOfficeDataForm(*package))
    return ReportError(Status::Error("publish.data_form",
                                     "this is the Home Office data collection form, which is never published",
                                     InFile(args.input)));

  publish::CleanOptions clean_options;
  clean_options.reject_on_revisions = args.reject_on_revisions;
  if (args.reject_on_revisions) {
    // Refuse before anything is changed, so the message speaks of the document as the user has it.
    if (const size_t n = publish::CountTrackedChangesIn(*package); n > 0)
      return ReportError(Status::Error("publish.revisions",
                                       "the document has " + std::to_string(n) +
                                           " tracked changes; accept or reject them in Word first, or run without "
                                           "--reject-on-revisions",
                                       InFile(args.input)));
  }
  // Clean first (accepting insertions, dropping deletions and comments), so that what is
  // anonymised is what will be published.
  if (Status s = EnsureSettingsPart(*package); !s.ok()) return ReportError(s);
  publish::CleanReport cleaned;
  if (Status s = publish::CleanForPublication(*package, clean_options, &cleaned); !s.ok())
    return ReportError(s.At(args.input));
  if (Status s = StripMarkings(*package, nullptr); !s.ok()) return ReportError(s.At(args.input));
  if (Status s = AnonymiseDocument(*package, *prepared->matcher, nullptr); !s.ok()) return ReportError(s);

  // Prove it: scan the bytes that would be written, opened afresh.
  auto bytes = package->Save();
  if (!bytes.ok()) return ReportError(bytes.status());
  OpenOptions reopen;
  reopen.file_name = args.output;
  auto written = Package::Open(*bytes, reopen);
  if (!written.ok()) return ReportError(written.status());
  auto target = scan::CompileScanTarget(prepared->the_case);
  if (!target.ok()) return ReportError(target.status());
  scan::ScanOptions scan_options;
  scan_options.publication = true;
  auto report = scan::ScanPackage(*written, *target, scan_options);
  if (!report.ok()) return ReportError(report.status());
  if (!report->findings.empty()) {
    report->file = args.output;
    for (auto& f : report->findings) f.file = args.output;
    scan::WriteTextReport({scan::FileScan{args.output, {}, *report}}, std::cerr);
    std::cerr << "dhr: error: " << args.input << ": the public copy would still carry " << report->findings.size()
              << " finding(s) above; nothing was written\n";
    return 1;
  }
  if (Status s = fs.WriteAtomic(args.output, *bytes); !s.ok()) return ReportError(s);
  for (const std::string& line : cleaned.Lines()) std::cerr << "dhr: " << line << "\n";
  std::cerr << "dhr: published " << args.output << ": anonymised, markings stripped, cleaned, scanned clean\n";
  return 0;
}

}  // namespace

Command AddPublishCommand(CLI::App& app) {
  auto args = std::make_shared<PublishArgs>();
  Command command;
  command.app = app.add_subcommand(
      "publish", "Make the public copy: anonymise, strip markings, remove comments, tracked changes and identifying "
                 "metadata, then leak-scan it; nothing is written unless the scan is clean");
  command.app->add_option("input", args->input, "the approved report (never modified)")->required();
  command.app->add_option("--case", args->case_path, "the case folder, or its case.yaml")->required();
  command.app->add_option("-o,--output", args->output, "where to write the public copy")->required();
  command.app->add_flag("--reject-on-revisions", args->reject_on_revisions,
                        "refuse a document with tracked changes instead of accepting them");
  command.run = [args] { return RunPublish(*args); };
  return command;
}

}  // namespace dhr
