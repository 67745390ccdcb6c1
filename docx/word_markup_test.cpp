#include "docx/word_markup.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr {
namespace {

using namespace publish::testing;  // the package fixtures the publication tests use
using testing::DocxFixture;

// A body parsed from inline XML; `body` is the w:body element.
struct BodyFixture {
  explicit BodyFixture(const std::string& xml) {
    auto parsed = XmlDocument::Parse(DocxFixture().Body(xml).DocumentXml(), "word/document.xml");
    REQUIRE(parsed.ok());
    doc = std::move(parsed).value();
    body = Child(doc.root(), ns::kW, "body");
  }
  std::string Serialized() const {
    const std::string xml = doc.Serialize();
    const size_t from = xml.find("<w:body>") + 8;
    return xml.substr(from, xml.find("</w:body>") - from);
  }
  std::vector<xmlNode*> Elements(const char* local) {
    return CollectElements(body, [&](const xmlNode* n) { return IsElement(n, ns::kW, local); }, Descend::kYes);
  }
  XmlDocument doc;
  xmlNode* body = nullptr;
};

TEST_CASE("word markup: on/off properties read as Word reads them") {
  BodyFixture f("<w:p><w:r><w:rPr><w:b/><w:i w:val=\"0\"/><w:u w:val=\"on\"/><w:strike w:val=\"false\"/>"
                "<w:caps w:val=\"true\"/></w:rPr></w:r></w:p>");
  xmlNode* properties = f.Elements("rPr").front();
  CHECK(OnOffIsOn(Child(properties, ns::kW, "b")));
  CHECK(!OnOffIsOn(Child(properties, ns::kW, "i")));
  CHECK(OnOffIsOn(Child(properties, ns::kW, "u")));
  CHECK(!OnOffIsOn(Child(properties, ns::kW, "strike")));
  CHECK(OnOffIsOn(Child(properties, ns::kW, "caps")));
  CHECK(!OnOffIsOn(nullptr));
}

TEST_CASE("word markup: collecting without descending skips the inside of a match") {
  BodyFixture f("<w:p><w:ins><w:ins><w:r/></w:ins></w:ins><w:ins/></w:p>");
  auto is_ins = [](const xmlNode* n) { return IsElement(n, ns::kW, "ins"); };
  CHECK(CollectElements(f.body, is_ins).size() == 2);
  CHECK(CollectElements(f.body, is_ins, Descend::kYes).size() == 3);
}

TEST_CASE("word markup: unwrapping keeps the children in place and in order") {
  BodyFixture f("<w:p><w:r><w:t>A</w:t></w:r><w:ins><w:r><w:t>B</w:t></w:r><w:r><w:t>C</w:t></w:r></w:ins>"
                "<w:r><w:t>D</w:t></w:r></w:p>");
  UnwrapElement(f.Elements("ins").front());
  CHECK(f.Serialized() == "<w:p><w:r><w:t>A</w:t></w:r><w:r><w:t>B</w:t></w:r><w:r><w:t>C</w:t></w:r>"
                          "<w:r><w:t>D</w:t></w:r></w:p>");
}

TEST_CASE("word markup: a paragraph of properties and bookmarks holds no content") {
  BodyFixture f("<w:p><w:pPr/><w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:proofErr/><w:bookmarkEnd w:id=\"0\"/></w:p>"
                "<w:p><w:hyperlink/></w:p>");
  auto paragraphs = f.Elements("p");
  CHECK(!ParagraphHasContent(paragraphs[0]));
  CHECK(ParagraphHasContent(paragraphs[1]));
}

TEST_CASE("word markup: the next block skips range markup and stops at the end") {
  BodyFixture f("<w:p/><w:bookmarkEnd w:id=\"0\"/><w:tbl/><w:p/>");
  auto paragraphs = f.Elements("p");
  CHECK(IsElement(NextBlock(paragraphs[0]), ns::kW, "tbl"));
  CHECK(NextBlock(paragraphs[1]) == nullptr);
}

TEST_CASE("word markup: moving content to the front of a paragraph keeps the target's properties first") {
  BodyFixture f("<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr><w:r><w:t>A</w:t></w:r><w:bookmarkStart w:id=\"1\"/></w:p>"
                "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>B</w:t></w:r></w:p><w:p/>");
  auto paragraphs = f.Elements("p");
  MoveContentToFront(paragraphs[0], paragraphs[1]);
  MoveContentToFront(paragraphs[1], paragraphs[2]);
  CHECK(f.Serialized() == "<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:p><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr></w:p>"
                          "<w:p><w:r><w:t>A</w:t></w:r><w:bookmarkStart w:id=\"1\"/><w:r><w:t>B</w:t></w:r></w:p>");
}

TEST_CASE("word markup: content moved out of an element that declares a namespace keeps it declared") {
  BodyFixture f("<w:p><w:smartTag xmlns:st1=\"urn:st\"><w:r st1:kind=\"name\"><w:t>A</w:t></w:r></w:smartTag></w:p>"
                "<w:p xmlns:x=\"urn:x\"><x:mark/><w:r x:a=\"1\"><w:t>B</w:t></w:r></w:p><w:p/>");
  UnwrapElement(f.Elements("smartTag").front());
  auto paragraphs = f.Elements("p");
  MoveContentToFront(paragraphs[1], paragraphs[2]);
  RemoveNode(paragraphs[1]);  // frees the declaration of x
  const std::string body = f.Serialized();
  CHECK(Contains(body, "xmlns:st1=\"urn:st\""));
  CHECK(Contains(body, "st1:kind=\"name\""));
  CHECK(Contains(body, "xmlns:x=\"urn:x\""));
  CHECK(Contains(body, "x:a=\"1\""));
  CHECK(XmlDocument::Parse(f.doc.Serialize(), "word/document.xml").ok());
}

TEST_CASE("word markup: WordprocessingParts lists the Word parts, text parts first") {
  Package package = Open(DocxFixture()
                             .Part("word/styles.xml", WordType("styles"), WordPart("w:styles", ""), "styles", "rId5")
                             .Part("word/header1.xml", WordType("header"), WordPart("w:hdr", "<w:p/>"), "header", "rId6")
                             .Part("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml",
                                   "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/>",
                                   "theme", "rId7"));
  CHECK(WordprocessingParts(package) ==
        std::vector<std::string>{"word/document.xml", "word/header1.xml", "word/styles.xml"});
}

}  // namespace
}  // namespace dhr
