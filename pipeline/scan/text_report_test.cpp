#include "pipeline/scan/text_report.h"

#include <doctest/doctest.h>

#include <sstream>

#include "pipeline/scan/report_test_support.h"

namespace dhr::scan {
namespace {

TEST_CASE("scan text report: one line per finding, FILE: PART: where: category: context") {
  Finding f;
  f.file = "review.docx";
  f.part = "word/document.xml";
  f.location = "paragraph 12";
  f.category = Category::kIdentifier;
  f.rule = "person:victim first name";
  f.context = "…she said Sian was…";
  CHECK(TextLine(f) ==
        "review.docx: word/document.xml: paragraph 12: identifier (person:victim first name): \"…she said Sian was…\"");
  f.part.clear();
  f.location = "package";
  CHECK(TextLine(f).rfind("review.docx: (package): package: ", 0) == 0);

  std::ostringstream out;
  const auto scans = testing::LeakyAndCleanScans();
  WriteTextReport(scans, out);
  size_t lines = 0;
  for (char c : out.str()) lines += c == '\n' ? 1 : 0;
  CHECK(lines == scans[0].report.findings.size());
}

}  // namespace
}  // namespace dhr::scan
