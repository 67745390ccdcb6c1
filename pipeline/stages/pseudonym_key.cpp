#include "pipeline/stages/pseudonym_key.h"

#include <utility>

#include "docx/properties.h"
#include "pipeline/fill/fill.h"
#include "pipeline/mark/mark.h"
#include "pipeline/publish/publish.h"
#include "pipeline/stages/case_data.h"

namespace dhr::stages {
namespace {

using json = nlohmann::json;

std::string TextOf(const json& value) { return value.is_string() ? value.get<std::string>() : std::string(); }

// "Joanne Hartley (also Jo Hartley, Jo)".
std::string NameWithAliases(const json& entry) {
  std::string out = TextOf(entry["name"]);
  std::string also;
  for (const json& alias : entry["aliases"]) {
    if (!also.empty()) also += ", ";
    also += TextOf(alias);
  }
  if (!also.empty()) {
    out += " (also ";
    out += also;
    out += ")";
  }
  return out;
}

json Row(std::string code, std::string name, std::string role, std::string agency) {
  return {{"code", std::move(code)}, {"name", std::move(name)}, {"role", std::move(role)}, {"agency", std::move(agency)}};
}

}  // namespace

json PseudonymKeyData(const PreparedCase& prepared) {
  // The same tree the review's documents are filled from: the same codes, the same wording.
  const json tree = CaseData(prepared.the_case, prepared.identities, {});
  json entries = json::array();
  for (const json& person : tree["people"]) {
    std::string code = TextOf(person["pseudonym"]);
    if (code != TextOf(person["code"])) code += " (" + TextOf(person["code"]) + ")";
    entries.push_back(Row(std::move(code), NameWithAliases(person), TextOf(person["relationship_text"]), ""));
  }
  for (const json& professional : tree["professionals"])
    entries.push_back(Row(TextOf(professional["code"]), NameWithAliases(professional), TextOf(professional["role"]),
                          TextOf(professional["agency"])));
  for (size_t i = 0; i < prepared.the_case.places.size(); ++i) {
    std::string code = prepared.the_case.places[i].replacement;
    for (const Identity& identity : prepared.identities)
      if (identity.id == "place:" + std::to_string(i)) code = identity.code;
    entries.push_back(Row(std::move(code), NameWithAliases(tree["places"][i]), "Place", ""));
  }
  json data;
  data["title"] = tree["title"];
  data["partnership"] = tree["partnership"];
  data["review"] = {{"local_reference", tree["review"].value("local_reference", json(nullptr))}};
  data["entries"] = std::move(entries);
  return data;
}

Result<PseudonymKey> BuildPseudonymKey(const PreparedCase& prepared, Package key_template, const std::string& origin) {
  PseudonymKey key;
  FillReport report;
  auto filled = FillTemplate(std::move(key_template), PseudonymKeyData(prepared), FillOptions{}, &report);
  for (const TemplateError& warning : report.warnings)
    key.warnings.push_back(Problem{Severity::kWarning, warning.id, warning.Describe(), InFile(origin)});
  if (!filled.ok()) {
    std::vector<Problem> errors;
    for (const TemplateError& error : report.errors)
      errors.push_back(Problem{Severity::kError, error.id, error.Describe(), InFile(origin)});
    if (errors.empty()) return filled.status().At(origin);
    return Status::Several("key.fill_errors", std::move(errors));
  }
  const Review& review = prepared.the_case.review;
  if (Status s = SetCoreProperty(*filled, "dc:title", review.title + ": pseudonym key"); !s.ok()) return s;
  if (Status s = SetCustomProperty(*filled, publish::kDocumentKindProperty, publish::kPseudonymKeyKind); !s.ok())
    return s;
  MarkingOptions marking;
  marking.classification = Classification::kOfficialSensitive;
  marking.descriptor = review.marking_descriptor;
  if (Status s = MarkDocument(*filled, marking); !s.ok()) return s.At(origin);
  auto bytes = filled->Save();
  if (!bytes.ok()) return bytes.status();
  key.bytes = std::move(bytes).value();
  return key;
}

}  // namespace dhr::stages
