#include "docx/text.h"

#include <doctest/doctest.h>

#include "tests/docx_fixture.h"

namespace dhr {
namespace {

// One w:p parsed from inline XML; the document stays alive with the fixture.
struct ParagraphFixture {
  explicit ParagraphFixture(const std::string& paragraph_xml) {
    auto parsed = XmlDocument::Parse("<w:document " + std::string(testing::kWordNamespaces) + "><w:body>" +
                                         paragraph_xml + "</w:body></w:document>",
                                     "word/document.xml");
    REQUIRE(parsed.ok());
    doc = std::move(parsed).value();
    paragraphs = Paragraphs(doc.root());
    REQUIRE(!paragraphs.empty());
  }
  ParagraphText Read(TextLayer layer = TextLayer::kVisible) { return ReadParagraph(paragraphs.front(), layer); }
  // The serialised body, without the document wrapper.
  std::string Body() {
    std::string xml = doc.Serialize();
    const size_t from = xml.find("<w:body>") + 8;
    return xml.substr(from, xml.find("</w:body>") - from);
  }
  XmlDocument doc;
  std::vector<xmlNode*> paragraphs;
};

void Replace(ParagraphText& text, const std::string& find, const std::string& with) {
  const size_t at = text.text.find(find);
  REQUIRE(at != std::string::npos);
  REQUIRE(ApplyEdits(text, {{at, at + find.size(), with}}).ok());
}

TEST_CASE("text: a name across runs is read whole and replaced in the formatting of the run where it starts") {
  const struct {
    const char* what;
    std::string paragraph, read, name, code, after;
    std::string body;                     // the paragraph's markup after, when given
    std::vector<std::string> kept, gone;  // markup kept, markup gone
  } cases[] = {
      {"split at spell-check marks",
       "<w:p><w:r><w:t xml:space=\"preserve\">Then Siân Dela</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
       "<w:r><w:rPr><w:b/></w:rPr><w:t>croix</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
       "<w:r><w:t xml:space=\"preserve\">-Webb said</w:t></w:r></w:p>",
       "Then Siân Delacroix-Webb said", "Siân Delacroix-Webb", "Adult X", "Then Adult X said",
       "<w:p><w:r><w:t xml:space=\"preserve\">Then Adult X</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
       "<w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\"> said</w:t></w:r></w:p>", {}, {}},
      {"split across runs of other formatting",
       "<w:p><w:r><w:t xml:space=\"preserve\">Met </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Kier</w:t></w:r>"
       "<w:r><w:rPr><w:b/></w:rPr><w:t>an D'Arcy</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>",
       "Met Kieran D'Arcy.", "Kieran D'Arcy", "Adult XAP", "Met Adult XAP.",
       "<w:p><w:r><w:t xml:space=\"preserve\">Met </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Adult XAP</w:t></w:r>"
       "<w:r><w:t>.</w:t></w:r></w:p>", {}, {}},
      {"a w:noBreakHyphen inside the name reads as U+2011",
       "<w:p><w:r><w:t>Noah Delacroix</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">Webb went</w:t></w:r></w:p>",
       "Noah Delacroix\u2011Webb went", "Noah Delacroix\u2011Webb", "Child X1", "Child X1 went",
       "<w:p><w:r><w:t>Child X1</w:t><w:t xml:space=\"preserve\"> went</w:t></w:r></w:p>", {}, {}},
      {"bookmarks inside the name stay, the name is replaced around them",
       "<w:p><w:r><w:t>Eil</w:t></w:r><w:bookmarkStart w:id=\"3\" w:name=\"_Ref1\"/><w:r><w:t>een Webb</w:t></w:r>"
       "<w:bookmarkEnd w:id=\"3\"/><w:r><w:t xml:space=\"preserve\"> called</w:t></w:r></w:p>",
       "Eileen Webb called", "Eileen Webb", "Adult XM", "Adult XM called", "",
       {"w:bookmarkStart", "w:bookmarkEnd"}, {"een Webb"}},
      {"tabs, breaks, symbols and soft hyphens are one character each",
       "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:softHyphen/><w:t>d</w:t>"
       "<w:sym w:font=\"Wingdings\" w:char=\"F04A\"/></w:r></w:p>",
       "a\tb\nc\u00ADd\uF04A", "b\nc", "X", "a\tX\u00ADd\uF04A", "", {}, {"<w:br/>"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    ParagraphFixture f(c.paragraph);
    ParagraphText text = f.Read();
    CHECK(text.text == c.read);
    Replace(text, c.name, c.code);
    CHECK(text.text == c.after);
    const std::string body = f.Body();
    if (!c.body.empty()) CHECK(body == c.body);
    for (const std::string& markup : c.kept) CHECK_MESSAGE(body.find(markup) != std::string::npos, markup);
    for (const std::string& markup : c.gone) CHECK_MESSAGE(body.find(markup) == std::string::npos, markup);
  }
}

TEST_CASE("text: a name split at spell-check marks is three pieces of text") {
  ParagraphFixture f(
      "<w:p><w:r><w:t xml:space=\"preserve\">Then Siân Dela</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
      "<w:r><w:rPr><w:b/></w:rPr><w:t>croix</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
      "<w:r><w:t xml:space=\"preserve\">-Webb said</w:t></w:r></w:p>");
  CHECK(f.Read().pieces.size() == 3);
}

TEST_CASE("text: a range starting on a tab puts the replacement in the next text of the range") {
  ParagraphFixture f("<w:p><w:r><w:t>a</w:t><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Siân</w:t></w:r></w:p>");
  ParagraphText text = f.Read();
  REQUIRE(ApplyEdits(text, {{1, text.text.size(), "Adult X"}}).ok());
  CHECK(text.text == "aAdult X");
  CHECK(f.Body() == "<w:p><w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Adult X</w:t></w:r></w:p>");
}

TEST_CASE("text: xml:space=preserve is set when the edited text gains edge spaces") {
  ParagraphFixture f("<w:p><w:r><w:t>Siân</w:t></w:r><w:r><w:t>was</w:t></w:r></w:p>");
  ParagraphText text = f.Read();
  REQUIRE(ApplyEdits(text, {{0, 5, "Adult X "}}).ok());  // "Siân" is 5 bytes
  CHECK(text.text == "Adult X was");
  CHECK(f.Body() == "<w:p><w:r><w:t xml:space=\"preserve\">Adult X </w:t></w:r><w:r><w:t>was</w:t></w:r></w:p>");
}

TEST_CASE("text: several edits in one paragraph apply together, in any order") {
  ParagraphFixture f("<w:p><w:r><w:t>Kez met Sian and Kez left</w:t></w:r></w:p>");
  ParagraphText text = f.Read();
  REQUIRE(ApplyEdits(text, {{17, 20, "Adult XAP"}, {0, 3, "Adult XAP"}, {8, 12, "Adult X"}}).ok());
  CHECK(text.text == "Adult XAP met Adult X and Adult XAP left");
}

TEST_CASE("text: overlapping or out-of-range edits are refused and change nothing") {
  ParagraphFixture f("<w:p><w:r><w:t>abcdef</w:t></w:r></w:p>");
  ParagraphText text = f.Read();
  CHECK(ApplyEdits(text, {{0, 3, "x"}, {2, 4, "y"}}).id() == "text.overlap");
  CHECK(ApplyEdits(text, {{4, 9, "x"}}).id() == "text.bad_range");
  CHECK(f.Read().text == "abcdef");
}

TEST_CASE("text: deleted text and field codes are separate layers") {
  ParagraphFixture f(
      "<w:p><w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>Siân </w:delText></w:r></w:del>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD Sian </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>result</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
  CHECK(f.Read().text == "result");
  ParagraphText deleted = f.Read(TextLayer::kDeleted);
  CHECK(deleted.text == "Siân ");
  Replace(deleted, "Siân", "Adult X");
  CHECK(f.Body().find("<w:delText xml:space=\"preserve\">Adult X </w:delText>") != std::string::npos);
  ParagraphText code = f.Read(TextLayer::kFieldCode);
  CHECK(code.text == " MERGEFIELD Sian ");
  Replace(code, "Sian", "Adult X");
  CHECK(f.Read(TextLayer::kFieldCode).text == " MERGEFIELD Adult X ");
  CHECK(f.Read().text == "result");
}

TEST_CASE("text: a text box's paragraphs are their own, in both the DrawingML and VML copies") {
  ParagraphFixture f(
      "<w:p><w:r><w:t>Outer</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
      "<wps:txbx><w:txbxContent><w:p><w:r><w:t>Inner A</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
      "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Inner B</w:t></w:r></w:p>"
      "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space=\"preserve\"> text</w:t></w:r></w:p>");
  REQUIRE(f.paragraphs.size() == 3);
  CHECK(ReadParagraph(f.paragraphs[0]).text == "Outer text");
  CHECK(ReadParagraph(f.paragraphs[1]).text == "Inner A");
  CHECK(ReadParagraph(f.paragraphs[2]).text == "Inner B");
  ParagraphText outer = ReadParagraph(f.paragraphs[0]);
  Replace(outer, "Outer text", "Changed");
  CHECK(ReadParagraph(f.paragraphs[1]).text == "Inner A");  // the run holding the box survives
}

TEST_CASE("text: content controls, hyperlinks, smart tags and insertions are read through") {
  ParagraphFixture f(
      "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent><w:r><w:t>Sian</w:t></w:r></w:sdtContent></w:sdt>"
      "<w:hyperlink r:id=\"rId9\"><w:r><w:t xml:space=\"preserve\"> at</w:t></w:r></w:hyperlink>"
      "<w:smartTag w:uri=\"x\" w:element=\"place\"><w:r><w:t xml:space=\"preserve\"> Quarry</w:t></w:r></w:smartTag>"
      "<w:ins w:id=\"4\" w:author=\"B\"><w:r><w:t xml:space=\"preserve\"> Bank</w:t></w:r></w:ins></w:p>");
  ParagraphText text = f.Read();
  CHECK(text.text == "Sian at Quarry Bank");
  Replace(text, "Quarry Bank", "the family home");
  CHECK(text.text == "Sian at the family home");
}

TEST_CASE("text: inserting into an empty paragraph creates a run") {
  ParagraphFixture f("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:p>");
  ParagraphText text = f.Read();
  REQUIRE(ApplyEdits(text, {{0, 0, "Title"}}).ok());
  CHECK(text.text == "Title");
}

TEST_CASE("text: an insertion just before a tab or break lands before it, not after") {
  ParagraphFixture f("<w:p><w:r><w:tab/><w:t>x</w:t><w:br/></w:r></w:p>");
  ParagraphText text = f.Read();
  REQUIRE(ApplyEdits(text, {{0, 0, "A"}, {2, 2, "B"}, {3, 3, "C"}}).ok());
  CHECK(text.text == "A\txB\nC");
}

TEST_CASE("text: DrawingML paragraphs (charts, SmartArt) are read and edited") {
  auto parsed = XmlDocument::Parse(
      "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:p><a:r><a:t>Contacts with </a:t></a:r>"
      "<a:r><a:rPr b=\"1\"/><a:t>Sian</a:t></a:r></a:p></c:chart>",
      "word/charts/chart1.xml");
  REQUIRE(parsed.ok());
  auto paragraphs = Paragraphs(parsed->root());
  REQUIRE(paragraphs.size() == 1);
  ParagraphText text = ReadParagraph(paragraphs[0]);
  CHECK(text.text == "Contacts with Sian");
  Replace(text, "Sian", "Adult X");
  CHECK(text.text == "Contacts with Adult X");
}

}  // namespace
}  // namespace dhr
