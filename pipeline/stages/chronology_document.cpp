#include "pipeline/stages/chronology_document.h"

#include <optional>

#include "base/memory.h"
#include "pipeline/chronology/timeline.h"
#include "pipeline/fill/data_scope.h"
#include "pipeline/fill/fill.h"

namespace dhr::stages {
namespace {

std::string IsoOrEmpty(const std::optional<Date>& d) { return d ? IsoText(*d) : std::string(); }

const char* StageNote(Stage stage) {
  switch (stage) {
    case Stage::kDraft:
      return "Draft for the review panel. It names the people involved as the agencies wrote them: do not share "
             "it outside the panel.";
    case Stage::kSubmission:
      return "Anonymised for submission: people are named by their codes and dates of contact kept as the "
             "agencies gave them where the case allows.";
    case Stage::kPublication:
      return "Anonymised for publication.";
  }
  return "";
}

}  // namespace

std::string ChronologyFolder(const PreparedCase& prepared) {
  const std::string& folder = prepared.the_case.folder;
  return folder.empty() ? std::string("chronology") : folder + "/chronology";
}

Result<Chronology> CaseChronology(FileSystem& fs, const PreparedCase& prepared, const TableOptions& table) {
  auto files = ChronologyFolderFiles(fs, ChronologyFolder(prepared));
  if (!files.ok()) return files.status();
  ChronologyRules rules;
  rules.client_codes = prepared.agency_codes;
  rules.scope_from = prepared.the_case.review.terms_of_reference.scope_from;
  rules.scope_to = prepared.the_case.review.terms_of_reference.scope_to;
  rules.table = table;
  return BuildChronology(*files, rules);
}

Result<nlohmann::json> CaseChronologyData(FileSystem& fs, const PreparedCase& prepared, Stage stage,
                                          std::vector<Problem>& warnings) {
  if (!fs.IsDirectory(ChronologyFolder(prepared))) return nlohmann::json(nullptr);
  auto chronology = CaseChronology(fs, prepared);
  if (!chronology.ok() && chronology.status().id() == "chronology.no_files") return nlohmann::json(nullptr);
  if (!chronology.ok()) return chronology.status();
  for (const ChronologyProblem& w : chronology->warnings)
    warnings.push_back(Problem::Warning(w.id, w.Describe()));
  ReturnFreedMemory();  // the files' bytes and tables, read and let go, before the rows are built
  std::optional<nlohmann::json> timeline;
  if (prepared.the_case.review.chronology_timeline) {
    auto image = TimelineImageData(*chronology, NamesCoded(stage, prepared) ? prepared.matcher.get() : nullptr, 250);
    if (!image.ok()) return image.status();
    timeline = std::move(image).value();
  }
  nlohmann::json data = ChronologyData(std::move(*chronology));
  if (timeline) data["timeline"] = std::move(*timeline);
  return data;
}

Result<nlohmann::json> TimelineImageData(const Chronology& chronology, const Matcher* matcher, double width_mm) {
  TimelineOptions options;
  for (const std::string& agency : chronology.agencies) {
    // The label as the anonymised document's text will write it: each match replaced by its code.
    std::string label;
    size_t at = 0;
    for (const Match& m : matcher ? matcher->Find(agency) : std::vector<Match>{}) {
      label += agency.substr(at, m.begin - at) + m.replacement;
      at = m.end;
    }
    options.lane_labels.push_back(label + agency.substr(at));
  }
  auto png = RenderTimelinePng(chronology, options);
  if (!png.ok()) return png.status();
  std::string description = "Timeline of the agencies' contacts";
  if (!chronology.entries.empty())
    description += ", " + std::to_string(chronology.entries.front().from.date.year) + " to " +
                   std::to_string(chronology.entries.back().from.date.year);
  description += ": one lane per agency, a filled mark where the client was seen in person, an open one where not. "
                 "The chronology table lists every contact in words.";
  nlohmann::json image;
  image["png"] = nlohmann::json::binary(std::vector<std::uint8_t>(png->begin(), png->end()));
  image["width_mm"] = width_mm;
  image["description"] = description;
  return image;
}

Result<nlohmann::json> ChronologyDocumentData(const Chronology& chronology, const PreparedCase& prepared,
                                              Stage stage) {
  const Case& c = prepared.the_case;
  nlohmann::json data;
  data["review"] = {{"title", c.review.title},
                    {"partnership", c.review.partnership},
                    {"local_reference", c.review.local_reference},
                    {"fictional", c.review.fictional},
                    {"scope_from", IsoOrEmpty(c.review.terms_of_reference.scope_from)},
                    {"scope_to", IsoOrEmpty(c.review.terms_of_reference.scope_to)}};
  data["stage_note"] = StageNote(stage);
  nlohmann::json chronology_data = ChronologyData(chronology);
  chronology_data["agency_count"] = chronology.agencies.size();
  auto image = TimelineImageData(chronology, stage == Stage::kDraft ? nullptr : prepared.matcher.get(), 250);
  if (!image.ok()) return image.status();
  chronology_data["timeline"] = std::move(image).value();
  data["chronology"] = std::move(chronology_data);
  DeclareTable(data, "chronology.rows", ChronologyRowFields());
  return data;
}

Result<StagedDocument> WriteChronologyDocument(const Chronology& chronology, const PreparedCase& prepared,
                                               Package template_package, Stage stage, const std::string& file_name,
                                               std::vector<Problem>* warnings) {
  auto data = ChronologyDocumentData(chronology, prepared, stage);
  if (!data.ok()) return data.status();
  FillReport report;
  auto filled = FillTemplate(std::move(template_package), *data, FillOptions{}, &report);
  if (!filled.ok()) return filled.status();
  if (warnings)
    for (const TemplateError& w : report.warnings) warnings->push_back(Problem::Warning(w.id, w.Describe()));
  return RunStage(*filled, stage, prepared, StageDocument{file_name, false, true});
}

}  // namespace dhr::stages
