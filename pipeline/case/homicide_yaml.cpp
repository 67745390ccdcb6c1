#include "pipeline/case/homicide_yaml.h"

namespace dhr {
namespace {

constexpr std::string_view kHomicideKeys[] = {"date",     "place",
                                              "method",   "verdict",
                                              "sentence", "proceedings_concluded",
                                              "coroner_conclusion", "children_in_household"};
constexpr std::string_view kDataFormKeys[] = {"victim_relationship", "perpetrator_relationship",
                                              "other_victims", "previous_reviews"};

}  // namespace

void ReadHomicideYaml(const YAML::Node& node, YamlReader& reader, Homicide* out) {
  out->pos = reader.Pos(node);
  for (const YamlField& field : reader.Fields(node, "homicide", kHomicideKeys)) {
    if (field.key == "date") out->date = reader.IsoDate(field);
    if (field.key == "place") out->place = reader.Text(field, false);
    if (field.key == "method") out->method = reader.Text(field, false);
    if (field.key == "verdict") out->verdict = reader.Text(field, false);
    if (field.key == "sentence") out->sentence = reader.Text(field, false);
    if (field.key == "proceedings_concluded") out->proceedings_concluded = reader.IsoDate(field);
    if (field.key == "coroner_conclusion") out->coroner_conclusion = reader.Text(field, false);
    if (field.key == "children_in_household") out->children_in_household = reader.Count(field);
  }
}

void ReadDataFormYaml(const YAML::Node& node, YamlReader& reader, DataForm* out) {
  out->pos = reader.Pos(node);
  if (node.IsNull()) return;  // `data_form:` alone asks for the checks with nothing extra
  for (const YamlField& field : reader.Fields(node, "data_form", kDataFormKeys)) {
    if (field.key == "victim_relationship") out->victim_relationship = reader.Text(field, false);
    if (field.key == "perpetrator_relationship") {
      out->perpetrator_relationship = reader.Text(field, false);
    }
    if (field.key == "other_victims") out->other_victims = reader.Count(field);
    if (field.key == "previous_reviews") out->previous_reviews = reader.Text(field, false);
  }
}

}  // namespace dhr
