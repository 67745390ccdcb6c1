#include "pipeline/case/action_plan_yaml.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/case/suggestion.h"

namespace dhr {
namespace {

constexpr std::string_view kRecommendationKeys[] = {"number", "text", "scope", "agency",
                                                    "actions"};
constexpr std::string_view kActionKeys[] = {"action",      "lead_agency", "lead_person",
                                            "milestones",  "target_date", "status",
                                            "completed",   "measure",     "outcome"};
constexpr std::array<std::string_view, 3> kScopes = {"local", "regional", "national"};
constexpr std::array<std::string_view, 4> kStatuses = {"RED", "AMBER", "GREEN", "COMPLETE"};

std::string CaseFolded(std::string text, int (*fold)(int)) {
  for (char& c : text) c = static_cast<char>(fold(static_cast<unsigned char>(c)));
  return text;
}

// `text` folded by `fold` when that is one of `words`; otherwise records an error and gives "".
template <size_t N>
std::string Vocabulary(YamlReader& reader, const YamlField& field,
                       const std::array<std::string_view, N>& words, int (*fold)(int),
                       std::string_view expected) {
  std::string text = reader.Text(field, false);
  if (text.empty()) return text;
  std::string folded = CaseFolded(text, fold);
  if (std::ranges::count(words, folded) > 0) return folded;
  reader.Error(reader.Pos(field.value), field.key,
               field.key + ": expected " + std::string(expected) + DidYouMean(folded, words));
  return "";
}

RecommendationAction ReadAction(const YAML::Node& node, YamlReader& reader) {
  RecommendationAction action;
  action.pos = reader.Pos(node);
  for (const YamlField& field : reader.Fields(node, "action", kActionKeys)) {
    if (field.key == "action") action.action = reader.Text(field);
    if (field.key == "lead_agency") action.lead_agency = reader.Text(field, false);
    if (field.key == "lead_person") action.lead_person = reader.Text(field, false);
    if (field.key == "milestones") action.milestones = reader.Text(field, false);
    if (field.key == "target_date") action.target_date = reader.IsoDate(field);
    if (field.key == "completed") action.completed = reader.IsoDate(field);
    if (field.key == "measure") action.measure = reader.Text(field, false);
    if (field.key == "outcome") action.outcome = reader.Text(field, false);
    if (field.key == "status") {
      action.status = Vocabulary(reader, field, kStatuses, &::toupper,
                                 "RED, AMBER, GREEN or COMPLETE");
    }
  }
  if (!node.IsMap()) return action;
  if (action.action.empty() && !node["action"]) {
    reader.Error(action.pos, "missing", "action: the action to take is missing");
  }
  if (action.status == "COMPLETE" && !action.completed && !node["completed"]) {
    reader.Error(action.pos, "missing",
                 "action: status is COMPLETE, so give the date it was completed (completed:)");
  }
  return action;
}

Recommendation ReadRecommendation(const YAML::Node& node, YamlReader& reader) {
  Recommendation recommendation;
  recommendation.pos = reader.Pos(node);
  bool has_actions = false;
  for (const YamlField& field : reader.Fields(node, "recommendation", kRecommendationKeys)) {
    if (field.key == "number") recommendation.number = reader.Count(field).value_or(0);
    if (field.key == "text") recommendation.text = reader.Text(field);
    if (field.key == "agency") recommendation.agency = reader.Text(field, false);
    if (field.key == "scope") {
      recommendation.scope =
          Vocabulary(reader, field, kScopes, &::tolower, "local, regional or national");
    }
    if (field.key == "actions") {
      has_actions = field.value.IsSequence() && field.value.size() > 0;
      for (const YAML::Node& item : reader.Items(field)) {
        recommendation.actions.push_back(ReadAction(item, reader));
      }
    }
  }
  if (!node.IsMap()) return recommendation;
  if (recommendation.text.empty() && !node["text"]) {
    reader.Error(recommendation.pos, "missing", "recommendation: text is missing");
  }
  if (!has_actions) {
    reader.Error(recommendation.pos, "no_action",
                 "recommendation: give at least one action (actions:) for the action plan");
  }
  return recommendation;
}

}  // namespace

void ReadRecommendationsYaml(const YamlField& field, YamlReader& reader,
                             std::vector<Recommendation>* out) {
  for (const YAML::Node& item : reader.Items(field)) {
    Recommendation recommendation = ReadRecommendation(item, reader);
    if (recommendation.number == 0 && item.IsMap()) {
      recommendation.number = static_cast<int>(out->size()) + 1;  // numbered in order by default
    }
    for (const Recommendation& earlier : *out) {
      if (earlier.number == recommendation.number) {
        reader.Error(recommendation.pos, "duplicate_number",
                     "recommendation: number " + std::to_string(recommendation.number) +
                         " is also used at line " + std::to_string(earlier.pos.line));
        break;
      }
    }
    out->push_back(std::move(recommendation));
  }
}

}  // namespace dhr
