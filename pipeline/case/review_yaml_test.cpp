#include "pipeline/case/review_yaml.h"

#include <doctest/doctest.h>

#include "pipeline/case/case_loader.h"
#include "pipeline/case/case_test_support.h"

namespace dhr {
namespace {

constexpr std::string_view kReview = R"(review:
  partnership: Safer Calderdale Partnership
  title: Domestic Abuse Related Death Review
  fictional: true
  dates:
    referral: 2023-01-10
    decision: 2023-02-01
    home_office_notified: 2023-02-08
    started: 2023-03-15
    completed: 2023-07-20
    submitted: 2023-08-30
  chair:
    name: Dr Ruth Adebayo
    independence: No connection with any agency involved.
    background: Former probation officer.
  author:
    name: Dr Ruth Adebayo
  panel:
    - name: Priya Shah
      role: Detective Inspector
      agency: West Yorkshire Police
  panel_meetings: 5
  agencies:
    - name: West Yorkshire Police
      contribution: [IMR, Chronology]
    - name: Calderdale Council
      contribution: information
  terms_of_reference:
    scope_from: 2020-01-01
    scope_to: 2023-01-05
    questions: ['What did agencies know?', 'Was risk assessed?']
  draft: 3
  dissemination: [Home Office, Panel members]
)";

std::string ErrorsOf(std::string_view yaml) { return testing::CaseErrorLines(yaml); }

TEST_CASE("review yaml: every review field reads into the model") {
  Result<Case> c = ParseCase(kReview, "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  const Review& r = c->review;
  CHECK(r.title == "Domestic Abuse Related Death Review");
  CHECK(r.fictional);
  CHECK(r.dates.referral == Date{2023, 1, 10});
  CHECK(r.dates.home_office_notified == Date{2023, 2, 8});
  CHECK(r.dates.submitted == Date{2023, 8, 30});
  CHECK(r.chair.name == "Dr Ruth Adebayo");
  CHECK(r.chair.background == "Former probation officer.");
  CHECK(r.author.name == "Dr Ruth Adebayo");
  REQUIRE(r.panel.size() == 1);
  CHECK(r.panel[0].agency == "West Yorkshire Police");
  CHECK(r.panel[0].pos.line == 19);
  CHECK(r.panel_meetings == 5);
  REQUIRE(r.agencies.size() == 2);
  CHECK(r.agencies[0].contributions == std::vector<std::string>{"IMR", "chronology"});
  CHECK(r.agencies[1].contributions == std::vector<std::string>{"information"});
  CHECK(r.terms_of_reference.scope_to == Date{2023, 1, 5});
  CHECK(r.terms_of_reference.questions.size() == 2);
  CHECK(r.draft == 3);
  CHECK(r.dissemination == std::vector<std::string>{"Home Office", "Panel members"});
  CHECK(c->warnings.empty());
}

TEST_CASE("review yaml: the title defaults to Domestic Homicide Review") {
  Result<Case> c = ParseCase("review:\n  partnership: P\n", "case.yaml");
  REQUIRE(c.ok());
  CHECK(c->review.title == "Domestic Homicide Review");
  CHECK_FALSE(c->review.fictional);
}

TEST_CASE("review yaml: bad values are reported at their place") {
  CHECK(ErrorsOf("review:\n  dates:\n    decided: 2023-01-01\n    started: 2023-02-30\n"
                 "  panel_meetings: many\n  agencies:\n    - name: A\n      contribution: IMRs\n"
                 "  chair:\n    independence: x\n") ==
        "case.yaml:3:5: dates: unknown key 'decided'\n"
        "case.yaml:4:14: started: not a real date: that month has no such day\n"
        "case.yaml:5:19: panel_meetings: expected a whole number (0, 1, 2...)\n"
        "case.yaml:8:21: contribution: expected IMR, chronology, report or information (did you "
        "mean 'IMR'?)\n"
        "case.yaml:10:5: chair: name is missing\n");
}

TEST_CASE("review yaml: the scope of the terms of reference ends after it starts") {
  CHECK(ErrorsOf("review:\n  terms_of_reference:\n    scope_from: 2023-01-01\n"
                 "    scope_to: 2022-01-01\n") ==
        "case.yaml:4:15: scope_to: the period under review ends before it starts\n");
}

TEST_CASE("review yaml: contributions are a fixed vocabulary") {
  CHECK(AgencyContributions().size() == 4);
}

}  // namespace
}  // namespace dhr

