// {{markdown}}: every construct to WordprocessingML, the styles, numbering, footnotes and links it
// needs added to the package, and the result read by LibreOffice and python-docx.
#include <doctest/doctest.h>

#include "pipeline/fill/fill.h"
#include "pipeline/fill/fill_test_support.h"
#include "tests/real_readers.h"

namespace dhr {
namespace {

using namespace fill_testing;

const char* kFindings =
    "# Background\n\n"
    "Text with *emphasis*, **strong**, ~~struck~~, `code` and a [link](https://www.gov.uk/dhr).[^1]\n\n"
    "## Sub heading\n\n"
    "- bullet one\n- bullet two\n  - nested bullet\n\n"
    "1. first\n2. second\n\n"
    "3) restart at three\n\n"
    "> A quote from the family.\n\n"
    "| Agency | Contacts |\n|:--|--:|\n| Police | 3 |\n| GP | 12 |\n\n"
    "- [x] done task\n\n"
    "```\ncode line 1\ncode line 2\n```\n\n"
    "---\n\n"
    "[^1]: Home Office guidance, 2016.\n";

DocxFixture FindingsTemplate() {
  DocxFixture fixture;
  fixture.Body("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Findings</w:t></w:r></w:p>"
               "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t>{{markdown findings}}</w:t></w:r></w:p>" +
               Paragraph("End") + "<w:sectPr/>");
  return fixture;
}

TEST_CASE("fill markdown: every construct becomes Word structure") {
  Filled filled = FilledFixture(FindingsTemplate(), {{"findings", kFindings}});
  Package& package = filled.package;
  const std::string body = Body(package);
  CHECK(body.find("{{") == std::string::npos);
  // Headings under the template's Heading 1.
  CHECK(body.find("<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Background") !=
        std::string::npos);
  CHECK(body.find("<w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Sub heading") !=
        std::string::npos);
  // Paragraphs take the style of the tag's paragraph; inline formatting as run properties.
  CHECK(body.find("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Text with ") !=
        std::string::npos);
  CHECK(body.find("<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">emphasis") != std::string::npos);
  CHECK(body.find("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">strong") != std::string::npos);
  CHECK(body.find("<w:rPr><w:strike/></w:rPr><w:t xml:space=\"preserve\">struck") != std::string::npos);
  CHECK(body.find("<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/></w:rPr><w:t "
                  "xml:space=\"preserve\">code</w:t>") != std::string::npos);
  // Lists, nested lists and numbered lists that restart.
  CHECK(Count(body, "<w:pStyle w:val=\"ListBullet\"/>") == 3);  // two bullets and the task
  CHECK(Count(body, "<w:pStyle w:val=\"ListBullet2\"/>") == 1);
  CHECK(Count(body, "<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/>") == 2);
  CHECK(Count(body, "<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"4\"/>") == 1);
  CHECK(body.find("\u2612 </w:t></w:r><w:r><w:t xml:space=\"preserve\">done task") != std::string::npos);
  // Quote, table with a bold repeated header row and right-aligned column, code, rule.
  CHECK(body.find("<w:pStyle w:val=\"Quote\"/></w:pPr><w:r><w:t xml:space=\"preserve\">A quote") != std::string::npos);
  CHECK(body.find("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>") != std::string::npos);
  CHECK(body.find("<w:tr><w:trPr><w:tblHeader/></w:trPr>") != std::string::npos);
  CHECK(body.find("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Agency") != std::string::npos);
  CHECK(body.find("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">12") != std::string::npos);
  CHECK(body.find("code line 1</w:t></w:r><w:r><w:br/></w:r>") != std::string::npos);
  CHECK(body.find("<w:pBdr><w:bottom w:val=\"single\"") != std::string::npos);

  // The link: a hyperlink to an external relationship.
  const size_t link = body.find("<w:hyperlink r:id=\"");
  REQUIRE(link != std::string::npos);
  const std::string id = body.substr(link + 19, body.find('"', link + 19) - link - 19);
  bool found = false;
  for (const Relationship& rel : package.Relationships("word/document.xml"))
    found |= rel.id == id && rel.external && rel.target == "https://www.gov.uk/dhr" &&
             rel.type.find("/hyperlink") != std::string::npos;
  CHECK(found);
  CHECK(body.find("<w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">link") != std::string::npos);

  // The footnote: a real one, in a footnotes part created with its separators.
  CHECK(body.find("<w:footnoteReference w:id=\"1\"/>") != std::string::npos);
  const PartInfo* notes = package.Find("word/footnotes.xml");
  REQUIRE(notes);
  CHECK(notes->content_type == WordType("footnotes"));
  CHECK(Text(package, "word/footnotes.xml") == "\n\n Home Office guidance, 2016.\n");
  CHECK(package.Bytes("word/footnotes.xml").find("<w:footnoteRef/>") != std::string::npos);

  // The styles it used exist, the list styles numbered.
  const std::string styles = package.Bytes("word/styles.xml");
  for (const char* style : {"Heading2", "Heading3", "ListBullet", "ListBullet2", "ListNumber", "Quote", "TableGrid",
                            "Hyperlink", "FootnoteText", "FootnoteReference"})
    CHECK_MESSAGE(styles.find(std::string("w:styleId=\"") + style + "\"") != std::string::npos, style);
  CHECK(styles.find("<w:name w:val=\"heading 2\"/>") != std::string::npos);
  CHECK(Count(package.Bytes("word/numbering.xml"), "<w:abstractNum ") == 2);
}

TEST_CASE("fill markdown: LibreOffice reads every construct and python-docx opens the file" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  auto bytes = FillToDocx(Open(FindingsTemplate()), {{"findings", kFindings}}, {}, nullptr);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
  const std::string path = dir.File("findings.docx");
  testing::WriteFile(path, *bytes);
  const std::string text = testing::LibreOfficeText({path})[path];
  for (const char* line : {"Findings", "Background", "Text with emphasis, strong, struck, code and a link.",
                           "Sub heading", "bullet one", "nested bullet", "first", "second", "restart at three",
                           "A quote from the family.", "Agency", "Police", "12", "done task", "code line 1",
                           "code line 2", "End"})
    CHECK_MESSAGE(text.find(line) != std::string::npos, line);
  CHECK(text.find("{{") == std::string::npos);
  CHECK(testing::PythonDocxOpens({path}) == "");
}

TEST_CASE("fill markdown: the template's own styles are used, found by their built-in name") {
  const std::string styles = PartXml(
      "styles",
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Aufzhlung\"><w:name w:val=\"List Number\"/><w:pPr><w:numPr>"
      "<w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>");
  const std::string numbering =
      PartXml("numbering", "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                           "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>");
  DocxFixture fixture = FindingsTemplate();
  fixture.Part("word/styles.xml", WordType("styles"), styles, "styles", "rIdS")
      .Part("word/numbering.xml", WordType("numbering"), numbering, "numbering", "rIdN");
  Filled filled = FilledFixture(fixture, {{"findings", "# Heading\n\n5. five\n6. six\n"}});
  const std::string body = Body(filled.package);
  CHECK(body.find("<w:pStyle w:val=\"berschrift2\"/>") != std::string::npos);
  CHECK(body.find("<w:pStyle w:val=\"Aufzhlung\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"8\"/>") !=
        std::string::npos);
  const std::string new_numbering = filled.package.Bytes("word/numbering.xml");
  CHECK(new_numbering.find("<w:num w:numId=\"8\"><w:abstractNumId w:val=\"3\"/><w:lvlOverride w:ilvl=\"0\">"
                           "<w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>") != std::string::npos);
  const std::string new_styles = filled.package.Bytes("word/styles.xml");
  CHECK(new_styles.find("w:styleId=\"Heading2\"") == std::string::npos);
  CHECK(Count(new_styles, "<w:style ") == 3);

  // A style the template lacks is added, based on the template's own default paragraph style.
  Filled quoted = FillFixture(fixture, {{"findings", "> said"}});
  REQUIRE_MESSAGE(quoted.status.ok(), quoted.status.Describe());
  CHECK(quoted.package.Bytes("word/styles.xml").find("w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn "
                                                     "w:val=\"Standard\"/><w:next w:val=\"Standard\"/>") !=
        std::string::npos);
}

TEST_CASE("fill markdown: in a repeated table cell, in a header (footnotes as text), empty or missing") {
  DocxFixture fixture;
  fixture
      .Body("<w:tbl><w:tr><w:tc>" + Paragraph("{{#each rows}}{{name}}") + "</w:tc><w:tc>" +
            Paragraph("{{markdown notes}}") + "</w:tc><w:tc>" + Paragraph("{{/each}}") + "</w:tc></w:tr></w:tbl>" +
            "<w:sectPr/>")
      .Part("word/header1.xml", WordType("header"), PartXml("hdr", Paragraph("{{markdown banner}}")), "header",
            "rIdH");
  const nlohmann::json data = {
      {"rows", {{{"name", "A"}, {"notes", "**Seen** twice\n\n| x |\n|---|\n| 1 |\n"}}, {{"name", "B"}, {"notes", ""}}}},
      {"banner", "OFFICIAL[^n]\n\n[^n]: Until publication."}};
  Filled filled = FilledFixture(fixture, data);
  const std::string body = Body(filled.package);
  CHECK(body.find("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Seen") != std::string::npos);
  CHECK(body.find("</w:tbl><w:p/></w:tc>") != std::string::npos);  // a cell ends with a paragraph
  CHECK(Count(body, "<w:tc><w:p/></w:tc>") == 1);                   // B's empty notes
  CHECK(Text(filled.package, "word/header1.xml") == "OFFICIAL1\n1 Until publication.\n");
  CHECK_FALSE(filled.package.Find("word/footnotes.xml"));
}

}  // namespace
}  // namespace dhr
