// The four documents as a Chair, a family and the Home Office QA panel read them: dhr build on a
// copy of the bundled example case with sentinel values in case.yaml, read back through
// LibreOffice's PDF (pdftotext):
// - every case.yaml fact the seeds ask for reaches the documents (Chair's statement, terms of
//   reference, panel meetings, timescales, the review process, family involvement);
// - the list of contents lists every heading with the page it is on;
// - the action plan is landscape A4 and no word breaks inside a table cell (pdftotext -raw);
// - at publication no child is described by a gendered word;
// - drafts with `draft_names: codes` hold no declared name (the data form keeps them);
// - an unwritten section is a placeholder with the seeds' guidance in a draft, and an error
//   naming every one of them at submission (exit 1: the submission's checks, nothing written).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "docx/package.h"
#include "pipeline/case/case_loader.h"
#include "pipeline/scan/package_text.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

// Runs LibreOffice and pdftotext: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace fs = std::filesystem;
using testing::ShellQuote;

using testing::ExampleDir;

using testing::Dhr;

void Replace(std::string& text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the example's case.yaml: " << from);
  text.replace(at, from.size(), to);
}

// A copy of the example case (without its out/ folder) at dir/case, with `edit` applied to case.yaml.
std::string CopyExample(const testing::TempDir& dir, void (*edit)(std::string&) = nullptr) {
  const std::string copy = dir.File("case");
  fs::copy(ExampleDir(), copy, fs::copy_options::recursive);
  fs::remove_all(copy + "/out");
  if (edit) {
    std::string yaml = testing::ReadFile(copy + "/case.yaml");
    edit(yaml);
    testing::WriteFile(copy + "/case.yaml", yaml);
  }
  return copy;
}

// The sentinels: words no template or section holds, each in the case.yaml value it stands for.
void PlantSentinels(std::string& yaml) {
  Replace(yaml, "had no contact with Adult X, her family or the perpetrator.",
          "had no contact with Adult X, her family or the perpetrator (sentinelindependence).");
  Replace(yaml, "has completed the Home Office training for\n      Chairs.",
          "has completed the Home Office training for\n      Chairs (sentinelbackground).");
  Replace(yaml, "- Were the children's experiences seen and heard?", "- Were the sentinelquestion experiences heard?");
  Replace(yaml, "panel_meetings: 6", "panel_meetings: 7");
  Replace(yaml, "verdict: Guilty of murder", "verdict: Guilty of sentinelverdict");
  Replace(yaml, "sentence: Life imprisonment", "sentence: Sentinelsentence imprisonment");
  Replace(yaml, "Adult X's mother and brother met the Chair", "Adult X's mother and brother sentinelparticipation met the Chair");
  Replace(yaml, "advocate: an advocate from", "advocate: a sentineladvocate from");
  Replace(yaml, "- Westshire Ambulance Service NHS Trust", "- Sentinelshire Ambulance Service NHS Trust");
}

// Every text of a PDF, its lines joined by spaces (pdftotext breaks lines where the page does).
std::string Flat(const std::vector<std::string>& pages) {
  std::string out;
  for (const std::string& page : pages) out += page + " ";
  std::string flat;
  for (char c : out) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : c;
  }
  return flat;
}

std::map<std::string, std::vector<std::string>> BuildAndRead(const std::string& case_dir, const std::string& stage,
                                                            const testing::TempDir& dir) {
  const std::string out = dir.File(stage);
  const auto run = Dhr("build " + ShellQuote(case_dir) + " --stage " + stage + " --out " + ShellQuote(out));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  std::vector<std::string> files;
  for (const char* name : {"overview-report", "executive-summary", "action-plan"})
    files.push_back(out + "/" + name + ".docx");
  const auto pdfs = testing::ConvertWithLibreOffice(files, "pdf", dir.File(stage + "-pdf"));
  REQUIRE(pdfs.size() == files.size());
  std::map<std::string, std::vector<std::string>> pages;
  for (const std::string& file : files) pages[fs::path(file).stem().string()] = testing::PdfPages(pdfs.at(file));
  return pages;
}

