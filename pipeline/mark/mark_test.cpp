#include "pipeline/mark/mark.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "pipeline/mark/marking_style.h"
#include "pipeline/mark/marking_test_support.h"
#include "pipeline/mark/sections.h"

namespace dhr {
namespace {

using testing::DocxFixture;
using testing::HeaderFooterTexts;
using testing::OpenFixture;
using testing::ParagraphTexts;
using Texts = std::vector<std::string>;

MarkingOptions Sensitive(std::string descriptor = {}, std::optional<int> draft = {}) {
  MarkingOptions options;
  options.classification = Classification::kOfficialSensitive;
  options.descriptor = std::move(descriptor);
  options.draft_number = draft;
  return options;
}

// The part each section's reference of this kind points to ("" for none), section by section.
std::vector<std::string> Referenced(Package& package, HeaderOrFooter which, PageKind kind) {
  std::vector<std::string> parts;
  for (xmlNode* section : SectionProperties(package, false)) {
    xmlNode* reference = FindReference(section, which, kind);
    parts.push_back(reference ? ReferencedPart(package, reference) : "");
  }
  return parts;
}

TEST_CASE("mark: options: classifications, descriptors and draft numbers") {
  CHECK(*ParseClassification("official") == Classification::kOfficial);
  CHECK(*ParseClassification("OFFICIAL-SENSITIVE") == Classification::kOfficialSensitive);
  CHECK(*ParseClassification("Official Sensitive") == Classification::kOfficialSensitive);
  CHECK(ParseClassification("SECRET").status().id() == "mark.bad_classification");

  CHECK(MarkingLine(Sensitive()) == "OFFICIAL-SENSITIVE");
  CHECK(MarkingLine(Sensitive(" personal ")) == "OFFICIAL-SENSITIVE PERSONAL");
  MarkingOptions official;
  official.classification = Classification::kOfficial;
  CHECK(MarkingLine(official) == "OFFICIAL");

  CHECK(CheckMarkingOptions(Sensitive("PERSONAL", 3)).ok());
  official.descriptor = "PERSONAL";
  CHECK(CheckMarkingOptions(official).id() == "mark.descriptor_needs_sensitive");
  CHECK(CheckMarkingOptions(Sensitive("PERSONAL 2")).id() == "mark.bad_descriptor");
  CHECK(CheckMarkingOptions(Sensitive("DRAFT")).id() == "mark.bad_descriptor");
  CHECK(CheckMarkingOptions(Sensitive({}, 0)).id() == "mark.bad_draft");

  Package package = OpenFixture(DocxFixture());
  CHECK(MarkDocument(package, Sensitive({}, -1)).id() == "mark.bad_draft");
  CHECK(package.PartsOfKind(PartKind::kHeader).empty());
}

TEST_CASE("mark: one section without headers gets a header and a footer holding the marking") {
  Package package = OpenFixture(DocxFixture().Body(
      testing::Para("Overview report") + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"));
  REQUIRE(MarkDocument(package, Sensitive("PERSONAL", 3)).ok());
  Package marked = testing::Reopened(package);

  CHECK(HeaderFooterTexts(marked) ==
        std::map<std::string, Texts>{{"word/header1.xml", {"OFFICIAL-SENSITIVE PERSONAL", "DRAFT 3"}},
                                     {"word/footer1.xml", {"OFFICIAL-SENSITIVE PERSONAL"}}});
  const std::string main = marked.Bytes(marked.main_document());
  // rId1 is the styles part the document lacked.
  CHECK(main.find("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
                  "<w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz") != std::string::npos);
  const std::string types = marked.Bytes("[Content_Types].xml");
  CHECK(types.find("PartName=\"/word/header1.xml\" ContentType=\"" + std::string(testing::kHeaderType)) !=
        std::string::npos);
  CHECK(types.find("PartName=\"/word/footer1.xml\" ContentType=\"" + std::string(testing::kFooterType)) !=
        std::string::npos);
  // Our paragraphs: centred, in the DhrMarking style, which the styles part now defines.
  const std::string header = marked.Bytes("word/header1.xml");
  CHECK(header.find("<w:p><w:pPr><w:pStyle w:val=\"DhrMarking\"/><w:jc w:val=\"center\"/></w:pPr>"
                    "<w:r><w:t>OFFICIAL-SENSITIVE PERSONAL</w:t></w:r></w:p>") != std::string::npos);
  CHECK(MarkingStyleIds(marked) == std::set<std::string>{"DhrMarking"});
  CHECK(marked.Bytes("word/styles.xml").find("<w:name w:val=\"DHR Marking\"/>") != std::string::npos);
}

TEST_CASE("mark: sections inherit; a different first page gets a first-page header only where none is inherited") {
  // Section 1: own default header, title page, no first-page header. Section 2: no references,
  // title page. Section 3: own first-page header and footer, no title page.
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::SectionBreak("one", "<w:headerReference w:type=\"default\" r:id=\"rId10\"/><w:titlePg/>") +
                testing::SectionBreak("two", "<w:titlePg/>") + testing::Para("three") +
                "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId11\"/>"
                "<w:footerReference w:type=\"first\" r:id=\"rId12\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("Review of Adult X")),
                "header", "rId10")
          .Part("word/header2.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("Cover")), "header",
                "rId11")
          .Part("word/footer1.xml", testing::kFooterType, testing::FooterXml(testing::Para("Page")), "footer",
                "rId12"));
  REQUIRE(MarkDocument(package, Sensitive()).ok());
  Package marked = testing::Reopened(package);

  // Headers: section 1 keeps its default and gets a new first-page one, which section 2 inherits.
  CHECK(Referenced(marked, HeaderOrFooter::kHeader, PageKind::kDefault) == Texts{"word/header1.xml", "", ""});
  CHECK(Referenced(marked, HeaderOrFooter::kHeader, PageKind::kFirst) ==
        Texts{"word/header3.xml", "", "word/header2.xml"});
  // Footers: section 1 gets a default and a first-page footer; section 3 keeps its own first one.
  CHECK(Referenced(marked, HeaderOrFooter::kFooter, PageKind::kDefault) == Texts{"word/footer2.xml", "", ""});
  CHECK(Referenced(marked, HeaderOrFooter::kFooter, PageKind::kFirst) ==
        Texts{"word/footer3.xml", "", "word/footer1.xml"});
  CHECK(HeaderFooterTexts(marked) ==
        std::map<std::string, Texts>{{"word/header1.xml", {"OFFICIAL-SENSITIVE", "Review of Adult X"}},
                                     {"word/header2.xml", {"OFFICIAL-SENSITIVE", "Cover"}},
                                     {"word/header3.xml", {"OFFICIAL-SENSITIVE"}},
                                     {"word/footer1.xml", {"Page", "OFFICIAL-SENSITIVE"}},
                                     {"word/footer2.xml", {"OFFICIAL-SENSITIVE"}},
                                     {"word/footer3.xml", {"OFFICIAL-SENSITIVE"}}});
}

TEST_CASE("mark: with even and odd headers, even pages get their own header and footer") {
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::Para("text") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("Odd")), "header", "rId10")
          .Part("word/settings.xml", testing::kSettingsType, testing::SettingsXml("<w:evenAndOddHeaders/>"),
                "settings", "rId11"));
  REQUIRE(MarkDocument(package, Sensitive()).ok());
  Package marked = testing::Reopened(package);
  CHECK(Referenced(marked, HeaderOrFooter::kHeader, PageKind::kEven) == Texts{"word/header2.xml"});
  CHECK(Referenced(marked, HeaderOrFooter::kFooter, PageKind::kDefault) == Texts{"word/footer1.xml"});
  CHECK(Referenced(marked, HeaderOrFooter::kFooter, PageKind::kEven) == Texts{"word/footer2.xml"});
  CHECK(Referenced(marked, HeaderOrFooter::kHeader, PageKind::kFirst) == Texts{""});
  CHECK(HeaderFooterTexts(marked).size() == 4);
  for (const auto& [part, texts] : HeaderFooterTexts(marked)) {
    CAPTURE(part);
    CHECK(std::count(texts.begin(), texts.end(), "OFFICIAL-SENSITIVE") == 1);
  }
}

