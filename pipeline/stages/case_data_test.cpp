// CaseData on the bundled example case (examples/adult-x-review): the keys docs/data.md promises,
// with the example's values, and the codes the anonymiser gives.
#include "pipeline/stages/case_data.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "anonymiser/scheme.h"
#include "pipeline/prepare/prepared_case.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using json = nlohmann::json;

using testing::ExampleDir;

json ExampleData() {
  auto prepared = PrepareCase(Disk(), ExampleDir());
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  auto sections = ReadSections(Disk(), ExampleDir());
  REQUIRE_MESSAGE(sections.ok(), sections.status().Describe());
  return CaseData(prepared->the_case, prepared->identities, *sections);
}

const json& PersonNamed(const json& data, const std::string& name) {
  for (const json& person : data["people"])
    if (person["name"] == name) return person;
  FAIL("no person " << name);
  static json none;
  return none;
}

TEST_CASE("CaseData: title, its abbreviation and the victim's title-page values") {
  json data = ExampleData();
  CHECK(data["title"] == "Domestic Homicide Review");
  CHECK(data["title_abbreviation"] == "DHR");
  CHECK(data["review"]["abbreviation"] == "DHR");
  CHECK(data["partnership"] == "Safer Northbrook Partnership");
  CHECK(data["fictional"] == true);
  CHECK(data["victim"]["name"] == "Joanne Hartley");
  CHECK(data["victim"]["code"] == "Adult X");
  CHECK(data["victim"]["pseudonym"] == "Adult X");
  CHECK(data["victim"]["death_month_year"] == "November 2022");
  CHECK(data["victim"]["death_date"] == "2022-11-19");
  CHECK(data["perpetrator"]["code"] == "Adult XAP");
  CHECK(data["homicide"]["month_year"] == "November 2022");
  CHECK(data["review"]["dates"]["completed"] == "2023-09-28");
  CHECK(data["review"]["draft"] == 4);
}

TEST_CASE("CaseData: the 2024 Act's wording comes from review.title") {
  auto prepared = PrepareCase(Disk(), ExampleDir());
  REQUIRE(prepared.ok());
  Case c = prepared->the_case;
  c.review.title = "Domestic Abuse Related Death Review";
  json data = CaseData(c, prepared->identities, {});
  CHECK(data["title"] == "Domestic Abuse Related Death Review");
  CHECK(data["title_abbreviation"] == "DARDR");
}

TEST_CASE("CaseData: the pseudonyms table has the anonymiser's codes, ages, ethnicity and relationship") {
  auto prepared = PrepareCase(Disk(), ExampleDir());
  REQUIRE(prepared.ok());
  json data = CaseData(prepared->the_case, prepared->identities, {});
  REQUIRE(data["people"].size() == prepared->the_case.people.size());
  // Every code is the one the anonymiser writes for that person.
  for (size_t i = 0; i < prepared->the_case.people.size(); ++i)
    CHECK(data["people"][i]["code"] == prepared->identities[i].code);
  const json& victim = PersonNamed(data, "Joanne Hartley");
  CHECK(victim["age"] == 37);
  CHECK(victim["ethnicity"] == "English, Welsh, Scottish, Northern Irish or British");
  CHECK(victim["relationship_text"] == "Victim");
  const json& mother = PersonNamed(data, "Margaret Hartley");
  CHECK(mother["code"] == "Adult XM");
  CHECK(mother["relationship_text"] == "Mother of Adult X");
  CHECK(mother["age"].is_null());  // not given: null, shown empty without a warning
  const json& uncle = PersonNamed(data, "Gary Whitlock");
  CHECK(uncle["relationship_text"] == "Brother of Adult XAP");
  const json& lily = PersonNamed(data, "Lily Whitlock");
  CHECK(lily["child"] == true);
  CHECK(lily["age"] == 10);
  CHECK(lily["code"] == "Child X1");
  CHECK(data["professionals"][0]["code"] == "GP1");
  CHECK(data["places"][0]["replacement"] == "the family home");
}

