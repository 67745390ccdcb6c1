#include "pipeline/stages/case_data.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "anonymiser/scheme.h"
#include "pipeline/case/people_lookup.h"
#include "pipeline/chronology/chronology.h"
#include "pipeline/fill/data_scope.h"
#include "pipeline/case/relationship.h"
#include "pipeline/stages/section_guidance.h"

namespace dhr {
namespace {

using json = nlohmann::json;

json IsoDate(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return IsoText(*date);
}

json MonthYear(const std::optional<Date>& date) {
  if (!date || date->month < 1 || date->month > 12) return nullptr;
  return MonthYearText(*date);
}

// Empty text is a fact the case does not give: null, so the fill shows nothing without a warning.
json Text(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json Number(const std::optional<int>& number) { return number ? json(*number) : json(nullptr); }

json Texts(const std::vector<std::string>& texts) { return json(texts); }

// A count as a report writes it: in words up to twenty ("seven"), else in figures.
std::string CountWords(int number) {
  static constexpr std::array<const char*, 21> kWords = {
      "none",    "one",     "two",       "three",    "four",     "five",    "six",
      "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen", "twenty"};
  return number >= 0 && number <= 20 ? kWords[number] : std::to_string(number);
}

// "once", "twice", "six times"; null for no number.
json TimesText(const std::optional<int>& number) {
  if (!number) return nullptr;
  if (*number == 1) return "once";
  if (*number == 2) return "twice";
  return CountWords(*number) + " times";
}

std::string Capitalised(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string Joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// The identity of case entry `id` ("person:3"), or null.
const Identity* FindIdentity(const std::vector<Identity>& identities, const std::string& id) {
  for (const Identity& identity : identities)
    if (identity.id == id) return &identity;
  return nullptr;
}

std::string PersonCode(const Case& c, const std::vector<Identity>& identities, size_t index) {
  const Identity* identity = FindIdentity(identities, "person:" + std::to_string(index));
  return identity ? identity->code : c.people[index].name;
}

// How the pseudonyms table describes a person: "Victim", "Perpetrator", "Mother of Adult X".
std::string RelationshipText(const Case& c, const std::vector<Identity>& identities, size_t index) {
  const Person& person = c.people[index];
  if (person.role == kVictimRole) return "Victim";
  if (person.role == kPerpetratorRole) return "Perpetrator";
  if (person.relationship.empty()) return "";
  // The anonymiser's word: a child's without a gender when the scheme keeps children's genders out.
  const Identity* identity = FindIdentity(identities, "person:" + std::to_string(index));
  const std::string word = identity && !identity->relationship_text.empty() ? identity->relationship_text
                                                                            : person.relationship;
  std::optional<size_t> owner = FindOwner(c, person.of);
  if (!owner) return Capitalised(word);
  return Capitalised(word) + " of " + PersonCode(c, identities, *owner);
}

json PersonData(const Case& c, const std::vector<Identity>& identities, size_t index) {
  const Person& person = c.people[index];
  const Identity* identity = FindIdentity(identities, "person:" + std::to_string(index));
  const std::string code = PersonCode(c, identities, index);
  return {
      {"name", person.name},
      {"aliases", Texts(person.aliases)},
      {"code", code},
      {"pseudonym", person.pseudonym.empty() ? code : person.pseudonym},
      {"role", Text(person.role)},
      {"relationship", Text(identity && !identity->relationship_text.empty() ? identity->relationship_text
                                                                           : person.relationship)},
      {"of", person.role.empty() && !person.relationship.empty() ? json(person.of) : json(nullptr)},
      {"relationship_text", Text(RelationshipText(c, identities, index))},
      {"child", identity ? identity->is_child : person.child.value_or(false)},
      {"dob", IsoDate(person.dob)},
      {"age", Number(person.age)},
      {"gender", Text(person.gender)},
      {"ethnicity", Text(person.ethnicity)},
      {"nationality", Text(person.nationality)},
      {"religion", Text(person.religion)},
      {"sexual_orientation", Text(person.sexual_orientation)},
      {"disability", Text(person.disability)},
  };
}

json LeadData(const ReviewLead& lead) {
  return {{"name", Text(lead.name)}, {"independence", Text(lead.independence)}, {"background", Text(lead.background)}};
}

json ReviewData(const Review& review) {
  json panel = json::array();
  for (const PanelMember& member : review.panel)
    panel.push_back({{"name", member.name}, {"role", Text(member.role)}, {"agency", Text(member.agency)}});
  json agencies = json::array();
  for (const ContributingAgency& agency : review.agencies) {
    auto gave = [&](const char* what) {
      for (const std::string& contribution : agency.contributions)
        if (contribution == what) return true;
      return false;
    };
    agencies.push_back({{"name", agency.name},
                        {"contributions", Texts(agency.contributions)},
                        {"contribution", Joined(agency.contributions, ", ")},
                        {"imr", gave("IMR")},
                        {"chronology", gave("chronology")},
                        {"report", gave("report")},
                        {"information", gave("information")}});
  }
  json author = LeadData(review.author.name.empty() ? review.chair : review.author);
  if (!review.author.name.empty() && !review.author.independence.empty())
    author["independence"] = review.author.independence;
  author["is_chair"] = review.author.name.empty() || review.author.name == review.chair.name;
  const FamilyInvolvement& family = review.family;
  json family_data = {
      {"pseudonym", Text(family.pseudonym)},
      {"pseudonym_chosen", family.pseudonym == "chosen"},
      {"pseudonym_declined", family.pseudonym == "declined"},
      {"participation", Text(family.participation)},
      {"advocate", Text(family.advocate)},
      {"saw_report", family.saw_report ? json(*family.saw_report) : json(nullptr)},
      {"did_not_see_report", family.saw_report.has_value() && !*family.saw_report},
      {"given", !family.pseudonym.empty() || !family.advocate.empty() || family.saw_report.has_value()},
  };
  const int with_contact = static_cast<int>(review.agencies.size());
  const int contacted = with_contact + static_cast<int>(review.agencies_without_contact.size());
  const ReviewDates& dates = review.dates;
  return {
      {"partnership", Text(review.partnership)},
      {"letter", review.letter},
      {"title", review.title},
      {"abbreviation", TitleAbbreviation(review.title)},
      {"local_reference", Text(review.local_reference)},
      {"police_force", Text(review.police_force)},
      {"fictional", review.fictional},
      {"draft", Number(review.draft)},
      {"dates",
       {{"referral", IsoDate(dates.referral)},
        {"decision", IsoDate(dates.decision)},
        {"home_office_notified", IsoDate(dates.home_office_notified)},
        {"started", IsoDate(dates.started)},
        {"completed", IsoDate(dates.completed)},
        {"submitted", IsoDate(dates.submitted)}}},
      {"chair", LeadData(review.chair)},
      {"author", author},
      {"panel", panel},
      {"panel_meetings", Number(review.panel_meetings)},
      {"extension_agreed", IsoDate(review.extension_agreed)},
      {"panel_meetings_text", TimesText(review.panel_meetings)},
      {"agencies", agencies},
      {"agencies_without_contact", Texts(review.agencies_without_contact)},
      {"agencies_with_contact", with_contact},
      {"agencies_contacted", contacted},
      {"agencies_with_contact_text", CountWords(with_contact)},
      {"agencies_contacted_text", CountWords(contacted)},
      {"family", family_data},
      {"draft_names", Text(review.draft_names)},
      {"marking", review.marking},
      {"marking_descriptor", Text(review.marking_descriptor)},
      {"terms_of_reference",
       {{"scope_from", IsoDate(review.terms_of_reference.scope_from)},
        {"scope_to", IsoDate(review.terms_of_reference.scope_to)},
        {"questions", Texts(review.terms_of_reference.questions)}}},
      {"dissemination", Texts(review.dissemination)},
  };
}

json ActionData(const Recommendation& recommendation, const RecommendationAction& action, size_t index) {
  const std::string& status = action.status;
  return {
      {"number", std::to_string(recommendation.number) + "." + std::to_string(index + 1)},
      {"recommendation", recommendation.number},
      {"recommendation_text", recommendation.text},
      {"scope", Text(recommendation.scope)},
      {"scope_text", Text(Capitalised(recommendation.scope))},
      {"first", index == 0},
      {"action", action.action},
      {"lead_agency", Text(action.lead_agency)},
      {"lead_person", Text(action.lead_person)},
      {"milestones", Text(action.milestones)},
      {"target_date", IsoDate(action.target_date)},
      {"status", Text(status)},
      {"status_colour", Text(StatusColour(status))},
      {"red", status == "RED"},
      {"amber", status == "AMBER"},
      {"green", status == "GREEN"},
      {"complete", status == "COMPLETE"},
      {"completed", IsoDate(action.completed)},
      {"measure", Text(action.measure)},
      {"outcome", Text(action.outcome)},
  };
}

json PlaceData(const Place& place) {
  return {{"name", place.name}, {"aliases", Texts(place.aliases)}, {"replacement", Text(place.replacement)}};
}

}  // namespace

std::string TitleAbbreviation(const std::string& title) {
  std::string out;
  bool word_start = true;
  for (char ch : title) {
    const bool letter = std::isalpha(static_cast<unsigned char>(ch)) != 0;
    if (letter && word_start && std::isupper(static_cast<unsigned char>(ch))) out += ch;
    word_start = !letter && ch != '\'';
  }
  return out;
}

std::string StatusColour(const std::string& status) {
  // The shades action plans use: RAG plus blue for a completed action.
  if (status == "RED") return "FF0000";
  if (status == "AMBER") return "FFC000";
  if (status == "GREEN") return "00B050";
  if (status == "COMPLETE") return "5B9BD5";
  return "";
}

json CaseData(const Case& c, const std::vector<Identity>& identities, const CaseSections& sections,
              json chronology, stages::Stage stage) {
  json data;
  const Review& review = c.review;
  data["title"] = review.title;
  data["title_abbreviation"] = TitleAbbreviation(review.title);
  data["partnership"] = Text(review.partnership);
  data["fictional"] = review.fictional;
  data["review"] = ReviewData(review);
  data["stage"] = stages::StageName(stage);
  // Only a draft is numbered: the copies for the Home Office and the public are the final report.
  if (stage != stages::Stage::kDraft) data["review"]["draft"] = nullptr;

  json people = json::array();
  data["victim"] = nullptr;
  data["perpetrator"] = nullptr;
  for (size_t i = 0; i < c.people.size(); ++i) {
    json person = PersonData(c, identities, i);
    if (c.people[i].role == kVictimRole && data["victim"].is_null()) {
      data["victim"] = person;
      data["victim"]["death_date"] = IsoDate(c.homicide.date);
      data["victim"]["death_month_year"] = MonthYear(c.homicide.date);
    }
    if (c.people[i].role == kPerpetratorRole && data["perpetrator"].is_null()) data["perpetrator"] = person;
    people.push_back(std::move(person));
  }
  data["people"] = people;

  json professionals = json::array();
  for (size_t i = 0; i < c.professionals.size(); ++i) {
    const Professional& professional = c.professionals[i];
    const Identity* identity = FindIdentity(identities, "professional:" + std::to_string(i));
    professionals.push_back({{"name", professional.name},
                             {"aliases", Texts(professional.aliases)},
                             {"code", identity ? json(identity->code) : json(nullptr)},
                             {"role", Text(professional.role)},
                             {"agency", Text(professional.agency)}});
  }
  data["professionals"] = professionals;
  json places = json::array();
  for (const Place& place : c.places) places.push_back(PlaceData(place));
  data["places"] = places;

  const Homicide& homicide = c.homicide;
  data["homicide"] = {
      {"date", IsoDate(homicide.date)},
      {"month_year", MonthYear(homicide.date)},
      {"place", Text(homicide.place)},
      {"method", Text(homicide.method)},
      {"verdict", Text(homicide.verdict)},
      {"sentence", Text(homicide.sentence)},
      {"proceedings_concluded", IsoDate(homicide.proceedings_concluded)},
      {"coroner_conclusion", Text(homicide.coroner_conclusion)},
      {"children_in_household", Number(homicide.children_in_household)},
  };
  data["data_form"] = {
      {"present", c.has_data_form},
      {"victim_relationship", Text(c.data_form.victim_relationship)},
      {"perpetrator_relationship", Text(c.data_form.perpetrator_relationship)},
      {"other_victims", Number(c.data_form.other_victims)},
      {"previous_reviews", Text(c.data_form.previous_reviews)},
  };

  json recommendations = json::array();
  json action_plan = json::array();
  for (const Recommendation& recommendation : c.recommendations) {
    json actions = json::array();
    for (size_t i = 0; i < recommendation.actions.size(); ++i) {
      json row = ActionData(recommendation, recommendation.actions[i], i);
      actions.push_back(row);
      action_plan.push_back(std::move(row));
    }
    recommendations.push_back({{"number", recommendation.number},
                               {"text", recommendation.text},
                               {"scope", Text(recommendation.scope)},
                               {"scope_text", Text(Capitalised(recommendation.scope))},
                               {"agency", Text(recommendation.agency)},
                               {"actions", actions}});
  }
  data["recommendations"] = recommendations;
  data["action_plan"] = action_plan;

  // Every section the built-in guidance knows is present, written or null, so a template can ask
  // {{#if}} of it without a warning; a draft's placeholder is beside it.
  json overview = json(sections.overview), summary = json(sections.executive_summary);
  json placeholders = {{"overview", json::object()}, {"executive_summary", json::object()}};
  for (const SectionGuidance& section : BuiltInSectionGuidance()) {
    const bool is_overview = section.folder == "overview";
    json& texts = is_overview ? overview : summary;
    if (!texts.contains(section.key)) texts[section.key] = nullptr;
    placeholders[is_overview ? "overview" : "executive_summary"][section.key] = PlaceholderMarkdown(section);
  }
  for (json* texts : {&overview, &summary})
    for (auto& [key, text] : texts->items())
      if (text.is_string() && text.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos)
        text = nullptr;  // an empty file is a section not written yet
  data["sections"] = {{"overview", overview}, {"executive_summary", summary}};
  data["placeholder"] = placeholders;
  // The combined chronology (pipeline/chronology), known empty when the case folder has none.
  auto part = [&](const char* key, json missing) {
    return chronology.is_object() && chronology.contains(key) ? std::move(chronology[key]) : missing;
  };
  data["chronology"] = part("rows", json::array());
  DeclareTable(data, "chronology", ChronologyRowFields());
  data["chronology_counts"] = part("counts", json::array());
  data["chronology_totals"] = part("totals", json::array());
  data["chronology_timeline"] = part("timeline", nullptr);
  return data;
}

}  // namespace dhr