TEST_CASE("mark: existing header and footer content stays, the marking first in headers and last in footers") {
  const std::string table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::Para("x") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/>"
                                     "<w:footerReference w:type=\"default\" r:id=\"rId11\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType,
                testing::HeaderXml(table + testing::Para("Domestic Homicide Review")), "header", "rId10")
          .Part("word/footer1.xml", testing::kFooterType,
                testing::FooterXml("<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:fldSimple "
                                   "w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"),
                "footer", "rId11"));
  REQUIRE(MarkDocument(package, Sensitive()).ok());
  Package marked = testing::Reopened(package);
  CHECK(HeaderFooterTexts(marked) ==
        std::map<std::string, Texts>{{"word/header1.xml", {"OFFICIAL-SENSITIVE", "Cell", "Domestic Homicide Review"}},
                                     {"word/footer1.xml", {"Page 1", "OFFICIAL-SENSITIVE"}}});
  CHECK(marked.Bytes("word/footer1.xml").find("w:instr=\" PAGE \"") != std::string::npos);
  CHECK(marked.PartsOfKind(PartKind::kHeader).size() == 1);
}

TEST_CASE("mark: marking a marked document replaces the marking, never doubles it") {
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::SectionBreak("one", "<w:titlePg/>") + testing::Para("two") +
                "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("Title")), "header",
                "rId10"));
  MarkingOptions official;
  official.classification = Classification::kOfficial;
  REQUIRE(MarkDocument(package, official).ok());
  const size_t parts = package.parts().size();
  REQUIRE(MarkDocument(package, Sensitive("PERSONAL", 2)).ok());
  REQUIRE(MarkDocument(package, Sensitive("PERSONAL", 3)).ok());
  Package marked = testing::Reopened(package);
  CHECK(marked.parts().size() == parts);
  for (const auto& [part, texts] : HeaderFooterTexts(marked)) {
    CAPTURE(part);
    CHECK(std::count(texts.begin(), texts.end(), "OFFICIAL-SENSITIVE PERSONAL") == 1);
    CHECK(std::count(texts.begin(), texts.end(), "OFFICIAL") == 0);
    CHECK(std::count(texts.begin(), texts.end(), "DRAFT 2") == 0);
  }
  CHECK(ParagraphTexts(marked, "word/header1.xml") == Texts{"OFFICIAL-SENSITIVE PERSONAL", "DRAFT 3", "Title"});
  const std::string styles = marked.Bytes("word/styles.xml");
  CHECK(styles.find("DhrMarking") == styles.rfind("DhrMarking"));
}

