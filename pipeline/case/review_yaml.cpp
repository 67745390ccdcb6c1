#include "pipeline/case/review_yaml.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/case/suggestion.h"

namespace dhr {
namespace {

constexpr std::string_view kReviewKeys[] = {
    "partnership", "letter",  "title",         "scheme",         "local_reference",
    "police_force", "fictional", "dates",      "chair",          "author",
    "panel",        "panel_meetings", "agencies", "agencies_without_contact", "family",
    "terms_of_reference", "draft", "draft_names", "marking", "marking_descriptor",
    "dissemination", "chronology_timeline", "extension_agreed"};
constexpr std::string_view kFamilyKeys[] = {"pseudonym", "participation", "advocate", "saw_report"};
constexpr std::array<std::string_view, 2> kFamilyPseudonym = {"chosen", "declined"};
constexpr std::array<std::string_view, 2> kDraftNames = {"codes", "real"};
constexpr std::array<std::string_view, 2> kMarkings = {"OFFICIAL", "OFFICIAL-SENSITIVE"};
constexpr std::string_view kDateKeys[] = {"referral", "decision",  "home_office_notified",
                                          "started",  "completed", "submitted"};
constexpr std::string_view kChairKeys[] = {"name", "independence", "background"};
constexpr std::string_view kAuthorKeys[] = {"name", "independence"};
constexpr std::string_view kPanelKeys[] = {"name", "role", "agency"};
constexpr std::string_view kAgencyKeys[] = {"name", "contribution"};
constexpr std::string_view kTermsKeys[] = {"scope_from", "scope_to", "questions"};
constexpr std::array<std::string_view, 4> kContributions = {"IMR", "chronology", "report",
                                                            "information"};

bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

class ReviewReader {
 public:
  ReviewReader(YamlReader& reader, Review* out, CaseSourceMap* where)
      : reader_(reader), out_(*out), where_(*where) {}

  void Read(const YAML::Node& node) {
    out_.pos = reader_.Pos(node);
    for (const YamlField& field : reader_.Fields(node, "review", kReviewKeys)) {
      if (field.key == "partnership") out_.partnership = reader_.Text(field);
      if (field.key == "title") out_.title = reader_.Text(field);
      if (field.key == "scheme") out_.scheme_file = reader_.Text(field);
      if (field.key == "local_reference") out_.local_reference = reader_.Text(field);
      if (field.key == "police_force") out_.police_force = reader_.Text(field);
      if (field.key == "fictional") out_.fictional = reader_.Bool(field).value_or(false);
      if (field.key == "chronology_timeline") out_.chronology_timeline = reader_.Bool(field).value_or(false);
      if (field.key == "letter") ReadLetter(field);
      if (field.key == "dates") ReadDates(field.value);
      if (field.key == "chair") ReadLead(field.value, "chair", kChairKeys, &out_.chair);
      if (field.key == "author") ReadLead(field.value, "author", kAuthorKeys, &out_.author);
      if (field.key == "panel") {
        for (const YAML::Node& item : reader_.Items(field)) ReadPanelMember(item);
      }
      if (field.key == "panel_meetings") out_.panel_meetings = reader_.Count(field);
      if (field.key == "extension_agreed") out_.extension_agreed = reader_.IsoDate(field);
      if (field.key == "agencies") {
        for (const YAML::Node& item : reader_.Items(field)) ReadAgency(item);
      }
      if (field.key == "terms_of_reference") ReadTerms(field.value);
      if (field.key == "draft") out_.draft = reader_.Count(field);
      if (field.key == "draft_names") out_.draft_names = OneOf(field, kDraftNames);
      if (field.key == "marking") ReadMarking(field);
      if (field.key == "marking_descriptor") out_.marking_descriptor = reader_.Text(field);
      if (field.key == "agencies_without_contact") out_.agencies_without_contact = reader_.TextList(field);
      if (field.key == "family") ReadFamily(field.value);
      if (field.key == "dissemination") out_.dissemination = reader_.TextList(field);
    }
  }

 private:
  void ReadLetter(const YamlField& field) {
    std::string letter = reader_.Text(field);
    if (letter.size() == 1 && letter[0] >= 'A' && letter[0] <= 'Z') {
      out_.letter = letter;
    } else if (!letter.empty()) {
      reader_.Error(reader_.Pos(field.value), "letter",
                    "letter: expected a single capital letter A to Z, as in 'Adult X'");
    }
  }

  void ReadDates(const YAML::Node& node) {
    std::optional<Date>* slots[] = {&out_.dates.referral,  &out_.dates.decision,
                                    &out_.dates.home_office_notified, &out_.dates.started,
                                    &out_.dates.completed, &out_.dates.submitted};
    for (const YamlField& field : reader_.Fields(node, "dates", kDateKeys)) {
      size_t k = std::ranges::find(kDateKeys, field.key) - std::begin(kDateKeys);
      *slots[k] = reader_.IsoDate(field);
      if (*slots[k]) where_.review_dates[k] = out_.dates.where[k] = reader_.Pos(field.value);
    }
  }

