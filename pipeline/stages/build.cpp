#include "pipeline/stages/build.h"

#include <utility>

#include "base/memory.h"
#include "docx/properties.h"
#include "pipeline/fill/contents_list.h"
#include "pipeline/fill/fill.h"
#include "pipeline/publish/publish.h"
#include "pipeline/stages/case_data.h"
#include "pipeline/stages/chronology_document.h"

namespace dhr::stages {
namespace {

// A template's mistake, named by the template's origin.
Problem TemplateProblem(const DocumentTemplate& t, const TemplateError& error, Severity severity) {
  return Problem{severity, error.id, error.Describe(), InFile(t.origin)};
}

// Every mistake of every template at once; ok when none.
Status CheckTemplates(std::vector<DocumentTemplate>& templates) {
  std::vector<Problem> errors;
  for (DocumentTemplate& t : templates)
    for (const TemplateError& error : CheckTemplate(t.package))
      if (!error.warning) errors.push_back(TemplateProblem(t, error, Severity::kError));
  if (errors.empty()) return Status();
  return Status::Several("build.template_errors", std::move(errors));
}

// The template of each document the stage produces, in DocumentNames() order.
Result<std::vector<DocumentTemplate>> TemplatesFor(Stage stage, std::vector<DocumentTemplate> given) {
  std::vector<DocumentTemplate> ordered;
  for (const std::string& name : DocumentNames()) {
    if (stage == Stage::kPublication && name == kDataFormDocument) continue;  // never published
    bool found = false;
    for (DocumentTemplate& t : given)
      if (t.name == name && !found) {
        ordered.push_back(std::move(t));
        found = true;
      }
    if (!found) return Status::Error("build.missing_template", "no template for the " + name + " document");
  }
  return ordered;
}

// The document's title in its properties, what readers and screen readers announce: the review's
// title with the victim's pseudonym (or code) and the kind of document the template's own title
// names ("Domestic Homicide Review into the death of Adult X: Overview report").
Status SetDocumentTitle(Package& filled, const std::string& document_name, const nlohmann::json& data) {
  std::string kind = document_name;
  for (const Property& p : CoreProperties(filled))
    if (p.name == "dc:title" && !p.value.empty()) kind = p.value;
  std::string title = data.value("title", "");
  const nlohmann::json& victim = data["victim"];
  if (victim.is_object() && victim["pseudonym"].is_string()) {
    title += " into the death of ";
    title += victim["pseudonym"].get<std::string>();
  }
  title += ": ";
  title += kind;
  return SetCoreProperty(filled, "dc:title", title);
}

// A template filled, waiting for its stage.
struct FilledDocument {
  StageDocument document;
  Package package;
};

// Fills one document: its template with the case's data, its contents list and its title.
Result<FilledDocument> FillOne(DocumentTemplate& t, const nlohmann::json& data, BuildOutcome& outcome) {
  StageDocument document{t.name + ".docx", t.name == kDataFormDocument};
  FillReport report;
  auto filled = FillTemplate(std::move(t.package), data, FillOptions{}, &report);
  for (const TemplateError& warning : report.warnings)
    outcome.warnings.push_back(TemplateProblem(t, warning, Severity::kWarning));
  if (!filled.ok()) {
    std::vector<Problem> errors;
    for (const TemplateError& error : report.errors) errors.push_back(TemplateProblem(t, error, Severity::kError));
    if (errors.empty()) return filled.status().At(t.origin);
    return Status::Several("build.fill_errors", std::move(errors));
  }
  if (Status s = FillContentsList(*filled); !s.ok()) return s.At(document.file_name);
  if (Status s = SetDocumentTitle(*filled, t.name, data); !s.ok()) return s.At(document.file_name);
  if (document.data_form) {
    if (Status s = SetCustomProperty(*filled, publish::kDocumentKindProperty, publish::kDataFormKind); !s.ok())
      return s.At(document.file_name);
  }
  return FilledDocument{std::move(document), std::move(filled).value()};
}

// Runs the stage on a filled document. Publication findings go to `outcome`.
Status StageOne(const std::string& name, FilledDocument& filled, Stage stage, const PreparedCase& prepared,
                BuildOutcome& outcome) {
  auto staged = RunStage(filled.package, stage, prepared, filled.document);
  if (!staged.ok()) return staged.status();
  const std::string& file_name = filled.document.file_name;
  if (staged->scan) outcome.scans.push_back(scan::FileScan{file_name, Status(), std::move(*staged->scan)});
  outcome.documents.push_back(BuiltDocument{name, file_name, std::move(staged->bytes)});
  return Status();
}

}  // namespace

const std::vector<std::string>& DocumentNames() {
  static const std::vector<std::string> names = {"overview-report", "executive-summary", "action-plan",
                                                 kDataFormDocument};
  return names;
}

bool BuildOutcome::clean() const {
  for (const scan::FileScan& s : scans)
    if (!s.report.findings.empty()) return false;
  return true;
}

Result<BuildOutcome> BuildDocuments(FileSystem& fs, BuildRequest request) {
  // Only the publication stage scans what it writes.
  auto prepared = PrepareCase(fs, request.case_path, PrepareOptions{request.stage == Stage::kPublication});
  if (!prepared.ok()) return prepared.status();
  BuildOutcome outcome;
  outcome.warnings = prepared->warnings;
  auto sections = ReadSections(fs, prepared->the_case.folder);
  if (!sections.ok()) return sections.status();
  std::vector<Problem> unwritten = UnwrittenSections(*sections, prepared->the_case.folder);
  if (request.stage != Stage::kDraft && !unwritten.empty())
    return Status::Several("build.sections_unwritten", std::move(unwritten));
  for (Problem& p : unwritten) {
    p.severity = Severity::kWarning;
    p.message += " (the draft shows the guidance in its place)";
    outcome.warnings.push_back(std::move(p));
  }
  auto templates = TemplatesFor(request.stage, std::move(request.templates));
  if (!templates.ok()) return templates.status();
  if (Status s = CheckTemplates(*templates); !s.ok()) return s;

  auto chronology = CaseChronologyData(fs, *prepared, request.stage, outcome.warnings);
  if (!chronology.ok()) return chronology.status();
  ReturnFreedMemory();  // the chronology's files, tables and entries, read and let go
  // The chronology's rows are moved into the tree, not copied: a long one is tens of megabytes.
  nlohmann::json data =
      CaseData(prepared->the_case, prepared->identities, *sections, std::move(*chronology), request.stage);
  // Every document is filled before any stage runs, and the data is let go in between: a long
  // chronology's rows (tens of megabytes as a tree) are not held while its report is anonymised,
  // marked and zipped.
  std::vector<FilledDocument> filled;
  for (DocumentTemplate& t : *templates) {
    auto one = FillOne(t, data, outcome);
    if (!one.ok()) return one.status();
    filled.push_back(std::move(one).value());
  }
  nlohmann::json().swap(data);
  for (size_t i = 0; i < filled.size(); ++i) {
    if (Status s = StageOne((*templates)[i].name, filled[i], request.stage, *prepared, outcome); !s.ok()) return s;
    filled[i].package = Package();  // its bytes are in the outcome now
  }
  if (!outcome.clean()) outcome.documents.clear();  // all or nothing
  return outcome;
}

}  // namespace dhr::stages
