// The marking stage against the real-world corpus and real readers: mark then strip gives back every
// header and footer; LibreOffice prints the marking at the top and bottom of every page; python-docx
// opens every marked file.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "pipeline/mark/mark.h"
#include "pipeline/mark/marking_test_support.h"
#include "pipeline/mark/sections.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using testing::CorpusFiles;

// Three sections of several pages each: different first pages, even and odd pages, headers of
// their own, inherited, and missing.
testing::DocxFixture SectionsFixture() {
  using testing::Para;
  std::string body;
  const auto pages = [](const std::string& name, int count) {
    std::string out;
    for (int n = 1; n <= count; ++n) {
      out += Para(name + " page " + std::to_string(n));
      if (n < count) out += testing::PageBreak();
    }
    return out;
  };
  body += pages("Section one", 3) +
          testing::SectionBreak("end of one", "<w:headerReference w:type=\"default\" r:id=\"rId10\"/><w:titlePg/>");
  body += pages("Section two", 3) + testing::SectionBreak("end of two", "<w:titlePg/>");
  body += pages("Section three", 3) +
          "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId11\"/>"
          "<w:footerReference w:type=\"default\" r:id=\"rId12\"/><w:titlePg/></w:sectPr>";
  return testing::DocxFixture()
      .Body(body)
      .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(Para("Review of Adult X")), "header", "rId10")
      .Part("word/header2.xml", testing::kHeaderType, testing::HeaderXml(Para("Appendix cover")), "header", "rId11")
      .Part("word/footer1.xml", testing::kFooterType,
            testing::FooterXml("<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:fldSimple w:instr=\" PAGE "
                               "\"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"),
            "footer", "rId12")
      .Part("word/settings.xml", testing::kSettingsType, testing::SettingsXml("<w:evenAndOddHeaders/>"), "settings",
            "rId13");
}

// The text of every endnote of a document.
std::vector<std::string> EndnoteTexts(Package& package) {
  std::vector<std::string> texts;
  for (const std::string& part : package.PartsOfKind(PartKind::kEndnotes))
    for (const std::string& text : testing::ParagraphTexts(package, part))
      if (text.find_first_not_of(" \t") != std::string::npos) texts.push_back(text);
  return texts;
}

// LibreOffice sets endnotes on pages of its own "Endnote" page style, which has no header or
// footer; Word sets them after the text on ordinary pages.
bool IsLibreOfficeEndnotePage(const std::string& page, const std::vector<std::string>& endnotes) {
  return std::any_of(endnotes.begin(), endnotes.end(),
                     [&](const std::string& note) { return page.find(note) != std::string::npos; });
}

// The first and last lines of a page that hold more than white space.
std::pair<std::string, std::string> FirstAndLastLines(const std::string& page) {
  std::vector<std::string> lines;
  std::stringstream in(page);
  for (std::string line; std::getline(in, line);)
    if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(line);
  if (lines.empty()) return {};
  return {lines.front(), lines.back()};
}

TEST_CASE("marking corpus: mark then strip gives back every header and footer of every corpus file") {
  int with_headers = 0;
  for (const std::string& file : CorpusFiles()) {
    CAPTURE(file);
    auto original = Package::OpenFile(Disk(), file);
    REQUIRE_MESSAGE(original.ok(), original.status().Describe());
    const auto before = testing::HeaderFooterTexts(*original);
    with_headers += !before.empty();

    REQUIRE(MarkDocument(*original, MarkingOptions()).ok());
    Package marked = testing::Reopened(*original);
    for (const auto& [part, texts] : testing::HeaderFooterTexts(marked)) {
      CAPTURE(part);
      CHECK(std::count(texts.begin(), texts.end(), "OFFICIAL-SENSITIVE") == 1);
    }
    StripReport report;
    REQUIRE(StripMarkings(marked, &report).ok());
    for (const RemovedMarking& removed : report.removed) {
      CAPTURE(removed.text);
      CHECK(removed.ours);
    }
    Package stripped = testing::Reopened(marked);
    CHECK(testing::HeaderFooterTexts(stripped) == before);
  }
  CHECK(with_headers >= 8);
}

