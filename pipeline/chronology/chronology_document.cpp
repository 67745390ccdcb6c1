#include "pipeline/chronology/chronology_document.h"

#include <cstdio>

#include "anonymiser/code_assignment.h"
#include "anonymiser/document_anonymiser.h"
#include "anonymiser/scheme.h"
#include "pipeline/chronology/timeline.h"
#include "pipeline/fill/fill.h"
#include "pipeline/mark/mark.h"
#include "pipeline/publish/publish.h"

namespace dhr {
namespace {

std::string IsoText(const std::optional<Date>& d) {
  if (!d) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buffer;
}

const char* StageNote(DocumentStage stage) {
  switch (stage) {
    case DocumentStage::kDraft:
      return "Draft for the review panel. It names the people involved as the agencies wrote them: do not share "
             "it outside the panel.";
    case DocumentStage::kSubmission:
      return "Anonymised for submission: people are named by their codes and dates of contact kept as the "
             "agencies gave them where the case allows.";
    case DocumentStage::kPublication:
      return "Anonymised for publication.";
  }
  return "";
}

}  // namespace

Result<DocumentStage> ParseDocumentStage(std::string_view text) {
  if (text == "draft") return DocumentStage::kDraft;
  if (text == "submission") return DocumentStage::kSubmission;
  if (text == "publication") return DocumentStage::kPublication;
  std::string message = "\"";
  message += text;
  message += "\" is not a stage: use draft, submission or publication";
  return Status::Error("chronology.bad_stage", std::move(message));
}

ChronologyRules CaseChronologyRules(FileSystem& fs, const CaseMatcher& prepared) {
  ChronologyRules rules;
  for (const Identity& identity : prepared.identities)
    if (identity.kind == IdentityKind::kPerson) rules.client_codes.insert(identity.code);
  for (const Person& person : prepared.the_case.people)
    if (!person.code.empty()) rules.client_codes.insert(person.code);
  // A pseudonym replaces a person's code in documents, but agencies write the scheme's code
  // ("Adult X"): the codes the scheme gives without pseudonyms are accepted too.
  Case without_pseudonyms = prepared.the_case;
  for (Person& person : without_pseudonyms.people) person.pseudonym.clear();
  if (auto scheme = SchemeForCase(fs, without_pseudonyms); scheme.ok())
    if (auto identities = AssignCodes(without_pseudonyms, *scheme, nullptr); identities.ok())
      for (const Identity& identity : *identities)
        if (identity.kind == IdentityKind::kPerson) rules.client_codes.insert(identity.code);
  rules.scope_from = prepared.the_case.review.terms_of_reference.scope_from;
  rules.scope_to = prepared.the_case.review.terms_of_reference.scope_to;
  return rules;
}

Result<Chronology> CaseChronology(FileSystem& fs, const CaseMatcher& prepared, const TableOptions& table) {
  const std::string& folder = prepared.the_case.folder;
  auto files = ChronologyFolderFiles(fs, folder.empty() ? std::string("chronology") : folder + "/chronology");
  if (!files.ok()) return files.status();
  ChronologyRules rules = CaseChronologyRules(fs, prepared);
  rules.table = table;
  return BuildChronology(*files, rules);
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
  description += ": one lane per agency, a filled mark where the client was seen in person.";
  nlohmann::json image;
  image["png"] = nlohmann::json::binary(std::vector<std::uint8_t>(png->begin(), png->end()));
  image["width_mm"] = width_mm;
  image["description"] = description;
  return image;
}

Result<nlohmann::json> ChronologyDocumentData(const Chronology& chronology, const CaseMatcher& prepared,
                                              DocumentStage stage) {
  const Case& c = prepared.the_case;
  nlohmann::json data;
  data["review"] = {{"title", c.review.title},
                    {"partnership", c.review.partnership},
                    {"local_reference", c.review.local_reference},
                    {"fictional", c.review.fictional},
                    {"scope_from", IsoText(c.review.terms_of_reference.scope_from)},
                    {"scope_to", IsoText(c.review.terms_of_reference.scope_to)}};
  data["stage_note"] = StageNote(stage);
  nlohmann::json chronology_data = ChronologyData(chronology);
  chronology_data["agency_count"] = chronology.agencies.size();
  auto image = TimelineImageData(chronology, stage == DocumentStage::kDraft ? nullptr : prepared.matcher.get(), 250);
  if (!image.ok()) return image.status();
  chronology_data["timeline"] = std::move(image).value();
  data["chronology"] = std::move(chronology_data);
  return data;
}

Result<std::string> WriteChronologyDocument(const Chronology& chronology, const CaseMatcher& prepared,
                                            Package template_package, DocumentStage stage,
                                            std::vector<std::string>* warnings) {
  auto data = ChronologyDocumentData(chronology, prepared, stage);
  if (!data.ok()) return data.status();
  FillReport report;
  auto filled = FillTemplate(std::move(template_package), *data, FillOptions{}, &report);
  if (!filled.ok()) return filled.status();
  if (warnings)
    for (const TemplateError& w : report.warnings) warnings->push_back(w.part + ": " + w.message);
  if (stage == DocumentStage::kPublication) {
    // The publication stage itself: clean, anonymise, and the independent scan of the very bytes.
    auto outcome = publish::PublishPackage(*filled, prepared, {});
    if (!outcome.ok()) return outcome.status();
    if (!outcome->clean()) {
      std::string message = "the public copy would still carry " + std::to_string(outcome->scan.findings.size()) +
                            " identifier(s) of the case; nothing was written:";
      for (const scan::Finding& f : outcome->scan.findings)
        message += "\n" + f.masked_part + ", " + f.location + ": " + f.rule;
      return Status::Error("chronology.leak", message);
    }
    return std::move(outcome->bytes);
  }
  if (stage == DocumentStage::kSubmission) {
    std::vector<AuditRow> audit;
    if (Status s = AnonymiseDocument(*filled, *prepared.matcher, &audit); !s.ok()) return s;
  }
  {
    MarkingOptions marking;
    marking.classification = Classification::kOfficialSensitive;
    if (stage == DocumentStage::kDraft) marking.draft_number = prepared.the_case.review.draft;
    if (Status s = MarkDocument(*filled, marking); !s.ok()) return s;
  }
  return filled->Save();
}

}  // namespace dhr
