#include "pipeline/scan/json_report.h"

#include <doctest/doctest.h>

#include "pipeline/scan/report_test_support.h"

namespace dhr::scan {
namespace {

TEST_CASE("scan json report: parses, follows the schema, and carries no identifier") {
  const auto scans = testing::LeakyAndCleanScans();
  const std::string text = JsonReport(scans, true).dump(2);
  const auto json = nlohmann::json::parse(text);
  CHECK(json["tool"] == "dhr");
  CHECK(json["report"] == "scan");
  CHECK(json["schema_version"] == 1);
  CHECK(json["publication"] == true);
  CHECK(json["summary"]["files"] == 3);
  CHECK(json["summary"]["files_with_findings"] == 1);
  CHECK(json["summary"]["errors"] == 1);
  CHECK(json["summary"]["findings"] == scans[0].report.findings.size());
  REQUIRE(json["files"].size() == 3);
  CHECK(json["files"][0]["status"] == "findings");
  CHECK(json["files"][1]["status"] == "clean");
  CHECK(json["files"][1]["findings"].empty());
  CHECK(json["files"][2]["status"] == "error");
  CHECK(json["files"][2]["error"]["id"] == "zip.not_zip");
  // A child's gender is a warning: listed apart, and it does not fail the file.
  CHECK(json["summary"]["warnings"] == 1);
  REQUIRE(json["files"][0]["warnings"].size() == 1);
  CHECK(json["files"][0]["warnings"][0]["rule_id"] == "publication.child-gender");
  CHECK_FALSE(json["files"][1].contains("warnings"));

  bool saw_masked_name = false;
  for (const auto& f : json["files"][0]["findings"]) {
    for (const char* key : {"part", "location", "paragraph", "category", "rule", "rule_id", "context"})
      CHECK_MESSAGE(f.contains(key), key);
    CHECK_FALSE(f.contains("matched"));
    saw_masked_name = saw_masked_name || f["context"].get<std::string>().find("[name]") != std::string::npos;
  }
  CHECK(saw_masked_name);
  CHECK(text.find("word/media/[name]_[name].png") != std::string::npos);
  for (const std::string& raw : testing::RawIdentifiers()) CHECK_MESSAGE(text.find(raw) == std::string::npos, raw);
}

}  // namespace
}  // namespace dhr::scan
