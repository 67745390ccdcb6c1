// The publication lead's copies through the command line: the panel's pseudonym key (dhr key,
// refused by dhr publish), accessible public copies (every publication copy of the bundled example
// passes the accessibility checks), the scan's accessibility rules on a real-world picture without
// alt text, and tagged PDF copies (dhr build --pdf).
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "docx/package.h"
#include "pipeline/scan/accessibility.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

namespace fs = std::filesystem;
using namespace testing;

std::string Example() { return ShellQuote(testing::SourceDir() + "/examples/adult-x-review"); }

unsigned Mode(const std::string& path) {
  struct stat st {};
  REQUIRE(stat(path.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

std::vector<std::string> FilesIn(const std::string& dir, const std::string& extension) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == extension) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("key: dhr key writes the panel's key owner-only and marked, and dhr publish refuses it") {
  testing::TempDir dir;
  const std::string key = dir.File("key.docx"), public_copy = dir.File("key.public.docx");
  const auto made = Dhr("key " + Example() + " -o " + ShellQuote(key));
  REQUIRE_MESSAGE(made.exit_code == 0, made.output);
  CHECK(Mode(key) == 0600);
  const auto text = Dhr("text " + ShellQuote(key));
  CHECK(text.output.find("Joanne Hartley") != std::string::npos);
  CHECK(text.output.find("Adult X") != std::string::npos);
  CHECK(text.output.find("Westshire Police") != std::string::npos);
  CHECK(text.output.find("OFFICIAL-SENSITIVE") != std::string::npos);

  const auto refused = Dhr("publish " + ShellQuote(key) + " --case " + Example() + " -o " + ShellQuote(public_copy));
  CHECK_MESSAGE(refused.exit_code == 2, refused.output);
  CHECK_MESSAGE(refused.output.find("pseudonym key") != std::string::npos, refused.output);
  CHECK_FALSE(fs::exists(public_copy));
  // LibreOffice opens it.
  CHECK(testing::LibreOfficeText({key}).size() == 1);
}

TEST_CASE("accessibility: every publication copy of the example passes the accessibility checks") {
  testing::TempDir dir;
  const auto built = Dhr("build " + Example() + " --stage publication --out " + ShellQuote(dir.path()));
  REQUIRE_MESSAGE(built.exit_code == 0, built.output);
  CHECK_MESSAGE(built.output.find("accessibility") == std::string::npos, built.output);
  const std::vector<std::string> copies = FilesIn(dir.path(), ".docx");
  REQUIRE(copies.size() == 3);
  for (const std::string& copy : copies) {
    CAPTURE(copy);
    auto package = Package::OpenFile(Disk(), copy);
    REQUIRE(package.ok());
    std::string problems;
    for (const scan::Finding& f : scan::AccessibilityFindings(*package))
      problems += f.part + ", " + f.location + ": " + f.context + "\n";
    CHECK_MESSAGE(problems.empty(), problems);
  }
  std::string files;
  for (const std::string& copy : copies) {
    files += ' ';
    files += ShellQuote(copy);
  }
  const auto scanned = Dhr("scan" + files + " --case " + Example() + " --publication --accessibility");
  CHECK_MESSAGE(scanned.exit_code == 0, scanned.output);
}

TEST_CASE("accessibility: the scan reports a real-world picture without alt text, as a warning or a failure") {
  const std::string corpus_file = testing::CorpusDir() + "/image_with_textbox_caption.docx";
  REQUIRE_MESSAGE(fs::exists(corpus_file), "the real-world corpus is missing (" << corpus_file
                                                                               << "): tests/corpus/README.md says "
                                                                                  "where it comes from");
  testing::TempDir dir;
  // A copy with a plain name: the scan also reads the file's name.
  const std::string copy = dir.File("report.docx");
  fs::copy_file(corpus_file, copy);
  const std::string base = "scan " + ShellQuote(copy) + " --case " + Example();

  const auto warned = Dhr(base + " --publication");
  CHECK_MESSAGE(warned.output.find("dhr: warning: " + copy +
                                   ": word/document.xml: picture wp:docPr id 1: accessibility (accessibility:picture "
                                   "without alt text)") != std::string::npos,
                warned.output);

  const auto json_run = DhrStdout(base + " --publication --accessibility --format json");
  CHECK(json_run.exit_code == 1);
  const auto report = nlohmann::json::parse(json_run.output, nullptr, false);
  REQUIRE_MESSAGE(!report.is_discarded(), json_run.output);
  int alt_text = 0;
  for (const auto& finding : report["files"][0]["findings"])
    if (finding["rule_id"] == "accessibility.alt-text") {
      ++alt_text;
      CHECK(finding["category"] == "accessibility");
      CHECK(finding["paragraph"] == 1);
    }
  CHECK(alt_text == 1);

  const auto sarif_run = DhrStdout(base + " --publication --format sarif");
  const auto sarif = nlohmann::json::parse(sarif_run.output, nullptr, false);
  REQUIRE_MESSAGE(!sarif.is_discarded(), sarif_run.output);
  int warnings = 0;
  for (const auto& result : sarif["runs"][0]["results"])
    if (result["ruleId"] == "accessibility.alt-text") warnings += result["level"] == "warning" ? 1 : 0;
  CHECK(warnings == 1);
}

TEST_CASE("build --pdf: tagged PDF copies beside the documents, owner-only for a draft; a warning without soffice") {
  if (!testing::HaveLibreOffice()) FAIL("LibreOffice (soffice) is not installed: run `make test`, which installs it");
  testing::TempDir dir;
  const std::string published = dir.File("publication"), draft = dir.File("draft");
  const auto built =
      Dhr("build " + Example() + " --stage publication --pdf --out " + ShellQuote(published));
  REQUIRE_MESSAGE(built.exit_code == 0, built.output);
  const std::vector<std::string> pdfs = FilesIn(published, ".pdf");
  REQUIRE_MESSAGE(pdfs.size() == 3, built.output);
  for (const std::string& pdf : pdfs) {
    CAPTURE(pdf);
    CHECK(Mode(pdf) == 0644);
    const auto info = testing::RunCommand("pdfinfo " + ShellQuote(pdf));
    REQUIRE_MESSAGE(info.exit_code == 0, info.output);
    // pdfinfo pads its labels to the longest one it prints: "Tagged:", spaces, "yes".
    const size_t tagged = info.output.find("Tagged:");
    REQUIRE_MESSAGE(tagged != std::string::npos, info.output);
    const size_t value = info.output.find_first_not_of(' ', tagged + 7);
    CHECK_MESSAGE(info.output.compare(value, 4, "yes\n") == 0, info.output);
    CHECK_MESSAGE(info.output.find("into the death of Adult X") != std::string::npos, info.output);
  }
  CHECK(testing::PdfPages(published + "/overview-report.pdf").size() > 5);

  const auto drafted = Dhr("build " + Example() + " --stage draft --pdf --out " + ShellQuote(draft));
  REQUIRE_MESSAGE(drafted.exit_code == 0, drafted.output);
  REQUIRE(FilesIn(draft, ".pdf").size() == 4);
  for (const std::string& pdf : FilesIn(draft, ".pdf")) CHECK(Mode(pdf) == 0600);

  const std::string bare = dir.File("bare");
  const auto no_soffice = testing::RunCommand("PATH=" + ShellQuote(dir.File("nothing")) + " " +
                                              ShellQuote(testing::DhrBinary()) + " build " + Example() +
                                              " --stage publication --pdf --out " + ShellQuote(bare));
  CHECK_MESSAGE(no_soffice.exit_code == 0, no_soffice.output);
  CHECK_MESSAGE(no_soffice.output.find("dhr: warning: " + bare + ": LibreOffice (soffice) is not installed") !=
                    std::string::npos,
                no_soffice.output);
  CHECK(FilesIn(bare, ".docx").size() == 3);
  CHECK(FilesIn(bare, ".pdf").empty());
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
