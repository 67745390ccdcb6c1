// The fill stage end to end on small templates: placeholders, the three block placements,
// nesting, conditionals, filters, every text part, big tables, both output paths.
#include "pipeline/fill/fill.h"

#include <doctest/doctest.h>

#include "pipeline/fill/fill_test_support.h"
#include "tests/real_readers.h"

namespace dhr {
namespace {

using namespace fill_testing;

std::string Table(const std::string& rows) {
  return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/>"
         "<w:gridCol w:w=\"3000\"/></w:tblGrid>" + rows + "</w:tbl>";
}
std::string Row(const std::string& a, const std::string& b) {
  return "<w:tr><w:tc>" + Paragraph(a) + "</w:tc><w:tc>" + Paragraph(b) + "</w:tc></w:tr>";
}

const nlohmann::json kData = {
    {"victim", {{"name", "Adult X"}, {"pseudonym", "Anna"}}},
    {"homicide", {{"date", "2022-06-08"}}},
    {"csp", "Safer Sheffield"},
    {"agencies", {{{"name", "Police"}, {"contacts", {{{"date", "2021-03-04"}, {"what", "Call"}}}}},
                  {{"name", "GP"}, {"contacts", {{{"date", "2021-05-06"}, {"what", "Visit"}},
                                                {{"date", "2021-07-08"}, {"what", "Letter"}}}}}}},
    {"tags", {"one", "two"}},
    {"referred", true},
    {"children", 0}};

TEST_CASE("fill: a placeholder Word split across runs, spell-check marks and formatting is filled in the first run's formatting") {
  DocxFixture template_docx;
  template_docx.Body(
      "<w:p><w:r><w:t xml:space=\"preserve\">Victim: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{{ vic</w:t></w:r>"
      "<w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:i/></w:rPr><w:t>tim.na</w:t></w:r>"
      "<w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\">me }} (</w:t></w:r><w:r><w:t>{</w:t></w:r>"
      "<w:r><w:t>{csp}</w:t></w:r><w:r><w:t>})</w:t></w:r></w:p>");
  Filled filled = FilledFixture(template_docx, kData);
  CHECK(Text(filled.package) == "Victim: Adult X (Safer Sheffield)\n");
  const std::string body = Body(filled.package);
  CHECK(body.find("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Adult X</w:t></w:r>") != std::string::npos);
  CHECK(body.find("{{") == std::string::npos);
  CHECK(body.find("w:i/") == std::string::npos);  // the run that held only part of the tag is gone
  CHECK(filled.report.warnings.empty());
}

TEST_CASE("fill: sections and conditions in each placement: row, paragraph, inline, nested; filters") {
  const struct {
    const char* what;
    std::string body, text;
    const char* element;  // markup counted in the filled body ("" for none)
    size_t count;
  } cases[] = {
      {"tags in different cells of one row repeat the row; the header row stays",
       Table(Row("Agency", "Contacts") + Row("{{#each agencies}}{{name}}", "{{@number}}{{/each}}")),
       "Agency\nContacts\nPolice\n1\nGP\n2\n", "<w:tr>", 3},
      {"tags alone in their paragraphs repeat the paragraphs between them",
       Paragraph("Agencies:") + Paragraph("{{#each agencies}}") + Paragraph("{{@number}}. {{name}}") +
           Paragraph("Seen by {{name | upper}}.") + Paragraph("{{/each}}") + Paragraph("End") + "<w:sectPr/>",
       "Agencies:\n1. Police\nSeen by POLICE.\n2. GP\nSeen by GP.\nEnd\n", "<w:sectPr/>", 1},
      {"both tags in one paragraph repeat the text between them inline",
       Paragraph("Agencies: {{#each agencies}}{{name}}{{#unless @number}}x{{/unless}}; "
                 "{{/each}}and tags {{#each tags}}[{{this}}]{{/each}}."),
       "Agencies: Police; GP; and tags [one][two].\n", "", 0},
      {"nested loops, rows inside repeated paragraphs, names resolved outward",
       Paragraph("{{#each agencies}}") + Paragraph("{{name}} ({{csp}})") +
           Table(Row("{{#each contacts}}{{date | date}}", "{{what}} by {{name}}{{/each}}")) + Paragraph("{{/each}}"),
       "Police (Safer Sheffield)\n4 March 2021\nCall by Police\n"
       "GP (Safer Sheffield)\n6 May 2021\nVisit by GP\n8 July 2021\nLetter by GP\n",
       "<w:tbl>", 2},
      {"#if and #unless with else, in each placement",
       Paragraph("Referred: {{#if referred}}yes{{else}}no{{/if}}; children: {{#if children}}some{{else}}none{{/if}}") +
           Paragraph("{{#unless victim.pseudonym}}") + Paragraph("No pseudonym.") + Paragraph("{{else}}") +
           Paragraph("Pseudonym {{victim.pseudonym}}.") + Paragraph("{{/unless}}") +
           Table(Row("Head", "Row") + Row("{{#if children}}", "") + Row("Children", "{{children}}") +
                 Row("{{else}}", "") + Row("No children", "") + Row("", "{{/if}}")),
       "Referred: yes; children: none\nPseudonym Anna.\nHead\nRow\nNo children\n\n", "<w:tr>", 2},
      {"filters and defaults",
       Paragraph("{{homicide.date | month_year}} / {{ homicide.date | date }} / "
                 "{{victim.name | lower}} / {{ victim.place | default: \u201Cnot known\u201D }}"),
       "June 2022 / 8 June 2022 / adult x / not known\n", "", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    Filled filled = FilledFixture(DocxFixture().Body(c.body), kData);
    CHECK(Text(filled.package) == c.text);
    if (*c.element) CHECK(Count(Body(filled.package), c.element) == c.count);
    CHECK(filled.report.warnings.empty());
  }
}

TEST_CASE("fill: headers, footers, footnotes and endnotes are filled too") {
  DocxFixture template_docx;
  template_docx.Body("<w:p><w:r><w:t>Body {{csp}}</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
      .Part("word/header1.xml", WordType("header"), PartXml("hdr", Paragraph("OFFICIAL {{victim.name}}")), "header",
            "rIdH")
      .Part("word/footer1.xml", WordType("footer"), PartXml("ftr", Paragraph("{{#each tags}}{{this}} {{/each}}")),
            "footer", "rIdF")
      .Part("word/footnotes.xml", WordType("footnotes"),
            PartXml("footnotes", "<w:footnote w:id=\"1\">" + Paragraph("Died {{homicide.date | month_year}}") +
                                     "</w:footnote>"),
            "footnotes", "rIdN")
      .Part("word/endnotes.xml", WordType("endnotes"),
            PartXml("endnotes", "<w:endnote w:id=\"1\">" + Paragraph("CSP: {{csp | upper}}") + "</w:endnote>"),
            "endnotes", "rIdE");
  Filled filled = FilledFixture(template_docx, kData);
  CHECK(Text(filled.package) == "Body Safer Sheffield\n");
  CHECK(Text(filled.package, "word/header1.xml") == "OFFICIAL Adult X\n");
  CHECK(Text(filled.package, "word/footer1.xml") == "one two \n");
  CHECK(Text(filled.package, "word/footnotes.xml") == "Died June 2022\n");
  CHECK(Text(filled.package, "word/endnotes.xml") == "CSP: SAFER SHEFFIELD\n");
}

TEST_CASE("fill: a table whose rows all repeat over an empty list is taken out; a cell keeps a paragraph") {
  Filled filled = FilledFixture(
      DocxFixture().Body(Paragraph("Before") + Table(Row("{{#each none}}{{a}}", "{{/each}}")) +
                         Table("<w:tr><w:tc>" + Paragraph("Kept") + "</w:tc><w:tc>" + Paragraph("{{#if none}}") +
                               Paragraph("gone") + Paragraph("{{/if}}") + "</w:tc></w:tr>") +
                         "<w:sectPr/>"),
      {{"none", nlohmann::json::array()}});
  const std::string body = Body(filled.package);
  CHECK(Count(body, "<w:tbl>") == 1);
  CHECK(Text(filled.package) == "Before\nKept\n\n");
  CHECK(body.find("<w:tc><w:p/></w:tc>") != std::string::npos);
}

TEST_CASE("fill: a 1,000-row table, the same through Fill and through FillToDocx") {
  nlohmann::json data;
  for (int i = 0; i < 1000; ++i)
    data["rows"].push_back({{"date", "2021-01-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1)},
                            {"event", "Event " + std::to_string(i) + " <&>"}});
  DocxFixture template_docx;
  template_docx.Body(Paragraph("Chronology") +
                     Table(Row("Date", "Event") + Row("{{#each rows}}{{date | date}}", "{{event}}{{/each}}")) +
                     "<w:sectPr/>");
  Filled filled = FilledFixture(template_docx, data);
  const std::string body = Body(filled.package);
  CHECK(Count(body, "<w:tr>") == 1001);
  const std::string text = Text(filled.package);
  CHECK(text.find("Date\nEvent\n1 January 2021\nEvent 0 <&>\n2 January 2021\nEvent 1 <&>\n") != std::string::npos);
  CHECK(text.find("20 January 2021\nEvent 999 <&>\n") != std::string::npos);

  auto bytes = FillToDocx(Open(template_docx), data, {}, nullptr);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
  Package streamed = Open(*bytes);
  CHECK(streamed.Bytes("word/document.xml") == filled.package.Bytes("word/document.xml"));
}

TEST_CASE("fill: missing values render empty and are warnings, once per tag with a count") {
  Filled filled = FilledFixture(
      DocxFixture().Body(Paragraph("{{#each agencies}}{{name}}: {{phone}}; {{/each}}{{victim.age}}")), kData);
  CHECK(Text(filled.package) == "Police: ; GP: ; \n");
  REQUIRE(filled.report.warnings.size() == 2);
  CHECK(filled.report.warnings[0].id == "fill.missing_value");
  CHECK(filled.report.warnings[0].occurrences == 2);
  CHECK(filled.report.warnings[0].tag == "{{phone}}");
  CHECK(filled.report.warnings[1].paragraph == 1);
}

TEST_CASE("fill: a strict fill streamed to bytes fails on a missing value and gives no bytes") {
  DocxFixture template_docx;
  template_docx.Body(Table(Row("{{#each agencies}}{{name}}", "{{phone}}{{/each}}")));
  FillOptions strict;
  strict.strict = true;
  FillReport report;
  auto bytes = FillToDocx(Open(template_docx), kData, strict, &report);
  CHECK(bytes.status().id() == "fill.missing_value");
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0].occurrences == 2);
}

TEST_CASE("fill: comments are filled; tags where the fill does not look are warned about") {
  DocxFixture template_docx;
  template_docx.Body(Paragraph("Text"))
      .Part("word/comments.xml", WordType("comments"),
            PartXml("comments", "<w:comment w:id=\"0\" w:author=\"Chair\">" + Paragraph("Check {{csp}}") +
                                    "</w:comment>"),
            "comments", "rIdC")
      .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                   "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                   "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{{csp}}</dc:title>"
                   "</cp:coreProperties>",
                   "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");
  Filled filled = FilledFixture(template_docx, kData);
  CHECK(Text(filled.package, "word/comments.xml") == "Check Safer Sheffield\n");
  REQUIRE(filled.report.warnings.size() == 1);
  CHECK(filled.report.warnings[0].id == "template.part_not_filled");
  CHECK(filled.report.warnings[0].part == "docProps/core.xml");
}

TEST_CASE("fill: LibreOffice reads the filled document and python-docx opens it" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  DocxFixture template_docx;
  template_docx
      .Body(Paragraph("Review of the death of {{victim.pseudonym}}, {{homicide.date | month_year}}") +
            Table(Row("Agency", "Contacts") + Row("{{#each agencies}}{{name}}", "{{contacts.0.what}}{{/each}}")) +
            Paragraph("{{#each tags}}") + Paragraph("Tag {{@number}}: {{this}}") + Paragraph("{{/each}}") +
            "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/></w:sectPr>")
      .Part("word/header1.xml", WordType("header"), PartXml("hdr", Paragraph("OFFICIAL {{csp}}")), "header", "rIdH");
  auto bytes = FillToDocx(Open(template_docx), kData, {}, nullptr);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
  const std::string path = dir.File("filled.docx");
  testing::WriteFile(path, *bytes);
  const std::string text = testing::LibreOfficeText({path})[path];
  CHECK(text.find("Review of the death of Anna, June 2022") != std::string::npos);
  CHECK(text.find("Police") != std::string::npos);
  CHECK(text.find("Visit") != std::string::npos);
  CHECK(text.find("Tag 2: two") != std::string::npos);
  CHECK(text.find("{{") == std::string::npos);
  CHECK(testing::PythonDocxOpens({path}) == "");
}

}  // namespace
}  // namespace dhr
