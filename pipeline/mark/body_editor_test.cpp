// The marking stage on a main document whose tree is never built agrees with the same stage on the
// tree: the same headers, footers, section references and body text, fixture by fixture.
#include "pipeline/mark/body_editor.h"

#include <doctest/doctest.h>

#include "pipeline/mark/mark.h"
#include "pipeline/mark/marking_test_support.h"
#include "pipeline/mark/sections.h"

namespace dhr {
namespace {

using testing::DocxFixture;
using testing::Para;
using testing::SectionBreak;
using Texts = std::vector<std::string>;

// The package with its main document put back as bytes whose tree is built only when asked for,
// as the fill stage leaves it.
Package Unparsed(const DocxFixture& fixture) {
  Package package = testing::OpenFixture(fixture);
  const std::string main = package.main_document();
  REQUIRE(package.PutPart(main, package.Bytes(main), {}, Package::PartParsing::kOnFirstUse).ok());
  REQUIRE_FALSE(package.IsParsed(main));
  return package;
}

// What a reader of the saved file sees: every header's and footer's texts, every section's
// references (part and kind), the main document's paragraph texts.
struct View {
  std::map<std::string, Texts> headers_and_footers;
  Texts references;
  Texts body;
  bool operator==(const View&) const = default;
};

View Seen(const Package& package) {
  Package saved = testing::Reopened(package);
  View view;
  view.headers_and_footers = testing::HeaderFooterTexts(saved);
  for (xmlNode* section : SectionProperties(saved, false)) {
    std::string line;
    for (HeaderOrFooter which : kHeaderAndFooter)
      for (PageKind kind : kPageKinds)
        if (xmlNode* reference = FindReference(section, which, kind))
          line += std::string(PageKindName(kind)) + "=" + ReferencedPart(saved, reference) + " ";
    view.references.push_back(line);
  }
  view.body = testing::ParagraphTexts(saved, saved.main_document());
  return view;
}

const std::vector<DocxFixture>& Fixtures() {
  static const std::vector<DocxFixture> fixtures = {
      DocxFixture().Body(Para("no section properties")),
      DocxFixture()
          .Body(SectionBreak("one", "<w:headerReference w:type=\"default\" r:id=\"rId10\"/><w:titlePg/>") +
                SectionBreak("two", "<w:titlePg/>") + Para("three") +
                "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId11\"/>"
                "<w:footerReference w:type=\"first\" r:id=\"rId12\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(Para("Review of Adult X")), "header",
                "rId10")
          .Part("word/header2.xml", testing::kHeaderType, testing::HeaderXml(Para("Cover")), "header", "rId11")
          .Part("word/footer1.xml", testing::kFooterType, testing::FooterXml(Para("Page")), "footer", "rId12"),
      DocxFixture()
          .Body(Para("text") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(Para("Odd")), "header", "rId10")
          .Part("word/settings.xml", testing::kSettingsType, testing::SettingsXml("<w:evenAndOddHeaders/>"),
                "settings", "rId11"),
      DocxFixture().Body(Para("OFFICIAL-SENSITIVE: PERSONAL") + Para("Introduction") + Para("OFFICIAL") +
                         "<w:tbl><w:tr><w:tc>" + Para("OFFICIAL") + "</w:tc></w:tr></w:tbl>" +
                         "<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>OFFICIAL</w:t></w:r></w:p>" +
                         "<!-- a comment --><w:p><w:r><w:t><![CDATA[a <b> in CDATA]]></w:t></w:r></w:p>"),
      // A table holding a section break is read tag by tag; one holding none is skipped.
      DocxFixture()
          .Body(Para("before") + "<w:tbl><w:tr><w:tc>" + Para("OFFICIAL") + "</w:tc></w:tr></w:tbl>" +
                "<w:tbl><w:tr><w:tc><w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/>"
                "</w:sectPr></w:pPr></w:p></w:tc></w:tr></w:tbl>" +
                Para("after") + "<w:sectPr><w:titlePg/></w:sectPr>")
          .Part("word/header1.xml", testing::kHeaderType, testing::HeaderXml(Para("In a table")), "header", "rId10"),
      DocxFixture().Body("<w:p><w:r><w:txbxContent><w:p><w:pPr><w:sectPr/></w:pPr></w:p></w:txbxContent></w:r></w:p>" +
                         Para("after the text box")),
  };
  return fixtures;
}

TEST_CASE("body editor: marking and stripping without the main document's tree agree with the tree") {
  for (size_t i = 0; i < Fixtures().size(); ++i) {
    CAPTURE(i);
    Package tree = testing::OpenFixture(Fixtures()[i]);
    Package bytes = Unparsed(Fixtures()[i]);
    MarkingOptions draft;
    draft.draft_number = 3;
    REQUIRE(MarkDocument(tree, draft).ok());
    REQUIRE(MarkDocument(bytes, draft).ok());
    CHECK_FALSE(bytes.IsParsed(bytes.main_document()));
    CHECK(Seen(bytes) == Seen(tree));

    StripReport tree_report, bytes_report;
    REQUIRE(StripMarkings(tree, &tree_report).ok());
    REQUIRE(StripMarkings(bytes, &bytes_report).ok());
    CHECK_FALSE(bytes.IsParsed(bytes.main_document()));
    CHECK(Seen(bytes) == Seen(tree));
    CHECK(bytes_report.removed_parts == tree_report.removed_parts);
    CHECK(bytes_report.removed.size() == tree_report.removed.size());
  }
}

TEST_CASE("body editor: a marking typed alone in the body goes without the tree being built") {
  Package package = Unparsed(DocxFixture().Body(Para("OFFICIAL") + Para("Introduction")));
  StripReport report;
  REQUIRE(StripMarkings(package, &report).ok());
  CHECK_FALSE(package.IsParsed(package.main_document()));
  CHECK(testing::ParagraphTexts(package, package.main_document()) == Texts{"Introduction"});
  REQUIRE(report.removed.size() == 1);
  CHECK(report.removed[0].text == "OFFICIAL");
}

TEST_CASE("body editor: whether the main document uses a style, from its bytes and from its tree alike") {
  const std::set<std::string> ids = {"DhrMarking"};
  const std::string styled = "<w:p><w:pPr><w:pStyle w:val=\"DhrMarking\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>";
  const struct {
    std::string body;
    bool uses;
  } cases[] = {
      {Para("no style at all"), false},
      {Para("DhrMarking is only words here"), false},
      {styled, true},
      {"<w:tbl><w:tr><w:tc>" + styled + "</w:tc></w:tr></w:tbl>", true},
      {"<w:p><w:r><w:txbxContent>" + styled + "</w:txbxContent></w:r></w:p>", true},
      {"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>DhrMarking</w:t></w:r></w:p>", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.body);
    Package bytes = Unparsed(DocxFixture().Body(c.body));
    CHECK(MainDocumentUsesParagraphStyle(bytes, ids) == c.uses);
    CHECK_FALSE(bytes.IsParsed(bytes.main_document()));
    Package tree = testing::OpenFixture(DocxFixture().Body(c.body));
    REQUIRE(tree.Xml(tree.main_document()));
    CHECK(MainDocumentUsesParagraphStyle(tree, ids) == c.uses);
  }
}

}  // namespace
}  // namespace dhr