TEST_CASE("marking corpus: LibreOffice shows the marking at the top and bottom of every page; python-docx opens" * doctest::test_suite("readers")) {
  testing::TempDir out;
  std::vector<std::string> originals, marked_files;
  std::map<std::string, std::vector<std::string>> endnotes;  // by marked file
  const auto mark_into = [&](Package& package, const std::string& name) {
    MarkingOptions options;
    options.draft_number = 2;
    REQUIRE(MarkDocument(package, options).ok());
    const std::string path = out.File(name);
    REQUIRE(package.SaveFile(Disk(), path).ok());
    marked_files.push_back(path);
    endnotes[path] = EndnoteTexts(package);
  };
  for (const std::string& file : CorpusFiles()) {
    CAPTURE(file);
    auto package = Package::OpenFile(Disk(), file);
    REQUIRE(package.ok());
    originals.push_back(file);
    mark_into(*package, std::filesystem::path(file).filename().string());
  }
  Package sections = testing::OpenFixture(SectionsFixture());
  mark_into(sections, "sections_fixture.docx");
  const std::string sections_file = marked_files.back();

  testing::TempDir pdf_dir;
  const auto pdfs = testing::ConvertWithLibreOffice(marked_files, "pdf", pdf_dir.path());
  CHECK(pdfs.size() == marked_files.size());
  int pages_checked = 0, endnote_pages = 0;
  for (const auto& [input, pdf] : pdfs) {
    CAPTURE(input);
    const auto pages = testing::PdfPages(pdf);
    if (input == sections_file) {
      // Pages 1, 4 and 7 open sections with a title page; even pages show the even header.
      REQUIRE(pages.size() == 9);
      for (size_t n = 0; n < pages.size(); ++n) {
        CAPTURE(n + 1);
        CHECK((pages[n].find("Review of Adult X") != std::string::npos) == (n + 1 == 3 || n + 1 == 5 || n + 1 == 9));
        CHECK((pages[n].find("Appendix cover") != std::string::npos) == (n + 1 == 7));
        CHECK((pages[n].find("Page ") != std::string::npos) == (n + 1 == 9));
        CHECK(pages[n].find("DRAFT 2") != std::string::npos);
      }
    }
    for (size_t n = 0; n < pages.size(); ++n) {
      CAPTURE(n + 1);
      const auto [first, last] = FirstAndLastLines(pages[n]);
      if (first.find("OFFICIAL-SENSITIVE") == std::string::npos &&
          IsLibreOfficeEndnotePage(pages[n], endnotes[input])) {
        ++endnote_pages;
        continue;
      }
      CHECK(first.find("OFFICIAL-SENSITIVE") != std::string::npos);
      CHECK(last.find("OFFICIAL-SENSITIVE") != std::string::npos);
      ++pages_checked;
    }
  }
  CHECK(pages_checked > static_cast<int>(marked_files.size()));
  CHECK(endnote_pages <= 1);  // notes.docx

  // python-docx reads every marked file (it reads every original).
  REQUIRE(testing::PythonDocxOpens(originals) == "");
  CHECK(testing::PythonDocxOpens(marked_files) == "");
}

TEST_CASE("marking corpus: strip finds our markings after LibreOffice saved the marked document" * doctest::test_suite("readers")) {
  testing::TempDir marked_dir, saved_dir, stripped_dir;
  std::vector<std::string> marked_files;
  for (const char* name : {"0_level_headers.docx", "lists_continuing.docx", "image_vml.docx", "tables.docx"}) {
    auto package = Package::OpenFile(Disk(), testing::CorpusDir() + "/" + name);
    REQUIRE(package.ok());
    MarkingOptions options;
    options.descriptor = "PERSONAL";
    options.draft_number = 7;
    REQUIRE(MarkDocument(*package, options).ok());
    marked_files.push_back(marked_dir.File(name));
    REQUIRE(package->SaveFile(Disk(), marked_files.back()).ok());
  }
  const auto saved = testing::ConvertWithLibreOffice(marked_files, "docx:MS Word 2007 XML", saved_dir.path());
  REQUIRE(saved.size() == marked_files.size());
  std::vector<std::string> stripped_files;
  for (const auto& [input, resaved] : saved) {
    CAPTURE(resaved);
    auto package = Package::OpenFile(Disk(), resaved);
    REQUIRE(package.ok());
    StripReport report;
    REQUIRE(StripMarkings(*package, &report).ok());
    CHECK(std::any_of(report.removed.begin(), report.removed.end(), [](const RemovedMarking& m) { return m.ours; }));
    for (const auto& [part, texts] : testing::HeaderFooterTexts(*package)) {
      CAPTURE(part);
      for (const std::string& text : texts) {
        CHECK(text.find("OFFICIAL") == std::string::npos);
        CHECK(text.find("DRAFT") == std::string::npos);
      }
    }
    for (xmlNode* section : SectionProperties(*package, false))
      for (HeaderOrFooter which : kHeaderAndFooter)
        for (PageKind kind : kPageKinds)
          if (xmlNode* reference = FindReference(section, which, kind)) CHECK(ReferencedPart(*package, reference) != "");
    stripped_files.push_back(stripped_dir.File(std::filesystem::path(resaved).filename().string()));
    REQUIRE(package->SaveFile(Disk(), stripped_files.back()).ok());
  }
  CHECK(testing::PythonDocxOpens(stripped_files) == "");
}

}  // namespace
}  // namespace dhr