TEST_CASE("CaseData: panel, contributors, dissemination and terms of reference") {
  json data = ExampleData();
  const json& review = data["review"];
  REQUIRE(review["panel"].size() == 8);
  CHECK(review["panel"][1]["name"] == "Mark Pemberton");
  CHECK(review["panel"][1]["agency"] == "Northbrook Borough Council");
  CHECK(review["panel_meetings"] == 6);
  REQUIRE(review["agencies"].size() == 7);
  CHECK(review["agencies"][0]["contribution"] == "IMR, chronology");
  CHECK(review["agencies"][0]["imr"] == true);
  CHECK(review["agencies"][5]["contribution"] == "information");
  CHECK(review["agencies"][5]["imr"] == false);
  CHECK(review["dissemination"].size() == 8);
  CHECK(review["terms_of_reference"]["scope_from"] == "2019-01-01");
  CHECK(review["terms_of_reference"]["questions"].size() == 6);
  CHECK(review["chair"]["name"] == "Helen Ashworth");
  CHECK(review["author"]["is_chair"] == true);
}

TEST_CASE("CaseData: recommendations and action plan rows carry their RAG status") {
  json data = ExampleData();
  REQUIRE(data["recommendations"].size() == 6);
  CHECK(data["recommendations"][0]["actions"].size() == 2);
  CHECK(data["recommendations"][4]["scope_text"] == "Regional");
  const json& plan = data["action_plan"];
  REQUIRE(plan.size() == 7);
  CHECK(plan[0]["number"] == "1.1");
  CHECK(plan[0]["first"] == true);
  CHECK(plan[1]["number"] == "1.2");
  CHECK(plan[1]["first"] == false);
  CHECK(plan[1]["recommendation"] == 1);
  CHECK(plan[1]["status"] == "AMBER");
  CHECK(plan[1]["amber"] == true);
  CHECK(plan[1]["status_colour"] == "FFC000");
  CHECK(plan[2]["status"] == "COMPLETE");
  CHECK(plan[2]["complete"] == true);
  CHECK(plan[2]["completed"] == "2024-01-15");
  CHECK(plan[2]["target_date"] == "2024-01-31");
  CHECK(plan[5]["red"] == true);
  CHECK(plan[5]["status_colour"] == "FF0000");
}

TEST_CASE("CaseData: data form fields and homicide facts") {
  json data = ExampleData();
  CHECK(data["data_form"]["present"] == true);
  CHECK(data["data_form"]["victim_relationship"] == "Partner (cohabiting)");
  CHECK(data["data_form"]["other_victims"] == 0);
  CHECK(data["homicide"]["children_in_household"] == 2);
  CHECK(data["homicide"]["method"] == "Stabbing");
}

TEST_CASE("CaseData: sections by key, Markdown as written") {
  json data = ExampleData();
  const json& overview = data["sections"]["overview"];
  CHECK(overview.size() == 18);  // every file of the example, every section of the guidance
  CHECK(overview.contains("timescales"));
  REQUIRE(overview.contains("lessons_to_be_learned"));
  REQUIRE(overview.contains("involvement_of_family"));
  CHECK(overview["introduction"].get<std::string>().find("This is a fictional case") == 0);
  const json& summary = data["sections"]["executive_summary"];
  CHECK(summary.size() == 10);
  CHECK(summary.contains("chair_and_author"));
  CHECK(data["chronology"].is_array());
}