TEST_CASE("documents: the case file's facts reach the overview report and the executive summary (PDF text)") {
  REQUIRE_MESSAGE(testing::HaveLibreOffice(), "LibreOffice (soffice) is needed: install libreoffice-writer");
  testing::TempDir dir;
  const std::string case_dir = CopyExample(dir, PlantSentinels);
  auto pages = BuildAndRead(case_dir, "draft", dir);
  const std::string overview = Flat(pages["overview-report"]);
  const std::string summary = Flat(pages["executive-summary"]);

  for (const std::string* text : {&overview, &summary}) {
    CAPTURE(*text);
    // Author of the overview report: the Chair's independence and background.
    CHECK(text->find("(sentinelindependence).") != std::string::npos);
    CHECK(text->find("(sentinelbackground).") != std::string::npos);
    // Terms of reference: the scope period as month and year, the key lines of enquiry.
    CHECK(text->find("from January 2019 to November 2022.") != std::string::npos);
    CHECK(text->find("Were the sentinelquestion experiences heard?") != std::string::npos);
    CHECK(text->find("The panel met seven times.") != std::string::npos);
  }
  // Timescales, month and year only.
  CHECK(overview.find("The decision to hold a review was made in December 2022, and the Home Office was notified "
                      "in December 2022. This review began in January 2023 and was concluded in September 2023. The "
                      "report was submitted to the Home Office in November 2023.") != std::string::npos);
  // Family involvement.
  CHECK(overview.find("sentinelparticipation") != std::string::npos);
  CHECK(overview.find("supported throughout the review by a sentineladvocate from Advocacy After Fatal Domestic Abuse") !=
        std::string::npos);
  CHECK(overview.find("decided not to; this report uses the codes") != std::string::npos);
  CHECK(overview.find("The family read the report in private before it was submitted to the Home Office.") !=
        std::string::npos);
  CHECK(overview.find("Sentinelshire Ambulance Service NHS Trust") != std::string::npos);  // contacted, no contact
  // The executive summary's review process (seed 002 Appendix 11, seed 004 Template 28).
  CHECK(summary.find("Criminal proceedings were completed in July 2023. Verdict: Guilty of sentinelverdict; "
                     "sentence: Sentinelsentence imprisonment") != std::string::npos);
  CHECK(summary.find("The process began with an initial meeting of the Safer Northbrook Partnership in December "
                     "2022, when the decision to hold a domestic homicide review was agreed.") != std::string::npos);
  CHECK(summary.find("Of the nine agencies contacted, seven confirmed contact") != std::string::npos);
  CHECK(summary.find("This summary outlines the process undertaken by the Safer Northbrook Partnership domestic "
                     "homicide review panel in reviewing the homicide of Adult X") != std::string::npos);
}

// The number a contents line ends with, or 0.
int TrailingPage(const std::string& line) {
  static const std::regex number(R"((\d+)\s*$)");
  std::smatch m;
  return std::regex_search(line, m, number) ? std::stoi(m[1]) : 0;
}

TEST_CASE("documents: the list of contents lists every heading, the Markdown's too, with the page it is on") {
  REQUIRE_MESSAGE(testing::HaveLibreOffice(), "LibreOffice (soffice) is needed: install libreoffice-writer");
  testing::TempDir dir;
  auto pages = BuildAndRead(CopyExample(dir), "publication", dir);
  for (const char* name : {"overview-report", "executive-summary"}) {
    CAPTURE(name);
    const std::vector<std::string>& pdf = pages[name];
    REQUIRE(pdf.size() > 3);
    const std::string& contents = pdf[1];
    CHECK(contents.find("List of contents") != std::string::npos);
    CHECK(Flat(pdf).find("Update this field") == std::string::npos);
    std::vector<std::string> headings = {"Introduction", "Conclusions"};
    if (std::string(name) == "overview-report")
      headings.insert(headings.end(), {"Timescales", "Author of the overview report", "Analysis",
                                       "Routine enquiry in primary care", "The children's voice"});
    else
      headings.insert(headings.end(), {"The review process", "Key issues arising from the review"});
    if (std::string(name) == "executive-summary") headings.erase(headings.begin());  // no Introduction
    for (const std::string& heading : headings) {
      CAPTURE(heading);
      // The entry's line, and the page it names: the heading is on that page, at a line's start.
      std::istringstream lines(contents);
      int page = 0;
      for (std::string line; std::getline(lines, line);) {
        line.erase(0, line.find_first_not_of(' '));  // a second level's entries are indented
        if (line.starts_with(heading) && (page = TrailingPage(line)) > 0) break;
      }
      REQUIRE(page > 2);
      REQUIRE(page <= static_cast<int>(pdf.size()));
      CHECK(("\n" + pdf[page - 1]).find("\n" + heading) != std::string::npos);
    }
  }
}

