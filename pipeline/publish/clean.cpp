#include "pipeline/publish/clean.h"

#include <string>

#include "pipeline/publish/comments.h"
#include "pipeline/publish/custom_xml.h"
#include "pipeline/publish/document_properties_cleanup.h"
#include "pipeline/publish/embedded_objects.h"
#include "pipeline/publish/hidden_text.h"
#include "pipeline/publish/image_metadata.h"
#include "pipeline/publish/printer_settings.h"
#include "pipeline/publish/revision_session_ids.h"
#include "pipeline/publish/settings_cleanup.h"
#include "pipeline/publish/tracked_changes.h"
#include "pipeline/publish/unreferenced_content.h"
#include "docx/word_markup.h"
#include "docx/wordml.h"

namespace dhr::publish {
namespace {

void AcceptAllTrackedChanges(Package& package, CleanReport& report) {
  for (const std::string& part : WordprocessingParts(package)) {
    const TrackedChangeCounts counts = AcceptTrackedChanges(package.Xml(part)->root());
    if (counts.Total() == 0 && counts.merged_paragraphs == 0) continue;
    package.MarkEdited(part);
    report.Add(clean_category::kInsertions, counts.insertions);
    report.Add(clean_category::kDeletions, counts.deletions);
    report.Add(clean_category::kFormattingChanges, counts.formatting);
    report.Add(clean_category::kMergedParagraphs, counts.merged_paragraphs);
  }
}

// The styles that apply to a text part: its own (the glossary has them), else the document's.
const xmlNode* StylesFor(Package& package, const std::string& part) {
  for (const std::string& source : {part, package.main_document()}) {
    for (const Relationship& rel : package.Relationships(source)) {
      if (rel.type != wordml::RelationshipType("styles") || rel.external) continue;
      if (XmlDocument* styles = package.Xml(rel.resolved)) return styles->root();
    }
  }
  return nullptr;
}

void RemoveAllHiddenText(Package& package, CleanReport& report) {
  for (const std::string& part : package.TextParts()) {
    XmlDocument* xml = package.Xml(part);
    if (!xml || !HasNamespace(xml->root(), ns::kW)) continue;
    const HiddenFormatting formatting = HiddenFormatting::FromStyles(StylesFor(package, part));
    const HiddenTextCounts counts = RemoveHiddenText(xml->root(), formatting);
    if (counts.runs + counts.paragraph_marks + counts.paragraphs == 0) continue;
    package.MarkEdited(part);
    report.Add(clean_category::kHiddenRuns, counts.runs);
    report.Add(clean_category::kHiddenParagraphMarks, counts.paragraph_marks);
    report.Add(clean_category::kHiddenParagraphs, counts.paragraphs);
  }
}

void RemoveAllRevisionSessionIds(Package& package, CleanReport& report) {
  for (const std::string& part : WordprocessingParts(package)) {
    const size_t removed = RemoveRevisionSessionIds(package.Xml(part)->root());
    if (removed == 0) continue;
    package.MarkEdited(part);
    report.Add(clean_category::kRevisionSessionIds, removed);
  }
}

}  // namespace

size_t CountTrackedChangesIn(Package& package) {
  size_t total = 0;
  for (const std::string& part : WordprocessingParts(package))
    total += CountTrackedChanges(package.Xml(part)->root()).Total();
  return total;
}

Status CleanForPublication(Package& package, const CleanOptions& options, CleanReport* report) {
  CleanReport unused;
  CleanReport& out = report ? *report : unused;
  if (options.reject_on_revisions) {
    const size_t revisions = CountTrackedChangesIn(package);
    if (revisions > 0)
      return Status::Error("publish.tracked_changes",
                           "the document has " + std::to_string(revisions) +
                               (revisions == 1 ? " tracked change" : " tracked changes") +
                               "; accept or reject them in Word first, or run without --reject-on-revisions",
                           InFile(package.file_name()));
  }
  AcceptAllTrackedChanges(package, out);
  RemoveComments(package, out);
  RemoveAllHiddenText(package, out);
  RemoveCustomXml(package, out);
  CleanSettings(package, out);
  RemoveIdentifyingProperties(package, out);
  RemoveThumbnail(package, out);
  RemovePrinterSettings(package, out);
  ReplaceEmbeddedObjectsByPictures(package, out);
  RemoveImageMetadata(package, out);
  RemoveUnreferencedNotes(package, out);
  RemoveUnusedRelationships(package, out);
  RemoveUnreachableParts(package, out);
  RemoveAllRevisionSessionIds(package, out);
  return {};
}

}  // namespace dhr::publish