TEST_CASE("mark: a marking typed by hand is replaced by ours") {
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::Para("x") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType,
                testing::HeaderXml(testing::Para("Official") + testing::Para("Review of Adult X")), "header",
                "rId10"));
  REQUIRE(MarkDocument(package, Sensitive()).ok());
  CHECK(ParagraphTexts(package, "word/header1.xml") == Texts{"OFFICIAL-SENSITIVE", "Review of Adult X"});
}

TEST_CASE("mark: a header written with another prefix for WordprocessingML gets paragraphs in that namespace") {
  const std::string header =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ns0:hdr "
      "xmlns:ns0=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><ns0:p><ns0:r><ns0:t>Own"
      "</ns0:t></ns0:r></ns0:p></ns0:hdr>";
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::Para("x") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, header, "header", "rId10"));
  REQUIRE(MarkDocument(package, Sensitive()).ok());
  Package marked = testing::Reopened(package);
  CHECK(marked.Bytes("word/header1.xml").find("<ns0:pStyle ns0:val=\"DhrMarking\"/>") != std::string::npos);
  CHECK(ParagraphTexts(marked, "word/header1.xml") == Texts{"OFFICIAL-SENSITIVE", "Own"});
}

TEST_CASE("mark: a reference to a missing part is pointed at a new part") {
  Package package = OpenFixture(DocxFixture().Body(
      testing::Para("x") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId99\"/></w:sectPr>"));
  REQUIRE(MarkDocument(package, Sensitive()).ok());
  Package marked = testing::Reopened(package);
  CHECK(Referenced(marked, HeaderOrFooter::kHeader, PageKind::kDefault) == Texts{"word/header1.xml"});
  CHECK(marked.Bytes(marked.main_document()).find("rId99") == std::string::npos);
}

}  // namespace
}  // namespace dhr
