#include "pipeline/case/review_checks.h"

#include <doctest/doctest.h>

#include "pipeline/case/case_loader.h"
#include "pipeline/case/case_test_support.h"

namespace dhr {
namespace {

std::string ErrorsOf(std::string_view yaml) { return testing::CaseErrorLines(yaml); }

// A case with everything the Home Office form asks for.
constexpr std::string_view kFormCase = R"(review:
  partnership: P
  local_reference: DHR 1
  police_force: F
  chair:
    name: C
homicide:
  date: 2023-01-05
  place: the family home
  method: stabbing
people:
  - name: Vee Ictim
    role: victim
    dob: 1988-11-02
    gender: Female
    ethnicity: Irish
  - name: Perry Petrator
    role: perpetrator
    age: 40
    gender: Male
    ethnicity: Other White
data_form:
  victim_relationship: wife
  perpetrator_relationship: husband
)";

TEST_CASE("review checks: AgeOn counts whole years, AddMonths clamps the day") {
  CHECK(AgeOn({1988, 11, 2}, {2023, 1, 5}) == 34);
  CHECK(AgeOn({1988, 1, 5}, {2023, 1, 5}) == 35);
  CHECK(AgeOn({1988, 1, 6}, {2023, 1, 5}) == 34);
  CHECK(AgeOn({2024, 1, 1}, {2023, 1, 5}) < 0);
  CHECK(AddMonths({2023, 8, 31}, 6) == Date{2024, 2, 29});
  CHECK(AddMonths({2023, 12, 1}, 1) == Date{2024, 1, 1});
}

TEST_CASE("review checks: a complete data form loads and ages are computed") {
  Result<Case> c = ParseCase(kFormCase, "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  CHECK(c->has_data_form);
  CHECK(c->people[0].age == 34);  // from dob and the homicide's date
  CHECK(c->people[1].age == 40);  // as written
  CHECK(c->data_form.perpetrator_relationship == "husband");
}

TEST_CASE("review checks: a written age that disagrees with dob is an error at the age") {
  std::string yaml(kFormCase);
  yaml.replace(yaml.find("    dob: 1988-11-02\n"), 20, "    dob: 1988-11-02\n    age: 35\n");
  std::string errors = ErrorsOf(yaml);
  CHECK(errors == "case.yaml:15:10: age: 35 does not match the age at the homicide computed "
                  "from dob: (34)\n");
  CHECK(errors.find("1988") == std::string::npos);
  CHECK(errors.find("Ictim") == std::string::npos);
}

TEST_CASE("review checks: a date of birth after the homicide is an error") {
  std::string yaml(kFormCase);
  yaml.replace(yaml.find("1988-11-02"), 10, "2024-11-02");
  CHECK(ErrorsOf(yaml) ==
        "case.yaml:12:5: dob: the date of birth is after the homicide's date\n"
        "case.yaml:12:5: data_form: the victim's age (give age:, or dob: and the homicide's date) "
        "is missing; the Home Office form asks for it\n");
}

TEST_CASE("review checks: the data form's required fields are all reported at once") {
  std::string errors = ErrorsOf("people:\n  - name: V\n    role: victim\ndata_form:\n");
  constexpr std::string_view kAsks = " is missing; the Home Office form asks for it\n";
  std::string expected;
  for (std::string_view what :
       {"the victim's gender", "the victim's age (give age:, or dob: and the homicide's date)",
        "the victim's ethnicity"}) {
    expected += "case.yaml:2:5: data_form: " + std::string(what) + std::string(kAsks);
  }
  for (std::string_view what :
       {"review: partnership", "review: local_reference", "review: police_force", "review: chair",
        "homicide: date", "homicide: place", "homicide: method",
        "victim_relationship (the victim's relationship to the perpetrator)",
        "perpetrator_relationship (the perpetrator's relationship to the victim)"}) {
    expected += "case.yaml:4:1: data_form: " + std::string(what) + std::string(kAsks);
  }
  expected +=
      "case.yaml:4:1: data_form: the case has no perpetrator in people:; the Home Office form "
      "asks for their details\n";
  CHECK(errors == expected);
}

TEST_CASE("review checks: without data_form: nothing is required") {
  CHECK(ErrorsOf("people:\n  - name: V\n    role: victim\n") == "");
}

TEST_CASE("review checks: the review's dates must be in order") {
  CHECK(ErrorsOf("review:\n  dates:\n    referral: 2023-02-01\n    decision: 2023-01-01\n"
                 "    started: 2023-03-01\n    completed: 2023-02-15\n") ==
        "case.yaml:4:15: decision: earlier than referral (line 3); the review's dates go "
        "referral, decision, home_office_notified, started, completed, submitted\n"
        "case.yaml:6:16: completed: earlier than started (line 5); the review's dates go "
        "referral, decision, home_office_notified, started, completed, submitted\n");
  CHECK(ErrorsOf("review:\n  dates:\n    decision: 2023-01-01\n    completed: 2023-01-01\n") ==
        "");
}

TEST_CASE("review checks: a review longer than six months is a warning, not an error") {
  Result<Case> slow = ParseCase(
      "review:\n  dates:\n    decision: 2023-01-31\n    completed: 2023-08-01\n", "case.yaml");
  REQUIRE(slow.ok());
  REQUIRE(slow->warnings.size() == 1);
  CHECK(slow->warnings[0].id == "case.yaml.slow_review");
  CHECK(slow->warnings[0].severity == Severity::kWarning);
  CHECK(slow->warnings[0].Describe() ==
        "case.yaml:4:16: completed: the review took longer than six months from the "
        "decision to its completion; the report must explain the delay");
  Result<Case> on_time = ParseCase(
      "review:\n  dates:\n    decision: 2023-01-31\n    completed: 2023-07-31\n", "case.yaml");
  REQUIRE(on_time.ok());
  CHECK(on_time->warnings.empty());
}

}  // namespace
}  // namespace dhr