// Words of the document's own text, and the parts of hyphenated ones (a line may break at a hyphen).
std::set<std::string> DocumentWords(const std::string& docx) {
  auto package = Package::Open(testing::ReadFile(docx));
  REQUIRE(package.ok());
  std::set<std::string> words;
  (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) {
    std::istringstream in(item.text);
    for (std::string word; in >> word;) {
      words.insert(word);
      for (size_t at = word.find('-'); at != std::string::npos; at = word.find('-', at + 1)) {
        words.insert(word.substr(0, at + 1));
        words.insert(word.substr(at + 1));
      }
    }
  });
  return words;
}

std::string PdfInfo(const std::string& pdf) { return testing::RunCommand("pdfinfo " + ShellQuote(pdf)).output; }

TEST_CASE("documents: the action plan is landscape A4 and no word of it breaks inside a table cell") {
  REQUIRE_MESSAGE(testing::HaveLibreOffice(), "LibreOffice (soffice) is needed: install libreoffice-writer");
  testing::TempDir dir;
  const std::string case_dir = CopyExample(dir, [](std::string& yaml) { Replace(yaml, "draft_names: codes", "draft_names: real"); });
  for (const std::string stage : {"draft", "publication"}) {  // full dates and names; months and codes
    CAPTURE(stage);
    const std::string out = dir.File(stage);
    const auto run = Dhr("build " + ShellQuote(case_dir) + " --stage " + stage + " --out " + ShellQuote(out));
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    const std::string docx = out + "/action-plan.docx";
    const auto pdfs = testing::ConvertWithLibreOffice({docx}, "pdf", dir.File(stage + "-pdf"));
    REQUIRE(pdfs.size() == 1);
    const std::string info = PdfInfo(pdfs.at(docx));
    CHECK_MESSAGE(info.find("Page size:       841.89 x 595.") != std::string::npos, info);  // A4, wider than high
    const std::set<std::string> words = DocumentWords(docx);
    const std::string raw = testing::RunCommand("pdftotext -raw " + ShellQuote(pdfs.at(docx)) + " -").output;
    std::istringstream tokens(raw);
    std::set<std::string> broken;
    for (std::string token; tokens >> token;) {
      const bool number = std::all_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (!number && !words.contains(token)) broken.insert(token);
    }
    CHECK_MESSAGE(broken.empty(), "pieces of words: " << [&] {
      std::string list;
      for (const std::string& b : broken) list += "\"" + b + "\" ";
      return list;
    }());
    CHECK(raw.find("Regional") != std::string::npos);  // the scope as a word, not the case file's key
    CHECK(raw.find("regional") == std::string::npos);
    CHECK(raw.find("SMARTER") != std::string::npos);
  }
}

TEST_CASE("documents: at publication no child is described by a gendered word, though the case declares a daughter and a son") {
  testing::TempDir dir;
  const std::string out = dir.File("publication");
  const auto run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage publication --out " + ShellQuote(out));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  CHECK(run.output.find("gender") == std::string::npos);  // the scan's warning for a child's gender
  static const std::regex gendered(R"(\b(son|daughter|stepson|stepdaughter|brother|sister|boy|girl|he|she|him|her|his|hers)\b)",
                                   std::regex::icase);
  int child_rows = 0;
  for (const char* name : {"overview-report", "executive-summary", "action-plan"}) {
    auto package = Package::Open(testing::ReadFile(out + "/" + name + ".docx"));
    REQUIRE(package.ok());
    (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) {
      if (item.text == "Child of Adult X") ++child_rows;  // the pseudonyms table's relationship cell
      if (item.text.find("Child X") == std::string::npos) return;
      CAPTURE(item.text);
      CHECK_FALSE(std::regex_search(item.text, gendered));
    });
  }
  CHECK(child_rows >= 4);  // both children in both pseudonyms tables
}

