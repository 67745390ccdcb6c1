// dhr check on the bundled example and on copies of it: what is printed, the JSON report, the exit
// status; and dhr build --stage submission stopping on the check's errors with nothing written.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs the dhr binary: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

namespace fs = std::filesystem;
using namespace testing;

// A copy of the example under `dir` with `from` replaced by `to` in its case.yaml.
std::string CopyExample(const testing::TempDir& dir, const std::string& from = {}, const std::string& to = {}) {
  const std::string copy = dir.File("case");
  fs::copy(ExampleDir(), copy, fs::copy_options::recursive);
  fs::remove_all(copy + "/out");
  if (!from.empty()) {
    std::string yaml = testing::ReadFile(copy + "/case.yaml");
    const size_t at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
    testing::WriteFile(copy + "/case.yaml", yaml);
  }
  return copy;
}

size_t Lines(const std::string& text, const std::string& start) {
  size_t n = 0;
  for (size_t at = 0; at < text.size();) {
    if (text.compare(at, start.size(), start) == 0) ++n;
    const size_t end = text.find('\n', at);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return n;
}

TEST_CASE("dhr check: the bundled example passes, with the six-month warning") {
  const std::string example = ShellQuote(ExampleDir());
  // As submitted: the six-month warning is the only problem.
  const auto submitted = Dhr("check " + example + " --as-of 2023-11-02");
  CHECK_MESSAGE(submitted.exit_code == 0, submitted.output);
  CHECK(Lines(submitted.output, "warning: ") == 1);
  CHECK(Lines(submitted.output, "error: ") == 0);
  CHECK(submitted.output.find("warning: " + ExampleDir() + "/case.yaml:") != std::string::npos);
  CHECK(submitted.output.find("completed: the report was completed more than six months after the decision to hold "
                              "the review; the Timescales section gives the reason") != std::string::npos);
  CHECK(submitted.output.find("[check.timescale.completed]") != std::string::npos);
  CHECK(submitted.output.find("0 errors, 1 warning") != std::string::npos);

  // Today: still no error (the action plan's late rows are warnings).
  const auto today = Dhr("check " + example);
  CHECK_MESSAGE(today.exit_code == 0, today.output);
  CHECK(today.output.find("[check.timescale.completed]") != std::string::npos);
}

TEST_CASE("dhr check: a publication day on the anniversary is an error, in a JSON report of documented shape") {
  testing::TempDir dir;
  const std::string report = dir.File("report.json");
  const auto run = testing::RunCommand(ShellQuote(testing::DhrBinary()) + " check " + ShellQuote(ExampleDir()) +
                                       " --as-of 2023-11-02 --publication-date 2024-11-19 --format json > " +
                                       ShellQuote(report));
  CHECK(run.exit_code == 1);
  const auto json = nlohmann::json::parse(testing::ReadFile(report));
  CHECK(json["case"] == ExampleDir());
  CHECK(json["errors"] == 1);
  CHECK(json["warnings"] == 1);
  REQUIRE(json["problems"].size() == 2);
  const auto& anniversary = json["problems"][1];
  CHECK(anniversary["severity"] == "error");
  CHECK(anniversary["id"] == "check.publication.anniversary");
  CHECK(anniversary["file"] == ExampleDir() + "/case.yaml");
  CHECK(anniversary["part"] == "");
  CHECK(anniversary["line"].get<int>() > 0);
  CHECK(anniversary["column"].get<int>() > 0);
  CHECK(anniversary["message"].get<std::string>().find("is on the anniversary of the death") != std::string::npos);
}

TEST_CASE("dhr check: bad input is one line and exit status 2") {
  const auto bad_day = Dhr("check " + ShellQuote(ExampleDir()) + " --publication-date 2024-02-30");
  CHECK(bad_day.exit_code == 2);
  CHECK(Lines(bad_day.output, "dhr: error: --publication-date: ") == 1);
  testing::TempDir dir;
  const auto no_case = Dhr("check " + ShellQuote(dir.path()));
  CHECK(no_case.exit_code == 2);
  CHECK(no_case.output.find(dir.path() + "/case.yaml: no case file here") != std::string::npos);
  const auto format = Dhr("check " + ShellQuote(ExampleDir()) + " --format sarif");
  CHECK(format.exit_code == 2);
}

TEST_CASE("dhr build --stage submission stops on the check's errors and writes nothing") {
  testing::TempDir dir;
  const std::string copy = CopyExample(dir, "panel_meetings: 6", "panel_meetings: 2");
  const auto check = Dhr("check " + ShellQuote(copy));
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("error: " + copy + "/case.yaml:") != std::string::npos);
  CHECK(check.output.find("the review panel met 2 times") != std::string::npos);

  const std::string out = dir.File("submission");
  const auto build = Dhr("build " + ShellQuote(copy) + " --stage submission --out " + ShellQuote(out));
  CHECK(build.exit_code == 1);
  CHECK(build.output.find("the review panel met 2 times; it should meet at least three times") != std::string::npos);
  CHECK(build.output.find("[check.panel.meetings]") != std::string::npos);
  CHECK(build.output.find("nothing was written") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  // A draft is not held back by it.
  CHECK(Dhr("build " + ShellQuote(copy) + " --stage draft --out " + ShellQuote(dir.File("draft"))).exit_code == 0);
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
