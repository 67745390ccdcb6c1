// dhr build on the bundled example case at all three stages with the built-in templates, read back
// by the real readers:
// every output opens in python-docx and LibreOffice; in LibreOffice's PDF (pdftotext) every
// required heading of its template is there, no template syntax is left, drafts and the
// submission carry the marking on every page and the publication copies nowhere; real names only
// where the stage allows them; no data form at publication; a planted leak fails the publication
// build with nothing written; bad stage, missing case and broken template give exit 2 with a
// located message.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <algorithm>

#include "tests/build_fixtures.h"
#include "tests/real_readers.h"
#include "tests/required_headings.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

namespace fs = std::filesystem;
using namespace testing;

std::vector<std::string> DocxFiles(const std::string& dir) {
  std::vector<std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string Stem(const std::string& path) { return fs::path(path).stem().string(); }

const std::vector<std::string> kRealNames = {"Joanne", "Hartley", "Darren", "Whitlock", "Margaret", "Larchfield"};

bool HasRealName(const std::string& text) {
  for (const std::string& name : kRealNames)
    if (text.find(name) != std::string::npos) return true;
  return false;
}

TEST_CASE("build stages: the example case at draft, submission and publication, read by LibreOffice and python-docx") {
  REQUIRE_MESSAGE(testing::HaveLibreOffice(), "LibreOffice (soffice) is needed: install libreoffice-writer");
  testing::TempDir dir;
  for (const std::string stage : {"draft", "submission", "publication"}) {
    CAPTURE(stage);
    const std::string out = dir.File(stage);
    const auto run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage " + stage + " --out " + ShellQuote(out));
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    const std::vector<std::string> files = DocxFiles(out);
    std::set<std::string> names;
    for (const std::string& file : files) names.insert(Stem(file));
    if (stage == std::string("publication"))
      CHECK(names == std::set<std::string>{"action-plan", "executive-summary", "overview-report"});
    else
      CHECK(names == std::set<std::string>{"action-plan", "data-form", "executive-summary", "overview-report"});

    CHECK(testing::PythonDocxOpens(files) == "");
    const auto pdfs = testing::ConvertWithLibreOffice(files, "pdf", dir.File(stage + "-pdf"));
    REQUIRE(pdfs.size() == files.size());
    for (const std::string& file : files) {
      const std::string name = Stem(file);
      CAPTURE(name);
      const std::vector<std::string> pages = testing::PdfPages(pdfs.at(file));
      REQUIRE(!pages.empty());
      std::string text;
      for (const std::string& page : pages) text += page;
      const std::vector<std::string> missing =
          testing::MissingHeadings(testing::PdfSegments(pdfs.at(file)), testing::RequiredHeadings(name));
      CHECK_MESSAGE(missing.empty(), "missing or out of order: " << missing.front());
      CHECK(text.find("{{") == std::string::npos);
      CHECK(text.find("}}") == std::string::npos);
      const bool marked = stage != std::string("publication");
      for (size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].find_first_not_of(" \n\r\t") == std::string::npos) continue;  // the trailing form feed
        CAPTURE(i + 1);
        CHECK((pages[i].find("OFFICIAL-SENSITIVE") != std::string::npos) == marked);
        if (stage == std::string("draft") && name != "data-form") CHECK(pages[i].find("DRAFT 4") != std::string::npos);
      }
      if (!marked) CHECK(text.find("OFFICIAL") == std::string::npos);
      // Only the data form names people: the example's drafts use the codes (review: draft_names:).
      const bool names_allowed = name == "data-form";
      CHECK(HasRealName(text) == names_allowed);
    }
  }
}

TEST_CASE("build stages: a leak the scan finds fails the publication build with nothing written (exit 1)") {
  testing::TempDir dir;
  fs::copy(ExampleDir(), dir.File("case"), fs::copy_options::recursive);
  fs::remove_all(dir.File("case/out"));
  // The family chose the victim's own short name as her pseudonym: the anonymiser writes it (with a
  // warning), the independent scan must find it.
  const std::string yaml = dir.File("case/case.yaml");
  std::string text = testing::ReadFile(yaml);
  text.replace(text.find("    role: victim\n"), 17, "    role: victim\n    pseudonym: Jo\n");
  testing::WriteFile(yaml, text);
  const auto run = Dhr("build " + ShellQuote(dir.File("case")) + " --stage publication");
  CHECK_MESSAGE(run.exit_code == 1, run.output);
  CHECK(run.output.find("nothing was written") != std::string::npos);
  CHECK(!fs::exists(dir.File("case/out")));
  CHECK(testing::ReadFile(yaml) == text);

  // Copies a clean earlier build left in the folder stay untouched, and the user is told they are
  // not this build's.
  const std::string earlier = dir.File("earlier");
  const auto clean = Dhr("build " + ShellQuote(ExampleDir()) + " --stage publication --out " + ShellQuote(earlier));
  REQUIRE_MESSAGE(clean.exit_code == 0, clean.output);
  const std::string before = testing::ReadFile(earlier + "/overview-report.docx");
  const auto again = Dhr("build " + ShellQuote(dir.File("case")) + " --stage publication --out " + ShellQuote(earlier));
  CHECK(again.exit_code == 1);
  CHECK(again.output.find(earlier + "/overview-report.docx: left by an earlier build, not by this one") !=
        std::string::npos);
  CHECK(testing::ReadFile(earlier + "/overview-report.docx") == before);
}