namespace dhr {
namespace {

constexpr std::string_view kFamilyAndMarking = R"(review:
  agencies:
    - name: Westshire Police
      contribution: IMR
  agencies_without_contact: [Westshire Fire and Rescue Service, Northbrook Housing]
  family:
    pseudonym: chosen
    participation: The victim's sister met the Chair twice.
    advocate: an advocate from AAFDA
    saw_report: no
  draft_names: Real
  marking: official sensitive
  marking_descriptor: PERSONAL
homicide:
  proceedings_concluded: 2023-07-14
  coroner_conclusion: Unlawful killing
people:
  - name: Ann Example
    role: victim
    pseudonym: Anna
)";

TEST_CASE("review yaml: family involvement, agencies without contact, draft names and the marking") {
  Result<Case> c = ParseCase(kFamilyAndMarking, "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  const Review& r = c->review;
  CHECK(r.agencies_without_contact == std::vector<std::string>{"Westshire Fire and Rescue Service", "Northbrook Housing"});
  CHECK(r.family.pseudonym == "chosen");
  CHECK(r.family.participation == "The victim's sister met the Chair twice.");
  CHECK(r.family.advocate == "an advocate from AAFDA");
  CHECK(r.family.saw_report == false);
  CHECK(r.draft_names == "real");
  CHECK(r.marking == "OFFICIAL-SENSITIVE");
  CHECK(r.marking_descriptor == "PERSONAL");
  CHECK(c->homicide.proceedings_concluded == Date{2023, 7, 14});
  CHECK(c->homicide.coroner_conclusion == "Unlawful killing");
  // Not written: OFFICIAL-SENSITIVE, and the scheme's choice of names.
  Result<Case> plain = ParseCase("review:\n  partnership: P\n", "case.yaml");
  REQUIRE(plain.ok());
  CHECK(plain->review.marking == "OFFICIAL-SENSITIVE");
  CHECK(plain->review.draft_names.empty());
}

TEST_CASE("review yaml: the new keys' mistakes are reported at their place, unknown keys too") {
  CHECK(ErrorsOf("review:\n  draft_names: pseudonyms\n  marking: SECRET\n  family:\n    pseudonym: maybe\n"
                 "    saw_report: perhaps\n    met_panel: yes\n") ==
        "case.yaml:2:16: draft_names: expected codes or real\n"
        "case.yaml:3:12: marking: expected OFFICIAL or OFFICIAL-SENSITIVE (the Government Security Classifications)\n"
        "case.yaml:5:16: pseudonym: expected chosen or declined\n"
        "case.yaml:6:17: saw_report: expected true or false\n"
        "case.yaml:7:5: family: unknown key 'met_panel'\n");
  CHECK(ErrorsOf("homicide:\n  trial_date: 2023-01-01\n") == "case.yaml:2:3: homicide: unknown key 'trial_date'\n");
}

std::string WarningsOf(std::string_view yaml) {
  Result<Case> c = ParseCase(yaml, "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().Describe());
  std::string out;
  for (const Problem& warning : c->warnings) out += warning.Describe() + "\n";
  return out;
}

TEST_CASE("review yaml: the family's choice of pseudonyms agrees with people: (a warning), a descriptor needs OFFICIAL-SENSITIVE") {
  CHECK(WarningsOf("review:\n  family:\n    pseudonym: chosen\npeople:\n  - name: A B\n    role: victim\n")
            .find("case.yaml:3:5: family: pseudonym: chosen, but no person has a pseudonym") != std::string::npos);
  CHECK(WarningsOf("review:\n  family:\n    pseudonym: declined\npeople:\n  - name: A B\n    role: victim\n"
                   "    pseudonym: Anna\n")
            .find("case.yaml:3:5: family: pseudonym: declined, but a person has a pseudonym") != std::string::npos);
  CHECK(WarningsOf("review:\n  family:\n    pseudonym: chosen\npeople:\n  - name: A B\n    role: victim\n"
                   "    pseudonym: Anna\n") == "");
  CHECK(ErrorsOf("review:\n  marking: OFFICIAL\n  marking_descriptor: PERSONAL\n") ==
        "case.yaml:2:3: review: marking_descriptor goes with marking: OFFICIAL-SENSITIVE only\n");
}

}  // namespace
}  // namespace dhr