TEST_CASE("documents: drafts with draft_names: codes hold no declared name; the data form keeps them") {
  testing::TempDir dir;
  const std::string out = dir.File("draft");
  const auto run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage draft --out " + ShellQuote(out));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  auto c = LoadCase(Disk(), ExampleDir());
  REQUIRE(c.ok());
  std::vector<std::string> declared;
  for (const Person& p : c->people) {
    declared.push_back(p.name);
    declared.insert(declared.end(), p.aliases.begin(), p.aliases.end());
  }
  for (const Professional& p : c->professionals) declared.push_back(p.name);
  for (const Place& p : c->places) declared.push_back(p.name);
  auto text_of = [&](const std::string& name) {
    auto package = Package::Open(testing::ReadFile(out + "/" + name + ".docx"));
    REQUIRE(package.ok());
    std::string text;
    (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) { text += item.text + "\n"; });
    return text;
  };
  for (const char* name : {"overview-report", "executive-summary", "action-plan"}) {
    CAPTURE(name);
    const std::string text = text_of(name);
    CHECK(text.find("Adult X") != std::string::npos);
    CHECK(text.find("OFFICIAL-SENSITIVE PERSONAL") != std::string::npos);  // review: marking: and its descriptor
    for (const std::string& real : declared) {
      CAPTURE(real);
      CHECK_FALSE(std::regex_search(text, std::regex("\\b" + real + "\\b")));
    }
  }
  const std::string form = text_of("data-form");
  CHECK(form.find("14 Larchfield Close") != std::string::npos);  // the place of the homicide, as declared
  CHECK(form.find("PERSONAL") == std::string::npos);  // the form keeps its own marking
}

TEST_CASE("documents: review: marking: OFFICIAL marks the drafts OFFICIAL") {
  testing::TempDir dir;
  const std::string case_dir = CopyExample(dir, [](std::string& yaml) {
    Replace(yaml, "marking: OFFICIAL-SENSITIVE\n  marking_descriptor: PERSONAL\n", "marking: OFFICIAL\n");
  });
  const std::string out = dir.File("draft");
  const auto run = Dhr("build " + ShellQuote(case_dir) + " --stage draft --out " + ShellQuote(out));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  auto package = Package::Open(testing::ReadFile(out + "/overview-report.docx"));
  REQUIRE(package.ok());
  std::string headers;
  (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) {
    if (item.part.find("header") != std::string::npos) headers += item.text + "\n";
  });
  CHECK(headers.find("OFFICIAL\n") != std::string::npos);
  CHECK(headers.find("SENSITIVE") == std::string::npos);
}

TEST_CASE("documents: an unwritten section is the seeds' guidance in a draft, and stops the submission naming every one") {
  REQUIRE_MESSAGE(testing::HaveLibreOffice(), "LibreOffice (soffice) is needed: install libreoffice-writer");
  testing::TempDir dir;
  const std::string case_dir = CopyExample(dir);
  fs::remove(case_dir + "/sections/overview/02-timescales.md");
  fs::remove(case_dir + "/sections/overview/15-analysis.md");
  fs::remove(case_dir + "/sections/executive-summary/07-key-issues.md");

  const std::string submission = dir.File("submission");
  const auto refused = Dhr("build " + ShellQuote(case_dir) + " --stage submission --out " + ShellQuote(submission));
  CHECK(refused.exit_code == 1);  // the submission's checks (dhr check) stop it
  CHECK(refused.output.find(case_dir + "/sections/overview/02-timescales.md: not written yet: the overview report's "
                            "section \"Timescales\"") != std::string::npos);
  CHECK(refused.output.find(case_dir + "/sections/overview/15-analysis.md: not written yet") != std::string::npos);
  CHECK(refused.output.find(case_dir + "/sections/executive-summary/07-key-issues.md: not written yet") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(submission));
  CHECK(Dhr("build " + ShellQuote(case_dir) + " --stage publication --out " + ShellQuote(dir.File("p"))).exit_code == 2);

  auto pages = BuildAndRead(case_dir, "draft", dir);
  const std::string overview = Flat(pages["overview-report"]);
  CHECK(overview.find("To be written in sections/overview/02-timescales.md.") != std::string::npos);
  CHECK(overview.find("Explain any reasons for delay in completion") != std::string::npos);
  CHECK(overview.find("To be written in sections/overview/15-analysis.md.") != std::string::npos);
  CHECK(overview.find("Routine enquiry in primary care") == std::string::npos);  // the section's own text is gone
  CHECK(Flat(pages["executive-summary"]).find("To be written in sections/executive-summary/07-key-issues.md.") !=
        std::string::npos);
}

TEST_SUITE_END();

}  // namespace
}  // namespace dhr
