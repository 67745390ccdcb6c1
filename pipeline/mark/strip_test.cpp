#include <doctest/doctest.h>

#include "pipeline/mark/mark.h"
#include "pipeline/mark/marking_style.h"
#include "pipeline/mark/marking_test_support.h"

namespace dhr {
namespace {

using testing::DocxFixture;
using testing::HeaderFooterTexts;
using testing::OpenFixture;
using testing::Para;
using testing::ParagraphTexts;
using Texts = std::vector<std::string>;

// The main document's w:body, as serialised.
std::string Body(Package& package) {
  const std::string xml = package.Bytes(package.main_document());
  const size_t from = xml.find("<w:body>");
  return xml.substr(from, xml.find("</w:body>") - from);
}

DocxFixture WithHeaderAndFooter(const std::string& header_paragraphs, const std::string& footer_paragraphs) {
  return DocxFixture()
      .Body(Para("x") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/>"
                        "<w:footerReference w:type=\"default\" r:id=\"rId11\"/></w:sectPr>")
      .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(header_paragraphs), "header", "rId10")
      .Part("word/footer1.xml", testing::kFooterType, testing::FooterXml(footer_paragraphs), "footer", "rId11");
}

TEST_CASE("strip: markings typed by hand in several spellings go; other header text stays") {
  Package package = OpenFixture(WithHeaderAndFooter(
      Para("OFFICIAL") + Para("Official Sensitive") + Para("Overview Report \u2013 DRAFT 3") +
          Para("OFFICIAL-SENSITIVE: PERSONAL") + Para("Review of Adult X") + Para("Draft v2") +
          Para("Protective marking: RESTRICTED") + Para("The official record"),
      Para("Page 3 | OFFICIAL-SENSITIVE") + Para("PROTECT") + Para("Not protectively marked") +
          Para("Classification: OFFICIAL - Sheffield CSP")));
  StripReport report;
  REQUIRE(StripMarkings(package, &report).ok());
  Package stripped = testing::Reopened(package);
  CHECK(HeaderFooterTexts(stripped) ==
        std::map<std::string, Texts>{{"word/header1.xml", {"Overview Report", "Review of Adult X", "The official record"}},
                                     {"word/footer1.xml", {"Page 3", "Sheffield CSP"}}});
  REQUIRE(report.removed.size() == 10);
  CHECK(report.removed[0].part == "word/header1.xml");
  CHECK(report.removed[0].text == "OFFICIAL");
  CHECK(report.removed[0].whole_paragraph);
  CHECK_FALSE(report.removed[0].ours);
  CHECK(report.removed[2].text == " \u2013 DRAFT 3");
  CHECK_FALSE(report.removed[2].whole_paragraph);
  CHECK(report.removed_parts.empty());
}

TEST_CASE("strip: the only paragraph of a header is emptied, not removed, so the part stays valid") {
  Package package = OpenFixture(WithHeaderAndFooter(Para("RESTRICTED"), Para("\tOFFICIAL\t")));
  REQUIRE(StripMarkings(package, nullptr).ok());
  Package stripped = testing::Reopened(package);
  CHECK(HeaderFooterTexts(stripped) ==
        std::map<std::string, Texts>{{"word/header1.xml", {""}}, {"word/footer1.xml", {""}}});
  CHECK(stripped.Bytes("word/header1.xml").find("<w:p/>") != std::string::npos);
}

TEST_CASE("strip: a marking beside a picture or a field loses its text and the paragraph stays") {
  Package package = OpenFixture(WithHeaderAndFooter(
      "<w:p><w:r><w:drawing/></w:r><w:r><w:t>OFFICIAL</w:t></w:r></w:p>" + Para("Title"),
      "<w:p><w:r><w:t xml:space=\"preserve\">OFFICIAL </w:t></w:r><w:fldSimple w:instr=\" PAGE \"/></w:p>" +
          Para("x")));
  REQUIRE(StripMarkings(package, nullptr).ok());
  Package stripped = testing::Reopened(package);
  CHECK(HeaderFooterTexts(stripped) ==
        std::map<std::string, Texts>{{"word/header1.xml", {"", "Title"}}, {"word/footer1.xml", {"", "x"}}});
  CHECK(stripped.Bytes("word/header1.xml").find("<w:drawing/>") != std::string::npos);
  CHECK(stripped.Bytes("word/footer1.xml").find("PAGE") != std::string::npos);
}

TEST_CASE("strip: mark then strip gives back the original headers, footers, parts and styles") {
  DocxFixture fixture =
      DocxFixture()
          .Body(testing::SectionBreak("one", "<w:headerReference w:type=\"default\" r:id=\"rId10\"/><w:titlePg/>") +
                testing::SectionBreak("two", "<w:footerReference w:type=\"even\" r:id=\"rId11\"/><w:titlePg/>") +
                Para("three") + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(Para("Review") + Para("")), "header",
                "rId10")
          .Part("word/footer1.xml", testing::kFooterType, testing::FooterXml(Para("")), "footer", "rId11")
          .Part("word/settings.xml", testing::kSettingsType, testing::SettingsXml("<w:evenAndOddHeaders/>"),
                "settings", "rId12");
  Package original = OpenFixture(fixture);
  Package package = OpenFixture(fixture);
  MarkingOptions options;
  options.descriptor = "PERSONAL";
  options.draft_number = 4;
  REQUIRE(MarkDocument(package, options).ok());
  Package marked = testing::Reopened(package);
  CHECK(marked.PartsOfKind(PartKind::kHeader).size() == 3);  // header1, and new first and even headers
  StripReport report;
  REQUIRE(StripMarkings(marked, &report).ok());
  CHECK(report.removed_parts.size() == 5);  // two headers, three footers
  Package stripped = testing::Reopened(marked);

  CHECK(HeaderFooterTexts(stripped) == HeaderFooterTexts(original));
  REQUIRE(stripped.parts().size() == original.parts().size());
  for (const PartInfo& part : original.parts()) {
    CAPTURE(part.name);
    REQUIRE(stripped.Find(part.name) != nullptr);
    CHECK(stripped.Find(part.name)->content_type == part.content_type);
  }
  CHECK(Body(stripped) == Body(original));
  CHECK(stripped.Bytes("[Content_Types].xml").find("header2") == std::string::npos);
  CHECK(stripped.Find("word/styles.xml") == nullptr);
}

TEST_CASE("strip: a paragraph of ours someone added text to keeps that text and loses our style") {
  Package package = OpenFixture(WithHeaderAndFooter(
      "<w:p><w:pPr><w:pStyle w:val=\"DhrMarking\"/></w:pPr><w:r><w:t>OFFICIAL-SENSITIVE FAMILY - Page 2</w:t>"
      "</w:r></w:p>",
      Para("x")));
  StripReport report;
  REQUIRE(StripMarkings(package, &report).ok());
  CHECK(ParagraphTexts(package, "word/header1.xml") == Texts{"Page 2"});
  CHECK(package.Bytes("word/header1.xml").find("DhrMarking") == std::string::npos);
  REQUIRE(report.removed.size() == 1);
  CHECK(report.removed[0].ours);
  CHECK(report.removed_parts.empty());
}

TEST_CASE("strip: our style is found by its name when another program renamed its id") {
  const std::string styles =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:styles " + std::string(testing::kWordNamespaces) +
      "><w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"DHRMarking\"><w:name w:val=\"DHR Marking\"/></w:style></w:styles>";
  Package package = OpenFixture(
      WithHeaderAndFooter("<w:p><w:pPr><w:pStyle w:val=\"DHRMarking\"/></w:pPr><w:r><w:t>OFFICIAL-SENSITIVE "
                          "HEALTH</w:t></w:r></w:p>" +
                              Para("Title"),
                          Para("x"))
          .Part("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                styles, "styles", "rId12"));
  CHECK(MarkingStyleIds(package) == std::set<std::string>{"DhrMarking", "DHRMarking"});
  REQUIRE(StripMarkings(package, nullptr).ok());
  CHECK(ParagraphTexts(package, "word/header1.xml") == Texts{"Title"});
  const std::string after = package.Bytes("word/styles.xml");
  CHECK(after.find("DHR Marking") == std::string::npos);
  CHECK(after.find("w:styleId=\"Header\"") != std::string::npos);
}

TEST_CASE("strip: a header we created that someone wrote in is kept with what they wrote") {
  Package package = OpenFixture(DocxFixture().Body(Para("x") + "<w:sectPr/>"));
  REQUIRE(MarkDocument(package, MarkingOptions()).ok());
  Package marked = testing::Reopened(package);
  XmlDocument* header = marked.Xml("word/header1.xml");
  REQUIRE(header != nullptr);
  xmlNode* paragraph = NewElementLike(header->root(), "p");
  xmlAddChild(header->root(), paragraph);
  xmlNode* run = NewElementLike(header->root(), "r");
  xmlAddChild(paragraph, run);
  xmlNode* t = NewElementLike(header->root(), "t");
  xmlAddChild(run, t);
  xmlNodeSetContent(t, reinterpret_cast<const xmlChar*>("Chair: J. Smith"));
  marked.MarkEdited("word/header1.xml");

  StripReport report;
  REQUIRE(StripMarkings(marked, &report).ok());
  CHECK(report.removed_parts == Texts{"word/footer1.xml"});
  CHECK(HeaderFooterTexts(marked) == std::map<std::string, Texts>{{"word/header1.xml", {"Chair: J. Smith"}}});
  CHECK(marked.Bytes(marked.main_document()).find("headerReference") != std::string::npos);
  CHECK(marked.Bytes(marked.main_document()).find("footerReference") == std::string::npos);
}

TEST_CASE("strip: final section properties the marking added are gone again") {
  DocxFixture fixture = DocxFixture().Body(Para("no section properties"));
  Package original = OpenFixture(fixture);
  Package package = OpenFixture(fixture);
  REQUIRE(MarkDocument(package, MarkingOptions()).ok());
  CHECK(Body(package).find("<w:sectPr>") != std::string::npos);
  REQUIRE(StripMarkings(package, nullptr).ok());
  CHECK(Body(package) == Body(original));
}

TEST_CASE("strip: a document without markings is left untouched") {
  Package package = OpenFixture(WithHeaderAndFooter(Para("Review of Adult X"), Para("Page 1")));
  StripReport report;
  REQUIRE(StripMarkings(package, &report).ok());
  CHECK(report.removed.empty());
  for (const PartInfo& part : package.parts()) {
    CAPTURE(part.name);
    CHECK_FALSE(package.IsEdited(part.name));
  }
}

TEST_CASE("strip: a marking typed alone in a body paragraph goes; a sentence or a table cell naming OFFICIAL stays") {
  Package package = OpenFixture(DocxFixture().Body(
      Para("OFFICIAL-SENSITIVE: PERSONAL") + Para("Introduction") + Para("OFFICIAL") + Para("RESTRICTED") +
      Para("FOR OFFICIAL USE ONLY") + Para("The OFFICIAL record was kept.") + Para("Official") +
      "<w:tbl><w:tr><w:tc>" + Para("OFFICIAL") + "</w:tc></w:tr></w:tbl>" + Para("OFFICIAL SENSITIVE")));
  StripReport report;
  REQUIRE(StripMarkings(package, &report).ok());
  Package stripped = testing::Reopened(package);
  CHECK(ParagraphTexts(stripped, stripped.main_document()) ==
        Texts{"Introduction", "The OFFICIAL record was kept.", "Official", "OFFICIAL"});
  REQUIRE(report.removed.size() == 5);
  CHECK(report.removed[0].part == "word/document.xml");
  CHECK(report.removed[0].text == "OFFICIAL-SENSITIVE: PERSONAL");
  CHECK(report.removed[0].whole_paragraph);
  CHECK(report.removed[3].text == "FOR OFFICIAL USE ONLY");
}

TEST_CASE("strip: a body marking that is the paragraph holding the section's properties is emptied, not removed") {
  Package package = OpenFixture(DocxFixture().Body(Para("Text") + "<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>OFFICIAL</w:t></w:r></w:p>"));
  REQUIRE(StripMarkings(package, nullptr).ok());
  Package stripped = testing::Reopened(package);
  CHECK(ParagraphTexts(stripped, stripped.main_document()) == Texts{"Text", ""});
  CHECK(Body(stripped).find("<w:sectPr/>") != std::string::npos);
}

}  // namespace
}  // namespace dhr
