// Publication on the Word documents people really have: publish, with a case whose names occur in
// none of them, every document of the shared corpus (tests/corpus/word-docs). Publish must never
// trip over itself: it either writes the public copy, or refuses for what a person must decide,
// here the names a document holds that the case does not declare (the check for undeclared names:
// "Mary Ann Evans" in a document's properties, players in a sports table). Every copy it writes
// opens in LibreOffice and python-docx, and LibreOffice reads the same text as in the original but
// for the precise dates generalised (and where cleaning removed hidden text or tracked changes).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <cstring>
#include <sstream>

#include "pipeline/prepare/prepared_case.h"
#include "docx/file_io.h"
#include "docx/package.h"
#include "pipeline/publish/clean_report.h"
#include "pipeline/publish/publish.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

// The text without digits, month names, "in"/"on" and white space: what is left when a precise
// date ("on 8 June 2022") has been generalised ("in June 2022").
std::string WithoutDates(const std::string& text) {
  static const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"};
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* month : kMonths)
    for (size_t at = lower.find(month); at != std::string::npos; at = lower.find(month)) lower.erase(at, std::strlen(month));
  std::string out;
  std::istringstream words(lower);
  for (std::string w; words >> w;) {
    std::string kept;
    for (char c : w)
      if (!std::isdigit(static_cast<unsigned char>(c)) && !std::ispunct(static_cast<unsigned char>(c))) kept += c;
    if (kept == "in" || kept == "on" || kept.empty()) continue;
    out += kept + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("publish corpus: every shared corpus document is published, or refused only for names the case does "
          "not declare; the copies open in LibreOffice and python-docx with their text") {
  auto prepared = PrepareCase(Disk(), testing::TestCaseFolder());
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  testing::TempDir dir;
  const std::vector<std::string> files = testing::CorpusFiles();
  REQUIRE(files.size() == 85);

  std::vector<std::string> originals, published;
  std::map<std::string, bool> text_may_change;
  std::ostringstream refused;
  for (const std::string& path : files) {
    const std::string name = std::filesystem::path(path).filename().string();
    CAPTURE(name);
    auto package = Package::OpenFile(Disk(), path);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    auto outcome = publish::PublishPackage(*package, *prepared, {});
    REQUIRE_MESSAGE(outcome.ok(), outcome.status().Describe());
    if (!outcome->clean()) {
      for (const scan::Finding& f : outcome->scan.findings)
        CHECK_MESSAGE(f.category == scan::Category::kUndeclared,
                      "publish refused for " << f.rule << " in " << f.part << ": \"" << f.context << "\"");
      refused << "  " << name << ": " << outcome->scan.findings.size() << " undeclared\n";
      continue;
    }
    originals.push_back(dir.File("original-" + name));
    published.push_back(dir.File("public-" + name));
    testing::WriteFile(originals.back(), testing::ReadFile(path));
    testing::WriteFile(published.back(), outcome->bytes);
    // LibreOffice shows deleted and hidden text: where cleaning removed some, the text differs.
    text_may_change[published.back()] = outcome->cleaned.ChangedText();
  }
  MESSAGE(published.size() << " of 85 published; refused, each for names the case does not declare:\n"
                           << refused.str());
  CHECK(published.size() >= 70);

  // LibreOffice reads every public copy, with the original's text but for generalised dates.
  std::vector<std::string> inputs = originals;
  inputs.insert(inputs.end(), published.begin(), published.end());
  const auto texts = testing::LibreOfficeText(inputs);
  for (size_t i = 0; i < published.size(); ++i) {
    CAPTURE(published[i]);
    const auto original = texts.find(originals[i]);
    if (original == texts.end()) continue;  // LibreOffice cannot read the original either
    const auto copy = texts.find(published[i]);
    REQUIRE_MESSAGE(copy != texts.end(), "LibreOffice could not read the public copy");
    if (!text_may_change[published[i]]) CHECK(WithoutDates(copy->second) == WithoutDates(original->second));
  }
  // python-docx opens every public copy whose original it opens.
  if (testing::PythonDocxOpens(originals).empty()) {
    CHECK(testing::PythonDocxOpens(published) == "");
  } else {
    for (size_t i = 0; i < published.size(); ++i) {
      if (!testing::PythonDocxOpens({originals[i]}).empty()) continue;
      CAPTURE(published[i]);
      CHECK(testing::PythonDocxOpens({published[i]}) == "");
    }
  }
}

}  // namespace dhr

TEST_SUITE_END();
