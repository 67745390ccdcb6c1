#include "pipeline/scan/run_scan.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "pipeline/scan/scan_fixtures_test_support.h"

namespace dhr::scan {
namespace {

using namespace testing;

struct Run {
  int status = 0;
  std::string out;
  std::string err;
};

Run RunOn(MemoryFileSystem& fs, const std::vector<std::string>& files, ScanFormat format, bool publication = false,
          const Case& case_model = TrapCase()) {
  RunScanOptions options;
  options.format = format;
  options.publication = publication;
  std::ostringstream out, err;
  Run run;
  run.status = RunScan(fs, files, case_model, options, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

MemoryFileSystem Files() {
  MemoryFileSystem fs;
  fs.files["clean.docx"] = WithTitleAndLanguage(WithCleanSettings(DocxFixture().Body(Paragraph("Adult X")))).Bytes();
  fs.files["leaky.docx"] = DocxFixture().Body(Paragraph("Sian") + Paragraph("Connor D'Arcy")).Bytes();
  fs.files["corrupt.docx"] = "PK\x03\x04 this is not really a zip";
  return fs;
}

TEST_CASE("scan run: exit 0 when clean, 1 with findings, 2 for a corrupt file") {
  MemoryFileSystem fs = Files();
  const Run clean = RunOn(fs, {"clean.docx"}, ScanFormat::kText, true);
  CHECK(clean.status == 0);
  CHECK(clean.out.empty());
  CHECK(clean.err.empty());

  const Run leaky = RunOn(fs, {"leaky.docx"}, ScanFormat::kText);
  CHECK(leaky.status == 1);
  CHECK(leaky.out ==
        "leaky.docx: word/document.xml: paragraph 1: identifier (person:victim first name): \"Sian\"\n"
        "leaky.docx: word/document.xml: paragraph 2: identifier (person:perpetrator full name): \"Connor D'Arcy\"\n");

  const Run corrupt = RunOn(fs, {"clean.docx", "corrupt.docx", "leaky.docx"}, ScanFormat::kText);
  CHECK(corrupt.status == 2);
  CHECK(corrupt.err.rfind("dhr: error: corrupt.docx: ", 0) == 0);
  CHECK(std::count(corrupt.err.begin(), corrupt.err.end(), '\n') == 1);
  CHECK(corrupt.out == leaky.out);  // the other files are still reported

  const Run missing = RunOn(fs, {"nowhere.docx"}, ScanFormat::kText);
  CHECK(missing.status == 2);
  CHECK(missing.err.rfind("dhr: error: nowhere.docx", 0) == 0);
}

TEST_CASE("scan run: many files on two threads, reported in the order given") {
  MemoryFileSystem fs = Files();
  std::vector<std::string> files;
  for (int i = 0; i < 12; ++i) {
    const std::string name = "file" + std::to_string(i) + ".docx";
    fs.files[name] = i % 3 == 0 ? fs.files["leaky.docx"] : fs.files["clean.docx"];
    files.push_back(name);
  }
  const Run run = RunOn(fs, files, ScanFormat::kJson);
  CHECK(run.status == 1);
  const auto json = nlohmann::json::parse(run.out);
  REQUIRE(json["files"].size() == 12);
  for (int i = 0; i < 12; ++i) {
    CHECK(json["files"][i]["file"] == files[i]);
    CHECK(json["files"][i]["status"] == (i % 3 == 0 ? "findings" : "clean"));
  }
}

TEST_CASE("scan run: SARIF and JSON outputs parse, and formats are named") {
  MemoryFileSystem fs = Files();
  const Run sarif = RunOn(fs, {"leaky.docx", "corrupt.docx"}, ScanFormat::kSarif);
  CHECK(sarif.status == 2);
  const auto json = nlohmann::json::parse(sarif.out);
  CHECK(json["version"] == "2.1.0");
  CHECK(json["runs"][0]["results"].size() == 2);
  CHECK(sarif.out.find("Connor") == std::string::npos);
  CHECK(ParseScanFormat("sarif").ok());
  CHECK(*ParseScanFormat("json") == ScanFormat::kJson);
  CHECK_FALSE(ParseScanFormat("xml").ok());
}

}  // namespace
}  // namespace dhr::scan
