// The scan's machine-readable reports are checked by readers other than ours: the JSON report
// against its published schema (docs/scan-report.schema.json) with python3-jsonschema, and the
// SARIF log against the SARIF 2.1.0 JSON schema (the copy shipped in Microsoft's SARIF Multitool)
// with python3-jsonschema, then with the Multitool's `validate` (the spec's rules). The Multitool is
// fetched by .ci/fetch-test-tools, which `make test` runs. Each validator is also
// shown a broken report, so a validator that accepts anything cannot pass these tests.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/docx_fixture.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

using testing::RunCommand;
using testing::ShellQuote;

std::string SarifMultitool() {
  return (std::filesystem::path(testing::DhrBinary()).parent_path() / "tools" / "sarif-multitool" / "Sarif.Multitool")
      .string();
}

std::string SarifSchema() {
  return (std::filesystem::path(SarifMultitool()).parent_path() / "sarif-2.1.0.json").string();
}

// Validates `json_file` against the JSON schema `schema_file` (its own $schema picks the draft);
// "" when valid, else the validator's words.
std::string JsonSchemaErrors(const std::string& json_file, const std::string& schema_file) {
  const std::string script =
      "import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "cls = jsonschema.validators.validator_for(schema)\n"
      "cls.check_schema(schema)\n"
      "errors = list(cls(schema).iter_errors(json.load(open(sys.argv[2]))))\n"
      "for e in errors[:20]: print('/'.join(map(str, e.absolute_path)) + ': ' + e.message[:200])\n"
      "sys.exit(1 if errors else 0)\n";
  auto result = RunCommand("/usr/bin/python3 -c " + ShellQuote(script) + " " + ShellQuote(schema_file) + " " +
                           ShellQuote(json_file));
  return result.exit_code == 0 ? "" : result.output.empty() ? "validator failed" : result.output;
}

std::string ScanReportSchema() { return testing::SourceDir() + "/docs/scan-report.schema.json"; }

struct SarifVerdict {
  bool ran = false;
  // The SARIF 2.1.0 JSON schema's violations (python3-jsonschema), then the Multitool's error-level
  // results (its own schema check JSON1001 and the spec's rules, e.g. SARIF1004 for URIs).
  std::vector<std::string> errors;
};

SarifVerdict ValidateSarif(const std::string& sarif_file, const std::string& work_dir) {
  SarifVerdict verdict;
  if (std::string schema = JsonSchemaErrors(sarif_file, SarifSchema()); !schema.empty())
    verdict.errors.push_back("schema: " + schema);
  const std::string log = work_dir + "/validation.sarif";
  std::filesystem::remove(log);
  auto run = RunCommand(ShellQuote(SarifMultitool()) + " validate " + ShellQuote(sarif_file) + " -o " +
                        ShellQuote(log) + " 2>&1");
  if (!std::filesystem::exists(log)) return verdict;
  verdict.ran = true;
  const auto validation = nlohmann::json::parse(testing::ReadFile(log));
  for (const auto& r : validation["runs"][0].value("results", nlohmann::json::array())) {
    if (r.value("level", "warning") != "error") continue;
    verdict.errors.push_back(r.value("ruleId", "?") + ": " + r["message"].value("text", r["message"].dump()));
  }
  return verdict;
}

