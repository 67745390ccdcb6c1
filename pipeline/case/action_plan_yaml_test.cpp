#include "pipeline/case/action_plan_yaml.h"

#include <doctest/doctest.h>

#include "pipeline/case/case_loader.h"
#include "pipeline/case/case_test_support.h"

namespace dhr {
namespace {

std::string ErrorsOf(std::string_view yaml) { return testing::CaseErrorLines(yaml); }

TEST_CASE("action plan yaml: recommendations and their actions read into the model") {
  Result<Case> c = ParseCase(R"(recommendations:
  - number: 1
    text: Train staff in routine enquiry.
    scope: Local
    agency: Calderdale CCG
    actions:
      - action: Deliver training to all practices.
        lead_agency: Calderdale CCG
        lead_person: Safeguarding Lead
        milestones: Training plan agreed; sessions held.
        target_date: 2024-03-31
        status: complete
        completed: 2024-02-20
        outcome: 92% of staff trained.
  - text: Review the MARAC referral pathway.
    scope: national
    actions:
      - action: Write to the Home Office.
        lead_agency: Safer Calderdale Partnership
        target_date: 2024-06-30
        status: Amber
)",
                             "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  REQUIRE(c->recommendations.size() == 2);
  const Recommendation& first = c->recommendations[0];
  CHECK(first.number == 1);
  CHECK(first.scope == "local");
  REQUIRE(first.actions.size() == 1);
  CHECK(first.actions[0].status == "COMPLETE");
  CHECK(first.actions[0].completed == Date{2024, 2, 20});
  CHECK(first.actions[0].target_date == Date{2024, 3, 31});
  CHECK(first.actions[0].lead_person == "Safeguarding Lead");
  CHECK(c->recommendations[1].number == 2);  // numbered by place when not given
  CHECK(c->recommendations[1].actions[0].status == "AMBER");
}

TEST_CASE("action plan yaml: every recommendation needs an action") {
  CHECK(ErrorsOf("recommendations:\n  - text: a\n  - text: b\n    actions: []\n") ==
        "case.yaml:2:5: recommendation: give at least one action (actions:) for the action plan\n"
        "case.yaml:3:5: recommendation: give at least one action (actions:) for the action plan\n");
}

TEST_CASE("action plan yaml: an action being drafted may lack its lead agency, target date and measure") {
  // dhr check reports them (pipeline/check); a draft of the action plan still builds.
  CHECK(ErrorsOf("recommendations:\n  - text: a\n    actions:\n      - action: b\n") == "");
}

TEST_CASE("action plan yaml: scope and status are fixed vocabularies") {
  CHECK(ErrorsOf("recommendations:\n  - text: a\n    scope: nationwide\n    actions:\n"
                 "      - action: b\n        lead_agency: c\n        target_date: 2024-01-01\n"
                 "        status: ORANGE\n") ==
        "case.yaml:3:12: scope: expected local, regional or national (did you mean "
        "'national'?)\n"
        "case.yaml:8:17: status: expected RED, AMBER, GREEN or COMPLETE\n");
}

TEST_CASE("action plan yaml: a completed action gives its completion date") {
  CHECK(ErrorsOf("recommendations:\n  - text: a\n    actions:\n      - action: b\n"
                 "        lead_agency: c\n        target_date: 2024-01-01\n"
                 "        status: COMPLETE\n") ==
        "case.yaml:4:9: action: status is COMPLETE, so give the date it was completed "
        "(completed:)\n");
}

TEST_CASE("action plan yaml: a number used twice is an error") {
  CHECK(ErrorsOf("recommendations:\n"
                 "  - {number: 1, text: a, actions: [{action: b, lead_agency: c, target_date: "
                 "2024-01-01}]}\n"
                 "  - {number: 1, text: d, actions: [{action: b, lead_agency: c, target_date: "
                 "2024-01-01}]}\n") ==
        "case.yaml:3:5: recommendation: number 1 is also used at line 2\n");
}

}  // namespace
}  // namespace dhr
