// The bundled example case (examples/adult-x-review) loads without errors and holds everything the
// worked example promises: a panel of eight, six recommendations each with actions, a chronology
// from at least five agencies, and a non-empty narrative for every section.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "docx/file_io.h"
#include "pipeline/case/case_loader.h"
#include "pipeline/chronology/chronology.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using testing::ExampleDir;

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr std::string_view kOverviewSections[] = {
    "01-introduction",           "02-timescales",           "03-terms-of-reference",
    "04-methodology",            "05-involvement-of-family", "06-contributors",
    "07-the-review-panel",       "08-author",               "09-parallel-reviews",
    "10-equality-and-diversity", "11-dissemination",        "12-background-information",
    "13-chronology",             "14-overview",             "15-analysis",
    "16-conclusions",            "17-lessons-to-be-learned", "18-recommendations"};
constexpr std::string_view kSummarySections[] = {
    "01-the-review-process", "02-contributors",       "03-the-review-panel",
    "04-chair-and-author",   "05-terms-of-reference", "06-summary-chronology",
    "07-key-issues",         "08-conclusions",        "09-lessons-to-be-learned",
    "10-recommendations"};

TEST_CASE("example case: loads without errors and has what the worked example promises") {
  Result<Case> c = LoadCase(Disk(), ExampleDir());
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  CHECK(c->review.fictional);
  CHECK(c->review.panel.size() == 8);
  CHECK(c->review.panel_meetings == 6);
  CHECK(c->review.agencies.size() >= 5);
  CHECK(c->has_data_form);
  CHECK(c->homicide.date.has_value());
  CHECK(c->homicide.children_in_household == 2);
  REQUIRE(c->recommendations.size() == 6);
  for (const Recommendation& r : c->recommendations) {
    CHECK_FALSE(r.actions.empty());
    for (const RecommendationAction& a : r.actions) {
      CHECK_FALSE(a.lead_agency.empty());
      CHECK(a.target_date.has_value());
    }
  }
  CHECK(c->people.size() == 7);
  CHECK(c->professionals.size() == 6);
  CHECK(c->places.size() >= 4);
  for (const Person& p : c->people) {
    if (p.dob) CHECK(p.age.has_value());  // computed from dob and the homicide's date
  }
  // The review ran past six months (paused for the trial): a warning, explained in the report.
  REQUIRE(c->warnings.size() == 1);
  CHECK(c->warnings[0].id == "case.yaml.slow_review");
}

TEST_CASE("example case: chronologies from at least five agencies, twelve entries in all, in all three formats") {
  auto files = ChronologyFolderFiles(Disk(), ExampleDir() + "/chronology");
  REQUIRE(files.ok());
  std::set<std::string> extensions;
  for (const ChronologyFile& f : *files) extensions.insert(std::filesystem::path(f.name).extension().string());
  CHECK(extensions == std::set<std::string>{".csv", ".docx", ".xlsx"});
  auto chronology = BuildChronology(*files, {});
  REQUIRE_MESSAGE(chronology.ok(), chronology.status().message());
  CHECK(chronology->agencies.size() >= 5);
  CHECK(chronology->entries.size() >= 12);
  bool uncertain_date = false;
  for (const ChronologyEntry& e : chronology->entries) uncertain_date |= e.from.approximate;
  CHECK(uncertain_date);
}

TEST_CASE("example case: every section of both documents has its narrative") {
  auto check_all = [](const std::string& folder, std::span<const std::string_view> names) {
    for (std::string_view name : names) {
      std::filesystem::path path =
          ExampleDir() + "/sections/" + folder + "/" + std::string(name) + ".md";
      INFO(path.string());
      CHECK(std::filesystem::exists(path));
      CHECK(ReadText(path).size() > 100);
    }
  };
  check_all("overview", kOverviewSections);
  check_all("executive-summary", kSummarySections);
  std::string first = ReadText(ExampleDir() + "/sections/overview/01-introduction.md");
  CHECK(first.starts_with("This is a fictional case"));
}

}  // namespace
}  // namespace dhr
