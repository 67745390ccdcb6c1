#include "pipeline/case/homicide_yaml.h"

#include <doctest/doctest.h>

#include "pipeline/case/case_loader.h"

namespace dhr {
namespace {

TEST_CASE("homicide yaml: the homicide, the data form and people's form fields read in") {
  Result<Case> c = ParseCase(R"(homicide:
  date: 2023-01-05
  place: 4 Quarry Bank Road
  method: Stabbing
  verdict: Guilty of murder
  sentence: Life imprisonment, minimum term 18 years
  children_in_household: 2
data_form:
  victim_relationship: wife
  perpetrator_relationship: husband
  other_victims: 0
  previous_reviews: None
people:
  - name: V
    role: victim
    age: 34
    gender: Female
    ethnicity: Irish
    nationality: British
    religion: Christian
    sexual_orientation: Heterosexual
    disability: None known
  - name: P
    role: perpetrator
    age: 40
    gender: Male
    ethnicity: Other White
review:
  partnership: P
  local_reference: R
  police_force: F
  chair: {name: C}
)",
                             "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  CHECK(c->homicide.date == Date{2023, 1, 5});
  CHECK(c->homicide.place == "4 Quarry Bank Road");
  CHECK(c->homicide.sentence == "Life imprisonment, minimum term 18 years");
  CHECK(c->homicide.children_in_household == 2);
  CHECK(c->data_form.other_victims == 0);
  CHECK(c->data_form.previous_reviews == "None");
  CHECK(c->people[0].religion == "Christian");
  CHECK(c->people[0].sexual_orientation == "Heterosexual");
  CHECK(c->people[0].disability == "None known");
  CHECK(c->people[0].nationality == "British");
}

TEST_CASE("homicide yaml: wrong types are reported at their place") {
  std::string out;
  for (const Problem& e : CaseErrors("homicide:\n  date: 5 Jan 2023\n  children_in_household: -1\n"
                                    "  weapon: knife\n",
                                    "case.yaml")) {
    out += e.Describe() + "\n";
  }
  CHECK(out ==
        "case.yaml:2:9: date: expected a date written YYYY-MM-DD\n"
        "case.yaml:3:26: children_in_household: expected a whole number (0, 1, 2...)\n"
        "case.yaml:4:3: homicide: unknown key 'weapon'\n");
}

}  // namespace
}  // namespace dhr