  void ReadLead(const YAML::Node& node, std::string_view what,
                std::span<const std::string_view> keys, ReviewLead* lead) {
    for (const YamlField& field : reader_.Fields(node, what, keys)) {
      if (field.key == "name") lead->name = reader_.Text(field);
      if (field.key == "independence") lead->independence = reader_.Text(field, false);
      if (field.key == "background") lead->background = reader_.Text(field, false);
    }
    reader_.RequireKey(node, lead->name.empty(), reader_.Pos(node), what, "name");
  }

  void ReadPanelMember(const YAML::Node& node) {
    PanelMember member =
        reader_.Entry<PanelMember>(node, "panel member", kPanelKeys, [&](PanelMember& m, const YamlField& field) {
          if (field.key == "name") m.name = reader_.Text(field);
          if (field.key == "role") m.role = reader_.Text(field, false);
          if (field.key == "agency") m.agency = reader_.Text(field, false);
        });
    reader_.RequireKey(node, member.name.empty(), member.pos, "panel member", "name");
    out_.panel.push_back(std::move(member));
  }

  void ReadAgency(const YAML::Node& node) {
    ContributingAgency agency = reader_.Entry<ContributingAgency>(
        node, "agency", kAgencyKeys, [&](ContributingAgency& a, const YamlField& field) {
          if (field.key == "name") a.name = reader_.Text(field);
          if (field.key == "contribution") ReadContributions(field, &a.contributions);
        });
    reader_.RequireKey(node, agency.name.empty(), agency.pos, "agency", "name");
    out_.agencies.push_back(std::move(agency));
  }

  // One word or a list of them, each from kContributions (ignoring case).
  void ReadContributions(const YamlField& field, std::vector<std::string>* out) {
    std::vector<YAML::Node> items;
    if (field.value.IsSequence()) {
      items = reader_.Items(field);
    } else {
      items.push_back(field.value);
    }
    for (const YAML::Node& item : items) {
      YamlField one{field.key, field.key_node, item};
      std::string word = reader_.Text(one);
      if (word.empty()) continue;
      auto known = std::ranges::find_if(
          kContributions, [&](std::string_view k) { return EqualIgnoringCase(k, word); });
      if (known != kContributions.end()) {
        out->emplace_back(*known);
      } else {
        reader_.Error(reader_.Pos(item), "contribution",
                      "contribution: expected IMR, chronology, report or information" +
                          DidYouMean(word, kContributions));
      }
    }
  }

  // One of `allowed` (ignoring case), as the list writes it; an error naming them otherwise.
  std::string OneOf(const YamlField& field, std::span<const std::string_view> allowed) {
    std::string word = reader_.Text(field);
    if (word.empty()) return word;
    auto known = std::ranges::find_if(allowed, [&](std::string_view k) { return EqualIgnoringCase(k, word); });
    if (known != allowed.end()) return std::string(*known);
    std::string expected;
    for (std::string_view k : allowed) expected += (expected.empty() ? "" : " or ") + std::string(k);
    reader_.Error(reader_.Pos(field.value), field.key,
                  field.key + ": expected " + expected + DidYouMean(word, allowed));
    return "";
  }

  // OFFICIAL or OFFICIAL-SENSITIVE, any case; "OFFICIAL SENSITIVE" (a space) is the same marking.
  void ReadMarking(const YamlField& field) {
    std::string text = reader_.Text(field);
    std::ranges::replace(text, ' ', '-');
    auto known = std::ranges::find_if(kMarkings, [&](std::string_view k) { return EqualIgnoringCase(k, text); });
    if (known != kMarkings.end()) {
      out_.marking = std::string(*known);
    } else if (!text.empty()) {
      reader_.Error(reader_.Pos(field.value), "marking",
                    "marking: expected OFFICIAL or OFFICIAL-SENSITIVE (the Government Security Classifications)");
    }
  }

  void ReadFamily(const YAML::Node& node) {
    FamilyInvolvement& family = out_.family;
    family.pos = reader_.Pos(node);
    for (const YamlField& field : reader_.Fields(node, "family", kFamilyKeys)) {
      if (field.key == "pseudonym") family.pseudonym = OneOf(field, kFamilyPseudonym);
      if (field.key == "participation") family.participation = reader_.Text(field, false);
      if (field.key == "advocate") family.advocate = reader_.Text(field, false);
      if (field.key == "saw_report") family.saw_report = reader_.Bool(field);
    }
  }

  void ReadTerms(const YAML::Node& node) {
    TermsOfReference& terms = out_.terms_of_reference;
    for (const YamlField& field : reader_.Fields(node, "terms_of_reference", kTermsKeys)) {
      if (field.key == "scope_from") terms.scope_from = reader_.IsoDate(field);
      if (field.key == "scope_to") terms.scope_to = reader_.IsoDate(field);
      if (field.key == "questions") terms.questions = reader_.TextList(field);
    }
    if (terms.scope_from && terms.scope_to && *terms.scope_to < *terms.scope_from) {
      reader_.Error(reader_.Pos(node["scope_to"]), "date_order",
                    "scope_to: the period under review ends before it starts");
    }
  }

  YamlReader& reader_;
  Review& out_;
  CaseSourceMap& where_;
};

}  // namespace

std::span<const std::string_view> AgencyContributions() { return kContributions; }

void ReadReviewYaml(const YAML::Node& node, YamlReader& reader, Review* out, CaseSourceMap* where) {
  ReviewReader(reader, out, where).Read(node);
}

}  // namespace dhr