TEST_CASE("build stages: the default output folder is CASE/out/STAGE; dhr publish refuses the data form it holds") {
  testing::TempDir dir;
  fs::copy(ExampleDir(), dir.File("case"), fs::copy_options::recursive);
  fs::remove_all(dir.File("case/out"));
  const auto run = Dhr("build " + ShellQuote(dir.File("case")) + " --stage submission");
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  CHECK(DocxFiles(dir.File("case/out/submission")).size() == 4);
  // Drafts and the Home Office's copies hold real names or the data form: owner-only.
  const auto perms = fs::status(dir.File("case/out/submission/data-form.docx")).permissions();
  CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);

  const auto publish = Dhr("publish " + ShellQuote(dir.File("case/out/submission/data-form.docx")) + " --case " +
                           ShellQuote(dir.File("case")) + " -o " + ShellQuote(dir.File("form-public.docx")));
  CHECK(publish.exit_code == 2);
  CHECK(publish.output.find("never published") != std::string::npos);
  CHECK(!fs::exists(dir.File("form-public.docx")));
}

TEST_CASE("build stages: the 2024 Act's title is one setting of the case file, not an edit of the templates") {
  testing::TempDir dir;
  fs::copy(ExampleDir(), dir.File("case"), fs::copy_options::recursive);
  fs::remove_all(dir.File("case/out"));
  const std::string yaml = dir.File("case/case.yaml");
  std::string text = testing::ReadFile(yaml);
  const std::string title = "  title: Domestic Homicide Review\n";
  REQUIRE(text.find(title) != std::string::npos);
  text.replace(text.find(title), title.size(), "  title: Domestic Abuse Related Death Review\n");
  testing::WriteFile(yaml, text);
  const auto run = Dhr("build " + ShellQuote(dir.File("case")) + " --stage draft");
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  const auto texts = testing::LibreOfficeText(DocxFiles(dir.File("case/out/draft")));
  REQUIRE(texts.size() == 4);
  for (const auto& [file, words] : texts) {
    CAPTURE(file);
    CHECK(words.find("Domestic Abuse Related Death Review") != std::string::npos);
  }
  // Documents without the author's narrative keep none of the old title.
  CHECK(texts.at(dir.File("case/out/draft/action-plan.docx")).find("Domestic Homicide Review") == std::string::npos);
  CHECK(texts.at(dir.File("case/out/draft/data-form.docx")).find("Domestic Homicide Review") == std::string::npos);
}

TEST_CASE("build stages: --templates uses a partnership's own template, the built-in one for the others") {
  testing::TempDir dir;
  fs::create_directories(dir.File("t"));
  testing::WriteFile(dir.File("t/overview-report.docx"), testing::FixtureTemplates().at("overview-report"));
  // A value the case does not give: a warning naming the template's file, part and paragraph.
  testing::WriteFile(dir.File("t/action-plan.docx"),
                     testing::FixtureTemplate(testing::FixtureParagraph("Plan of {{partnership}}") +
                                              testing::FixtureParagraph("Signed off by {{review.sign_off}}")));
  const auto run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage draft --out " + ShellQuote(dir.File("out")) +
                       " --templates " + ShellQuote(dir.File("t")));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  CHECK(run.output.find("warning: " + dir.File("t/action-plan.docx") + ": word/document.xml, paragraph 2:") !=
        std::string::npos);
  const auto texts = testing::LibreOfficeText(DocxFiles(dir.File("out")));
  REQUIRE(texts.size() == 4);
  CHECK(texts.at(dir.File("out/overview-report.docx")).find("Stage: draft, draft number 4.") != std::string::npos);
  CHECK(texts.at(dir.File("out/action-plan.docx")).find("Plan of Safer Northbrook Partnership") != std::string::npos);
  CHECK(texts.at(dir.File("out/executive-summary.docx")).find("Stage: draft") == std::string::npos);
}

TEST_CASE("build stages: bad stage, missing case and broken template give exit 2 and a located message") {
  testing::TempDir dir;
  fs::create_directories(dir.File("t"));
  const std::string templates = " --templates " + ShellQuote(dir.File("t"));
  const std::string out = " --out " + ShellQuote(dir.File("out"));

  auto run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage final" + out + templates);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("unknown stage \"final\"") != std::string::npos);

  run = Dhr("build " + ShellQuote(dir.File("no-such-case")) + " --stage draft" + out + templates);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find(dir.File("no-such-case/case.yaml")) != std::string::npos);

  testing::WriteFile(dir.File("t/action-plan.docx"),
                     testing::FixtureTemplate(testing::FixtureParagraph("{{#each action_plan}} never closed") +
                                              testing::FixtureParagraph("{{ title | shout }}")));
  run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage draft" + out + templates);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("action-plan.docx: word/document.xml, paragraph 1:") != std::string::npos);
  CHECK(run.output.find("action-plan.docx: word/document.xml, paragraph 2:") != std::string::npos);

  testing::WriteFile(dir.File("t/data-form.docx"), "not a zip");
  run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage draft" + out + templates);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("data-form.docx") != std::string::npos);
  CHECK(!fs::exists(dir.File("out")));
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
