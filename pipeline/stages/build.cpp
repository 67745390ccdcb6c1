#include "pipeline/stages/build.h"

#include <filesystem>
#include <utility>

#include "anonymiser/case_matcher.h"
#include "anonymiser/document_anonymiser.h"
#include "docx/properties.h"
#include "pipeline/stages/case_data.h"
#include "pipeline/chronology/chronology_document.h"
#include "pipeline/fill/contents_list.h"
#include "pipeline/fill/fill.h"
#include "pipeline/mark/mark.h"
#include "pipeline/publish/publish.h"

namespace dhr::stages {
namespace {

// Every mistake of every template, one line each, named by the template's origin; ok when none.
Status CheckTemplates(std::vector<DocumentTemplate>& templates) {
  std::string message;
  int count = 0;
  for (DocumentTemplate& t : templates)
    for (const TemplateError& error : CheckTemplate(t.package)) {
      if (error.warning) continue;
      message += (message.empty() ? "" : "\n") + t.origin + ": " + error.Describe();
      ++count;
    }
  if (count == 0) return Status();
  return Status::Error("build.template_errors", message);
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

MarkingOptions Marking(Stage stage, const Case& c, bool data_form) {
  MarkingOptions options;
  options.classification = Classification::kOfficialSensitive;
  // The report documents carry the case's marking (review: marking:); the data form keeps its own.
  if (!data_form && c.review.marking == "OFFICIAL") options.classification = Classification::kOfficial;
  if (!data_form) options.descriptor = c.review.marking_descriptor;
  if (stage == Stage::kDraft && !data_form) options.draft_number = c.review.draft;
  return options;
}

// Fill, then the stage's own steps for one document. Publication findings go to `outcome`.
Status BuildOne(DocumentTemplate& t, Stage stage, const CaseMatcher& prepared, const nlohmann::json& data,
                bool draft_codes, BuildOutcome& outcome) {
  const bool data_form = t.name == kDataFormDocument;
  const std::string file_name = t.name + ".docx";
  FillReport report;
  auto filled = FillTemplate(std::move(t.package), data, FillOptions{}, &report);
  for (const TemplateError& warning : report.warnings) outcome.warnings.push_back(t.origin + ": " + warning.Describe());
  if (!filled.ok()) {
    std::string message;
    for (const TemplateError& error : report.errors)
      message += (message.empty() ? "" : "\n") + t.origin + ": " + error.Describe();
    if (message.empty()) return filled.status().At(t.origin);
    return Status::Error("build.fill_errors", message);
  }
  Package& package = *filled;
  if (Status s = FillContentsList(package); !s.ok()) return s.At(file_name);
  if (data_form) {
    if (Status s = SetCustomProperty(package, publish::kDocumentKindProperty, publish::kDataFormKind); !s.ok())
      return s.At(file_name);
  }
  if (stage == Stage::kPublication) {
    publish::PublishOptions options;
    options.output_name = file_name;
    auto published = publish::PublishPackage(package, prepared, options);
    if (!published.ok()) return published.status().At(file_name);
    outcome.scans.push_back(scan::FileScan{file_name, Status(), published->scan});
    outcome.documents.push_back(BuiltDocument{t.name, file_name, std::move(published->bytes)});
    return Status();
  }
  if ((stage == Stage::kSubmission || (stage == Stage::kDraft && draft_codes)) && !data_form) {
    if (Status s = AnonymiseDocument(package, *prepared.matcher, nullptr); !s.ok()) return s.At(file_name);
  }
  if (Status s = MarkDocument(package, Marking(stage, prepared.the_case, data_form)); !s.ok()) return s.At(file_name);
  auto bytes = package.Save();
  if (!bytes.ok()) return bytes.status().At(file_name);
  outcome.documents.push_back(BuiltDocument{t.name, file_name, std::move(*bytes)});
  return Status();
}

}  // namespace

Result<Stage> ParseStage(std::string_view text) {
  if (text == "draft") return Stage::kDraft;
  if (text == "submission") return Stage::kSubmission;
  if (text == "publication") return Stage::kPublication;
  return Status::Error("build.bad_stage",
                       "unknown stage \"" + std::string(text) + "\": expected draft, submission or publication");
}

const char* StageName(Stage stage) {
  switch (stage) {
    case Stage::kDraft: return "draft";
    case Stage::kSubmission: return "submission";
    case Stage::kPublication: return "publication";
  }
  return "";
}

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

// The combined chronology of the case folder's chronology/ (pipeline/chronology) as fill data:
// its rows, counts and totals, and the timeline picture when the case asks for it (drawn with the
// anonymiser's replacements in agency names unless the stage is a draft). A case folder without
// agency files gives an empty chronology; a bad row stops the build with every error at once.
static Result<nlohmann::json> BuildChronologyData(FileSystem& fs, const CaseMatcher& prepared, Stage stage,
                                           bool draft_codes, std::vector<std::string>& warnings) {
  const std::string& folder = prepared.the_case.folder;
  const std::string chronology_folder = (folder.empty() ? std::string(".") : folder) + "/chronology";
  std::error_code ec;
  if (!std::filesystem::is_directory(chronology_folder, ec)) return ChronologyData(Chronology{});
  auto chronology = CaseChronology(fs, prepared);
  if (!chronology.ok() && chronology.status().id() == "chronology.no_files") return ChronologyData(Chronology{});
  if (!chronology.ok()) return chronology.status();
  for (const ChronologyProblem& w : chronology->warnings) warnings.push_back(w.Describe());
  nlohmann::json data = ChronologyData(*chronology);
  if (prepared.the_case.review.chronology_timeline) {
    auto image = TimelineImageData(*chronology, stage == Stage::kDraft && !draft_codes ? nullptr : prepared.matcher.get(), 250);
    if (!image.ok()) return image.status();
    data["timeline"] = std::move(image).value();
  }
  return data;
}

Result<BuildOutcome> BuildDocuments(FileSystem& fs, BuildRequest request) {
  auto prepared = PrepareCaseMatcher(fs, request.case_path);
  if (!prepared.ok()) return prepared.status();
  BuildOutcome outcome;
  outcome.warnings = prepared->warnings;
  auto sections = ReadSections(prepared->the_case.folder);
  if (!sections.ok()) return sections.status();
  std::vector<Status> unwritten = UnwrittenSections(*sections, prepared->the_case.folder);
  if (request.stage != Stage::kDraft && !unwritten.empty()) return Status::Several("build.sections_unwritten", unwritten);
  for (const Status& s : unwritten) outcome.warnings.push_back(s.Describe() + " (the draft shows the guidance in its place)");
  auto draft_codes = DraftsUseCodes(fs, prepared->the_case);
  if (!draft_codes.ok()) return draft_codes.status();
  auto templates = TemplatesFor(request.stage, std::move(request.templates));
  if (!templates.ok()) return templates.status();
  if (Status s = CheckTemplates(*templates); !s.ok()) return s;

  auto chronology = BuildChronologyData(fs, *prepared, request.stage, *draft_codes, outcome.warnings);
  if (!chronology.ok()) return chronology.status();
  nlohmann::json data = CaseData(prepared->the_case, prepared->identities, *sections, (*chronology)["rows"]);
  data["chronology_counts"] = (*chronology)["counts"];
  data["chronology_totals"] = (*chronology)["totals"];
  if (chronology->contains("timeline")) data["chronology_timeline"] = (*chronology)["timeline"];
  data["stage"] = StageName(request.stage);
  // Only a draft is numbered: the copies for the Home Office and the public are the final report.
  if (request.stage != Stage::kDraft) data["review"]["draft"] = nullptr;
  for (DocumentTemplate& t : *templates)
    if (Status s = BuildOne(t, request.stage, *prepared, data, *draft_codes, outcome); !s.ok()) return s;
  if (!outcome.clean()) outcome.documents.clear();  // all or nothing
  return outcome;
}

}  // namespace dhr::stages