TEST_CASE("CaseData: a child's relationship is told without a gender unless the scheme gives genders") {
  auto prepared = PrepareCase(Disk(), ExampleDir());
  REQUIRE(prepared.ok());
  REQUIRE(prepared->the_case.people[4].relationship == "daughter");  // the example declares Lily so
  json data = CaseData(prepared->the_case, prepared->identities, {});
  CHECK(PersonNamed(data, "Lily Whitlock")["relationship_text"] == "Child of Adult X");
  CHECK(PersonNamed(data, "Lily Whitlock")["relationship"] == "child");
  CHECK(PersonNamed(data, "Mason Whitlock")["relationship_text"] == "Child of Adult X");
  CHECK(PersonNamed(data, "Margaret Hartley")["relationship_text"] == "Mother of Adult X");  // adults keep theirs

  testing::TempDir dir;
  std::filesystem::copy(ExampleDir() + "/case.yaml", dir.File("case.yaml"));
  std::string scheme(DefaultSchemeText());
  const std::string neutral = "gender_neutral_children: true";
  scheme.replace(scheme.find(neutral), neutral.size(), "gender_neutral_children: false");
  testing::WriteFile(dir.File("gendered.yaml"), scheme);
  std::string yaml = testing::ReadFile(dir.File("case.yaml"));
  yaml.replace(yaml.find("review:\n"), 8, "review:\n  scheme: gendered.yaml\n");
  testing::WriteFile(dir.File("case.yaml"), yaml);
  auto gendered = PrepareCase(Disk(), dir.path());
  REQUIRE_MESSAGE(gendered.ok(), gendered.status().Describe());
  json told = CaseData(gendered->the_case, gendered->identities, {});
  CHECK(PersonNamed(told, "Lily Whitlock")["relationship_text"] == "Daughter of Adult X");
  CHECK(PersonNamed(told, "Mason Whitlock")["relationship_text"] == "Son of Adult X");
}

TEST_CASE("CaseData: family involvement, agencies contacted, the review's marking and the proceedings") {
  json data = ExampleData();
  const json& review = data["review"];
  CHECK(review["agencies_with_contact"] == 7);
  CHECK(review["agencies_contacted"] == 9);
  CHECK(review["agencies_without_contact"].size() == 2);
  CHECK(review["panel_meetings_text"] == "six times");
  CHECK(review["agencies_with_contact_text"] == "seven");
  CHECK(review["agencies_contacted_text"] == "nine");
  CHECK(review["family"]["pseudonym_declined"] == true);
  CHECK(review["family"]["pseudonym_chosen"] == false);
  CHECK(review["family"]["advocate"] == "an advocate from Advocacy After Fatal Domestic Abuse (AAFDA)");
  CHECK(review["family"]["saw_report"] == true);
  CHECK(review["family"]["did_not_see_report"] == false);
  CHECK(review["draft_names"] == "codes");
  CHECK(review["marking"] == "OFFICIAL-SENSITIVE");
  CHECK(review["marking_descriptor"] == "PERSONAL");
  CHECK(data["homicide"]["proceedings_concluded"] == "2023-07-14");
  CHECK(data["homicide"]["coroner_conclusion"].is_null());
  CHECK(data["action_plan"][0]["scope_text"] == "Local");
}

TEST_CASE("CaseData: every section of the guidance is present, written or null, with a draft's placeholder beside it") {
  CaseSections sections;
  sections.overview["timescales"] = "Written.";
  sections.overview["analysis"] = " \n";
  sections.overview["own_extra"] = "Kept.";
  auto prepared = PrepareCase(Disk(), ExampleDir());
  REQUIRE(prepared.ok());
  json data = CaseData(prepared->the_case, prepared->identities, sections);
  const json& overview = data["sections"]["overview"];
  CHECK(overview["timescales"] == "Written.");
  CHECK(overview["own_extra"] == "Kept.");
  CHECK(overview["analysis"].is_null());
  CHECK(overview["introduction"].is_null());
  CHECK(data["sections"]["executive_summary"]["key_issues"].is_null());
  const std::string placeholder = data["placeholder"]["overview"]["analysis"];
  CHECK(placeholder.find("**To be written** in sections/overview/15-analysis.md") == 0);
  CHECK(placeholder.find("key lines of enquiry") != std::string::npos);
}

TEST_CASE("SectionKey: NN-<slug>.md only") {
  CHECK(SectionKey("07-lessons-to-be-learned.md") == "lessons_to_be_learned");
  CHECK(SectionKey("1-introduction.md") == "introduction");
  CHECK(SectionKey("introduction.md") == "");
  CHECK(SectionKey("07-.md") == "");
  CHECK(SectionKey("07-notes.txt") == "");
  CHECK(SectionKey("07-who's who.md") == "");
}

}  // namespace
}  // namespace dhr
