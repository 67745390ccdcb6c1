#include "pipeline/case/review_checks.h"

#include <array>
#include <string>

#include "pipeline/case/iso_date.h"
#include "pipeline/case/people_lookup.h"
#include "pipeline/case/relationship.h"

namespace dhr {
namespace {

constexpr std::array<std::string_view, 6> kDateNames = {
    "referral", "decision", "home_office_notified", "started", "completed", "submitted"};

std::string Line(const SourcePos& pos) { return "line " + std::to_string(pos.line); }

void ComputeAges(Case* c, const CaseSourceMap& where, YamlReader& reader) {
  if (!c->homicide.date) return;
  for (size_t i = 0; i < c->people.size(); ++i) {
    Person& person = c->people[i];
    if (!person.dob) continue;
    int computed = AgeOn(*person.dob, *c->homicide.date);
    if (computed < 0) {
      reader.Error(person.pos, "dob", "dob: the date of birth is after the homicide's date");
      continue;
    }
    if (!person.age) {
      person.age = computed;
    } else if (*person.age != computed) {
      SourcePos at = i < where.person_age.size() ? where.person_age[i] : person.pos;
      reader.Error(at, "age",
                   "age: " + std::to_string(*person.age) +
                       " does not match the age at the homicide computed from dob: (" +
                       std::to_string(computed) + ")");
    }
  }
}

const ReviewDates& Dates(const Case& c) { return c.review.dates; }

void CheckDateOrder(const Case& c, const CaseSourceMap& where, YamlReader& reader) {
  const std::array<const std::optional<Date>*, 6> dates = {
      &Dates(c).referral, &Dates(c).decision,  &Dates(c).home_office_notified,
      &Dates(c).started,  &Dates(c).completed, &Dates(c).submitted};
  std::optional<size_t> latest;  // the index of the latest date given so far
  for (size_t k = 0; k < dates.size(); ++k) {
    if (!*dates[k]) continue;
    if (latest && **dates[k] < **dates[*latest]) {
      reader.Error(where.review_dates[k], "date_order",
                   std::string(kDateNames[k]) + ": earlier than " +
                       std::string(kDateNames[*latest]) + " (" + Line(where.review_dates[*latest]) +
                       "); the review's dates go referral, decision, home_office_notified, "
                       "started, completed, submitted");
      continue;
    }
    latest = k;
  }
}

void WarnOfDelay(const Case& c, const CaseSourceMap& where, YamlReader& reader) {
  if (!Dates(c).decision || !Dates(c).completed) return;
  if (*Dates(c).completed <= AddMonths(*Dates(c).decision, 6)) return;
  reader.Warning(where.review_dates[4], "slow_review",
                 "completed: the review took longer than six months from the decision to its "
                 "completion; the report must explain the delay");
}

// Records "data_form: <what> is missing..." at `at` when `value` is empty.
void Require(bool present, const SourcePos& at, std::string_view what, YamlReader& reader) {
  if (present) return;
  reader.Error(at, "data_form",
               "data_form: " + std::string(what) + " is missing; the Home Office form asks for it");
}

void CheckFormPerson(const Case& c, std::string_view role, const SourcePos& form_at,
                     YamlReader& reader) {
  std::vector<size_t> found = PeopleWithRole(c, role);
  if (found.empty()) {
    reader.Error(form_at, "data_form",
                 "data_form: the case has no " + std::string(role) +
                     " in people:; the Home Office form asks for their details");
    return;
  }
  const Person& person = c.people[found.front()];
  std::string whose = "the " + std::string(role) + "'s ";
  Require(!person.gender.empty(), person.pos, whose + "gender", reader);
  Require(person.age.has_value(), person.pos,
          whose + "age (give age:, or dob: and the homicide's date)", reader);
  Require(!person.ethnicity.empty(), person.pos, whose + "ethnicity", reader);
}

void CheckDataForm(const Case& c, const CaseSourceMap& where, YamlReader& reader) {
  if (!c.has_data_form) return;
  const SourcePos& form = where.data_form;
  const SourcePos& review = c.review.pos.line > 0 ? c.review.pos : form;
  Require(!c.review.partnership.empty(), review, "review: partnership", reader);
  Require(!c.review.local_reference.empty(), review, "review: local_reference", reader);
  Require(!c.review.police_force.empty(), review, "review: police_force", reader);
  Require(!c.review.chair.name.empty(), review, "review: chair", reader);
  const SourcePos& homicide = where.homicide.line > 0 ? where.homicide : form;
  Require(c.homicide.date.has_value(), homicide, "homicide: date", reader);
  Require(!c.homicide.place.empty(), homicide, "homicide: place", reader);
  Require(!c.homicide.method.empty(), homicide, "homicide: method", reader);
  Require(!c.data_form.victim_relationship.empty(), form,
          "victim_relationship (the victim's relationship to the perpetrator)", reader);
  Require(!c.data_form.perpetrator_relationship.empty(), form,
          "perpetrator_relationship (the perpetrator's relationship to the victim)", reader);
  CheckFormPerson(c, kVictimRole, form, reader);
  CheckFormPerson(c, kPerpetratorRole, form, reader);
}

// The family's choice of pseudonyms should agree with the people's `pseudonym:` entries (a warning:
// the report would say one thing and do another); a descriptor goes with OFFICIAL-SENSITIVE only
// (the Government Security Classifications).
void CheckFamilyAndMarking(const Case& c, YamlReader& reader) {
  const FamilyInvolvement& family = c.review.family;
  bool any_pseudonym = false;
  for (const Person& person : c.people) any_pseudonym = any_pseudonym || !person.pseudonym.empty();
  if (family.pseudonym == "chosen" && !any_pseudonym) {
    reader.Warning(family.pos, "family",
                 "family: pseudonym: chosen, but no person has a pseudonym: write the family's choice "
                 "as pseudonym: under the person in people:");
  }
  if (family.pseudonym == "declined" && any_pseudonym) {
    reader.Warning(family.pos, "family",
                 "family: pseudonym: declined, but a person has a pseudonym: in people:; remove it, or "
                 "write pseudonym: chosen");
  }
  if (!c.review.marking_descriptor.empty() && c.review.marking != "OFFICIAL-SENSITIVE") {
    reader.Error(c.review.pos, "marking",
                 "review: marking_descriptor goes with marking: OFFICIAL-SENSITIVE only");
  }
}

}  // namespace

int AgeOn(const Date& born, const Date& on) {
  int years = on.year - born.year;
  if (std::pair(on.month, on.day) < std::pair(born.month, born.day)) --years;
  return years;
}

Date AddMonths(const Date& date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  Date out{index / 12, index % 12 + 1, date.day};
  out.day = std::min(out.day, DaysInMonth(out.year, out.month));
  return out;
}

void CheckReviewFacts(Case* c, const CaseSourceMap& where, YamlReader& reader) {
  ComputeAges(c, where, reader);
  CheckDateOrder(*c, where, reader);
  WarnOfDelay(*c, where, reader);
  CheckDataForm(*c, where, reader);
  CheckFamilyAndMarking(*c, reader);
}

}  // namespace dhr