TEST_CASE("scan reports: json validates against its schema, sarif against SARIF 2.1.0 (Multitool)") {
  REQUIRE_MESSAGE(std::filesystem::exists(SarifMultitool()),
                  "the SARIF validator is missing: run `make test`, or .ci/fetch-test-tools with the build directory");
  testing::TempDir dir;
  // Every planted fixture (one per place Word keeps text) and one file that is not a .docx, so the
  // reports carry findings of every kind and an unreadable file.
  std::vector<std::string> files;
  for (const auto& fixture : testing::PlantedFixtures()) {
    std::string name = fixture.name;
    for (char& c : name)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
    files.push_back(dir.path() + "/" + name + ".docx");
    testing::WriteFile(files.back(), fixture.bytes);
  }
  // A warning too: a child's gender beside a child's code.
  files.push_back(dir.path() + "/child-gender.docx");
  testing::WriteFile(files.back(),
                     testing::DocxFixture().Body("<w:p><w:r><w:t>Child X1 said that she was frightened.</w:t></w:r></w:p>")
                         .Bytes());
  files.push_back(dir.path() + "/not-a-docx.docx");
  testing::WriteFile(files.back(), "this is not a zip file");
  std::string arguments;
  for (const auto& f : files) {
    arguments += ' ';
    arguments += ShellQuote(f);
  }
  const std::string scan = ShellQuote(testing::DhrBinary()) + " scan" + arguments + " --case " +
                           ShellQuote(testing::TestCaseFolder()) + " --publication";

  const std::string json_file = dir.path() + "/report.json";
  auto json_run = RunCommand("{ " + scan + " --format json > " + ShellQuote(json_file) + " 2>/dev/null; }");
  CHECK(json_run.exit_code == 2);  // an unreadable file outranks findings
  const auto report = nlohmann::json::parse(testing::ReadFile(json_file));
  REQUIRE(report["files"].size() == files.size());
  size_t findings = 0, warnings = 0, child_gender = 0;
  for (const auto& f : report["files"]) {
    CAPTURE(f["file"]);
    if (f["file"].get<std::string>().ends_with("not-a-docx.docx")) {
      CHECK(f["status"] == "error");
    } else {
      CHECK(f["status"] == "findings");
      findings += f["findings"].size();
      for (const auto& w : f.value("warnings", nlohmann::json::array())) {
        ++warnings;
        const std::string rule = w["rule_id"];
        // The other warnings of a publication scan are the corpus documents' accessibility problems.
        CHECK_MESSAGE((rule == "publication.child-gender" || rule.starts_with("accessibility.")), rule);
        child_gender += rule == "publication.child-gender";
      }
    }
  }
  CHECK(child_gender == 1);
  CHECK(findings > files.size());
  const std::string json_errors = JsonSchemaErrors(json_file, ScanReportSchema());
  CHECK_MESSAGE(json_errors.empty(), json_errors);

  const std::string sarif_file = dir.path() + "/report.sarif";
  RunCommand("{ " + scan + " --format sarif > " + ShellQuote(sarif_file) + " 2>/dev/null; }");
  const auto sarif = nlohmann::json::parse(testing::ReadFile(sarif_file));
  CHECK(sarif["runs"][0]["results"].size() == findings + warnings);
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == false);
  SarifVerdict verdict = ValidateSarif(sarif_file, dir.path());
  REQUIRE_MESSAGE(verdict.ran, "the SARIF Multitool did not run");
  std::string joined;
  for (const auto& e : verdict.errors) joined += e + "\n";
  CHECK_MESSAGE(verdict.errors.empty(), joined);

  // Neither report carries a matched identifier: the contexts are masked.
  for (const char* name : {"Delacroix", "Kieran", "Okafor"}) {
    CHECK(testing::ReadFile(json_file).find(name) == std::string::npos);
    CHECK(testing::ReadFile(sarif_file).find(name) == std::string::npos);
  }

  SUBCASE("the validators reject broken reports") {
    auto broken_json = report;
    broken_json["summary"].erase("findings");
    broken_json["files"][0]["status"] = "maybe";
    testing::WriteFile(json_file, broken_json.dump());
    CHECK_FALSE(JsonSchemaErrors(json_file, ScanReportSchema()).empty());

    auto broken_sarif = sarif;
    broken_sarif["runs"][0]["tool"]["driver"]["name"] = 5;
    broken_sarif["runs"][0]["results"][0]["level"] = "fatal";
    testing::WriteFile(sarif_file, broken_sarif.dump());
    SarifVerdict rejected = ValidateSarif(sarif_file, dir.path());
    REQUIRE(rejected.ran);
    CHECK_FALSE(rejected.errors.empty());
  }
}

TEST_CASE("scan reports: a clean Word document's reports validate too (no findings, empty results)") {
  REQUIRE(std::filesystem::exists(SarifMultitool()));
  testing::TempDir dir;
  const std::string clean = dir.path() + "/clean.docx";
  std::filesystem::copy_file(testing::CorpusDir() + "/block_quotes.docx", clean);
  for (const char* format : {"json", "sarif"}) {
    CAPTURE(format);
    const std::string out = dir.path() + "/clean." + format;
    auto run = RunCommand("{ " + ShellQuote(testing::DhrBinary()) + " scan " + ShellQuote(clean) + " --case " +
                          ShellQuote(testing::TestCaseFolder()) + " --format " + format + " > " + ShellQuote(out) +
                          " 2>/dev/null; }");
    REQUIRE(run.exit_code == 0);
    if (std::string(format) == "json") {
      const std::string errors = JsonSchemaErrors(out, ScanReportSchema());
      CHECK_MESSAGE(errors.empty(), errors);
    } else {
      SarifVerdict verdict = ValidateSarif(out, dir.path());
      REQUIRE(verdict.ran);
      CHECK(verdict.errors.empty());
    }
  }
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
