#include "pipeline/mark/sections.h"

#include <doctest/doctest.h>

#include "pipeline/mark/marking_test_support.h"

namespace dhr {
namespace {

using testing::DocxFixture;
using testing::OpenFixture;

std::string MainXml(Package& package) { return package.Bytes(package.main_document()); }

TEST_CASE("sections: section breaks in paragraphs and the body's last properties, in order; text boxes skipped") {
  Package package = OpenFixture(DocxFixture().Body(
      testing::SectionBreak("one", "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") +
      "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:pPr><w:sectPr/></w:pPr></w:p>"
      "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>" +
      testing::SectionBreak("two", "<w:titlePg/>") + "<w:sectPr><w:titlePg w:val=\"0\"/></w:sectPr>"));
  auto sections = SectionProperties(package, false);
  REQUIRE(sections.size() == 3);
  CHECK_FALSE(HasTitlePage(sections[0]));
  CHECK(HasTitlePage(sections[1]));
  CHECK_FALSE(HasTitlePage(sections[2]));
  CHECK_FALSE(package.IsEdited(package.main_document()));
}

TEST_CASE("sections: a body without final section properties gets them when asked") {
  Package package = OpenFixture(DocxFixture().Body(testing::Para("text")));
  CHECK(SectionProperties(package, false).empty());
  auto sections = SectionProperties(package, true);
  REQUIRE(sections.size() == 1);
  CHECK(MainXml(package).find("<w:sectPr/></w:body>") != std::string::npos);
  CHECK(SectionProperties(package, true).size() == 1);
}

TEST_CASE("sections: even and odd headers come from settings, on unless w:val says off") {
  Package off = OpenFixture(DocxFixture());
  CHECK_FALSE(HasEvenAndOddHeaders(off));
  Package on = OpenFixture(DocxFixture().Part("word/settings.xml", testing::kSettingsType,
                                              testing::SettingsXml("<w:evenAndOddHeaders/>"), "settings", "rId5"));
  CHECK(HasEvenAndOddHeaders(on));
  Package zero = OpenFixture(DocxFixture().Part("word/settings.xml", testing::kSettingsType,
                                                testing::SettingsXml("<w:evenAndOddHeaders w:val=\"false\"/>"),
                                                "settings", "rId5"));
  CHECK_FALSE(HasEvenAndOddHeaders(zero));
}

TEST_CASE("sections: a new part has its content type, relationship and a reference placed first in w:sectPr") {
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::Para("x") +
                "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId7\"/><w:pgSz w:w=\"1\" w:h=\"1\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("h")), "header", "rId6")
          .Part("word/footer1.xml", testing::kFooterType, testing::FooterXml(testing::Para("f")), "footer", "rId7"));
  xmlNode* section = SectionProperties(package, false).at(0);
  CHECK(ReferencedPart(package, FindReference(section, HeaderOrFooter::kFooter, PageKind::kDefault)) ==
        "word/footer1.xml");
  CHECK(FindReference(section, HeaderOrFooter::kHeader, PageKind::kDefault) == nullptr);

  auto created = CreateHeaderFooterPart(package, HeaderOrFooter::kHeader);
  REQUIRE(created.ok());
  CHECK(created->name == "word/header2.xml");
  CHECK(created->relationship_id == "rId8");
  AddReference(section, HeaderOrFooter::kHeader, PageKind::kFirst, created->relationship_id);
  package.MarkEdited(package.main_document());
  CHECK(MainXml(package).find("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId7\"/>"
                              "<w:headerReference w:type=\"first\" r:id=\"rId8\"/><w:pgSz") != std::string::npos);

  Package reopened = testing::Reopened(package);
  const PartInfo* info = reopened.Find("word/header2.xml");
  REQUIRE(info != nullptr);
  CHECK(info->kind == PartKind::kHeader);
  xmlNode* again = SectionProperties(reopened, false).at(0);
  CHECK(ReferencedPart(reopened, FindReference(again, HeaderOrFooter::kHeader, PageKind::kFirst)) ==
        "word/header2.xml");
}

TEST_CASE("sections: removing a part takes its relationship and every reference to it") {
  Package package = OpenFixture(
      DocxFixture()
          .Body(testing::SectionBreak("one", "<w:headerReference w:type=\"first\" r:id=\"rId6\"/><w:titlePg/>") +
                "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId6\"/>"
                "<w:headerReference w:type=\"even\" r:id=\"rId9\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("a")), "header", "rId6")
          .Part("word/header2.xml", testing::kHeaderType, testing::HeaderXml(testing::Para("b")), "header", "rId9"));
  RemoveHeaderFooterPart(package, "word/header1.xml");
  Package reopened = testing::Reopened(package);
  CHECK(reopened.Find("word/header1.xml") == nullptr);
  const std::string xml = MainXml(reopened);
  CHECK(xml.find("rId6") == std::string::npos);
  CHECK(xml.find("<w:headerReference w:type=\"even\" r:id=\"rId9\"/>") != std::string::npos);
  CHECK(reopened.Bytes("[Content_Types].xml").find("header1.xml") == std::string::npos);
  for (const Relationship& rel : reopened.Relationships(reopened.main_document())) CHECK(rel.id != "rId6");
}

}  // namespace
}  // namespace dhr
