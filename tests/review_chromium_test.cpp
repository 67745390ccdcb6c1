// dhr review through the command line, and its page as a browser builds it: Debian's headless
// Chromium loads the page written for the example's IMR, the counts the page's own script reads
// back from the DOM are compared with the anonymiser's audit, and a screenshot is taken.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "anonymiser/document_anonymiser.h"
#include "docx/package.h"
#include "pipeline/prepare/prepared_case.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs Chromium and dhr: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

using testing::ShellQuote;

std::string ExampleFolder() { return testing::SourceDir() + "/examples/adult-x-review"; }
std::string ExampleImr() { return ExampleFolder() + "/imr/westshire-police-imr.docx"; }

using testing::Dhr;

// Debian's chromium, headless, with a profile of its own in `dir`; `what` is --dump-dom or
// --screenshot=FILE. The standard output goes to `stdout_file`.
testing::CommandResult Chromium(const testing::TempDir& dir, const std::string& what, const std::string& page,
                                const std::string& stdout_file) {
  REQUIRE_MESSAGE(testing::RunCommand("command -v chromium").exit_code == 0,
                  "Debian's chromium is not installed: run .ci/install-deps as root (the review page test needs it)");
  std::string command = "timeout 180 chromium --headless --disable-gpu --no-first-run --disable-extensions "
                        "--hide-scrollbars --window-size=1280,1600 --user-data-dir=";
  command += ShellQuote(dir.File("profile"));
  if (geteuid() == 0) command += " --no-sandbox";  // Chromium refuses to run as root with its sandbox
  command += " " + what + " " + ShellQuote("file://" + page) + " > " + ShellQuote(stdout_file);
  return testing::RunCommand(command);
}

// The value of attribute `name` on the element with id `id` in `html`; -1 when missing.
long Attribute(const std::string& html, const std::string& id, const std::string& name) {
  const size_t at = html.find("id=\"" + id + "\"");
  if (at == std::string::npos) return -1;
  const size_t open = html.rfind('<', at);
  const size_t close = html.find('>', at);
  const std::string tag = html.substr(open, close - open);
  std::smatch m;
  if (!std::regex_search(tag, m, std::regex(name + "=\"([0-9]+)\""))) return -1;
  return std::stol(m[1].str());
}

TEST_CASE("review: Chromium shows the example IMR's page with the audit's counts, and a screenshot") {
  testing::TempDir dir;
  const std::string page = dir.File("review.html");
  const auto run = Dhr("review " + ShellQuote(ExampleImr()) + " --case " + ShellQuote(ExampleFolder()) + " -o " +
                       ShellQuote(page));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  CHECK(run.output.find("replacements") != std::string::npos);
  const auto permissions = std::filesystem::status(page).permissions();
  CHECK((permissions & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

  // The audit, from the anonymiser run apart.
  auto prepared = PrepareCase(Disk(), ExampleFolder());
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  auto package = Package::OpenFile(Disk(), ExampleImr());
  REQUIRE(package.ok());
  std::vector<AuditRow> audit;
  REQUIRE(AnonymiseDocument(*package, *prepared->matcher, &audit).ok());
  long in_paragraphs = 0, ambiguous = 0;
  for (const AuditRow& row : audit) {
    in_paragraphs += row.paragraph > 0;
    ambiguous += row.ambiguous;
  }
  REQUIRE(audit.size() > 20);

  const std::string dom_file = dir.File("dom.html");
  const auto dumped = Chromium(dir, "--dump-dom", page, dom_file);
  REQUIRE_MESSAGE(dumped.exit_code == 0, dumped.output);
  const std::string dom = testing::ReadFile(dom_file);
  // The page's script ran in the browser and counted what the browser built.
  REQUIRE_MESSAGE(dom.find("This page shows") != std::string::npos, dom.substr(0, 2000));
  CHECK(Attribute(dom, "page-check", "data-rows") == static_cast<long>(audit.size()));
  CHECK(Attribute(dom, "page-check", "data-marks") == in_paragraphs);
  CHECK(Attribute(dom, "page-check", "data-ambiguous") == ambiguous);
  CHECK(Attribute(dom, "count-replacements", "data-count") == static_cast<long>(audit.size()));
  CHECK(Attribute(dom, "count-ambiguous", "data-count") == ambiguous);
  CHECK(Attribute(dom, "page-check", "data-undeclared") == Attribute(dom, "count-undeclared", "data-count"));
  CHECK(Attribute(dom, "page-check", "data-hidden") == Attribute(dom, "count-hidden", "data-count"));
  CHECK(Attribute(dom, "page-check", "data-markings") == Attribute(dom, "count-markings", "data-count"));
  // The filters' labels, filled by the script, add up to every replacement.
  long labelled = 0;
  const std::regex label("<span class=\"n\">([0-9]+)</span>");
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), label); it != std::sregex_iterator(); ++it)
    labelled += std::stol((*it)[1].str());
  CHECK(labelled == static_cast<long>(audit.size()));

  const std::string png = dir.File("review.png");
  const auto shot = Chromium(dir, "--screenshot=" + ShellQuote(png), page, dir.File("screenshot.log"));
  REQUIRE_MESSAGE(shot.exit_code == 0, shot.output);
  const std::string image = testing::ReadFile(png);
  CHECK(image.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
  CHECK(image.size() > 20000);  // a page of text and colour, not a blank one
}

TEST_CASE("review: a file that is not a Word document is one error line, exit 2, and no page") {
  testing::TempDir dir;
  const std::string in = dir.File("notes.docx"), out = dir.File("review.html");
  testing::WriteFile(in, "these are notes, not a Word document");
  const auto run = Dhr("review " + ShellQuote(in) + " --case " + ShellQuote(ExampleFolder()) + " -o " + ShellQuote(out));
  CHECK(run.exit_code == 2);
  // The example case's own warning (its review took more than six months) may come first.
  std::vector<std::string> errors;
  std::istringstream lines(run.output);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("dhr: error: ", 0) == 0) errors.push_back(line);
  REQUIRE_MESSAGE(errors.size() == 1, run.output);
  CHECK(errors[0].find("notes.docx") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
