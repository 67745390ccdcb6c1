#include "pipeline/scan/sarif_report.h"

#include <doctest/doctest.h>

#include <set>

#include "pipeline/scan/report_test_support.h"
#include "pipeline/scan/rule_catalogue.h"

namespace dhr::scan {
namespace {

using Json = nlohmann::json;

// The structure SARIF 2.1.0's schema requires of what the report writes: required properties,
// their types, and the enumerations used (level, logicalLocation kind).
void CheckMessage(const Json& message) {
  REQUIRE(message.is_object());
  CHECK((message.contains("text") && message["text"].is_string()));
}

void CheckArtifactLocation(const Json& location) {
  REQUIRE(location.contains("physicalLocation"));
  const Json& physical = location["physicalLocation"];
  REQUIRE(physical.contains("artifactLocation"));
  CHECK(physical["artifactLocation"]["uri"].is_string());
}

void CheckSarifStructure(const Json& sarif) {
  REQUIRE(sarif.is_object());
  CHECK(sarif["$schema"] == kSarifSchema);
  CHECK(sarif["version"] == "2.1.0");
  REQUIRE(sarif["runs"].is_array());
  REQUIRE(sarif["runs"].size() == 1);
  const Json& run = sarif["runs"][0];
  REQUIRE(run["tool"]["driver"].is_object());
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "dhr");
  REQUIRE(driver["rules"].is_array());
  std::set<std::string> ids;
  for (const Json& rule : driver["rules"]) {
    REQUIRE(rule["id"].is_string());
    CHECK(ids.insert(rule["id"].get<std::string>()).second);  // unique
    CheckMessage(rule["shortDescription"]);
    CheckMessage(rule["fullDescription"]);
    // Advice (a child's gender, accessibility) is a warning; everything else fails the check.
    const std::string id = rule["id"];
    const bool advice = id == "publication.child-gender" || id.starts_with("accessibility.");
    CHECK(rule["defaultConfiguration"]["level"] == (advice ? "warning" : "error"));
  }
  REQUIRE(run["invocations"].is_array());
  for (const Json& invocation : run["invocations"]) {
    CHECK(invocation["executionSuccessful"].is_boolean());
    if (invocation.contains("toolExecutionNotifications")) {
      for (const Json& note : invocation["toolExecutionNotifications"]) {
        CheckMessage(note["message"]);
        CHECK(note["level"] == "error");
        for (const Json& location : note["locations"]) CheckArtifactLocation(location);
      }
    }
  }
  REQUIRE(run["results"].is_array());
  static const std::set<std::string> kKinds = {"function", "member", "module", "namespace", "parameter",
                                               "resource", "returnType", "type", "variable", "object",
                                               "array", "property", "value", "element", "text",
                                               "attribute", "declaration"};
  for (const Json& result : run["results"]) {
    CheckMessage(result["message"]);
    REQUIRE(result["ruleId"].is_string());
    REQUIRE(result["ruleIndex"].is_number_integer());
    const int index = result["ruleIndex"].get<int>();
    REQUIRE(index >= 0);
    REQUIRE(static_cast<size_t>(index) < driver["rules"].size());
    CHECK(driver["rules"][index]["id"] == result["ruleId"]);
    CHECK((result["level"] == "error" || result["level"] == "warning"));
    REQUIRE(result["locations"].is_array());
    REQUIRE(result["locations"].size() == 1);
    const Json& location = result["locations"][0];
    CheckArtifactLocation(location);
    REQUIRE(location["logicalLocations"].is_array());
    for (const Json& logical : location["logicalLocations"]) {
      CHECK(logical["name"].is_string());
      CHECK(logical["fullyQualifiedName"].is_string());
      CHECK(kKinds.count(logical["kind"].get<std::string>()) == 1);
    }
  }
}

TEST_CASE("scan sarif report: SARIF 2.1.0 structure, masked messages, errors as notifications") {
  const auto scans = testing::LeakyAndCleanScans();
  const std::string text = SarifReport(scans).dump(2);
  const Json sarif = Json::parse(text);
  CheckSarifStructure(sarif);
  const Json& run = sarif["runs"][0];
  // Findings are errors; a child's gender beside a child's code is a warning.
  CHECK(run["results"].size() == scans[0].report.findings.size() + scans[0].report.warnings.size());
  size_t warnings = 0;
  for (const Json& result : run["results"]) warnings += result["level"] == "warning";
  CHECK(warnings == 1);
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"].size() == 1);
  const Json& first = run["results"][0];
  CHECK(first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "review%20one.docx");
  bool saw_paragraph = false;
  for (const Json& result : run["results"]) {
    const Json& logical = result["locations"][0]["logicalLocations"][0];
    if (logical["fullyQualifiedName"] == "word/document.xml: paragraph 1") saw_paragraph = true;
  }
  CHECK(saw_paragraph);
  for (const std::string& raw : testing::RawIdentifiers()) CHECK_MESSAGE(text.find(raw) == std::string::npos, raw);
}

TEST_CASE("scan sarif report: a clean run is successful and has no results") {
  std::vector<FileScan> scans(1);
  scans[0].file = "clean.docx";
  const Json sarif = SarifReport(scans);
  CheckSarifStructure(sarif);
  CHECK(sarif["runs"][0]["results"].empty());
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("scan sarif report: every rule the scan reports is in the catalogue") {
  for (const TextRuleSpec& spec : TextRuleSpecs()) CHECK_MESSAGE(RuleIndex(spec.rule_id) >= 0, spec.rule_id);
  for (const char* id : {"identifier.person", "identifier.professional", "identifier.place"})
    CHECK(RuleIndex(id) >= 0);
  CHECK(RuleIndex("no.such.rule") == -1);
  CHECK(FileUri("dir/my review#2.docx") == "dir/my%20review%232.docx");
  CHECK(FileUri("/srv/reviews/a b.docx") == "file:///srv/reviews/a%20b.docx");
}

}  // namespace
}  // namespace dhr::scan
