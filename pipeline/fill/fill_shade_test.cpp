// {{shade path}}: a table cell's shading from the data (a status shown as a colour), in repeated
// rows, keeping the template's own shading when the value is empty; its mistakes reported.
#include <doctest/doctest.h>


#include "pipeline/fill/fill.h"
#include "pipeline/fill/fill_test_support.h"
#include "tests/real_readers.h"

namespace dhr {
namespace {

using namespace fill_testing;

std::string Cell(const std::string& properties, const std::string& text) {
  return "<w:tc>" + properties + Paragraph(text) + "</w:tc>";
}

std::string StatusTable(const std::string& status_cell_properties) {
  return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/>"
         "<w:gridCol w:w=\"3000\"/></w:tblGrid>"
         "<w:tr>" + Cell("", "Action") + Cell("", "Status") + "</w:tr>"
         "<w:tr>" + Cell("", "{{#each rows}}{{action}}") +
         Cell(status_cell_properties, "{{status}}{{shade colour}}{{/each}}") + "</w:tr></w:tbl>";
}

const nlohmann::json kRows = {{"rows",
                               {{{"action", "Audit"}, {"status", "RED"}, {"colour", "FF0000"}},
                                {{"action", "Train"}, {"status", "AMBER"}, {"colour", "ffc000"}},
                                {{"action", "Review"}, {"status", ""}, {"colour", nullptr}}}}};

TEST_CASE("fill shade: each repeated row's cell takes the colour of its item, in w:tcPr's schema order") {
  // The template's cell has a width and a vertical alignment: w:shd goes between them.
  Filled filled = FilledFixture(
      DocxFixture().Body(StatusTable("<w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>")),
      kRows);
  CHECK(Text(filled.package) == "Action\nStatus\nAudit\nRED\nTrain\nAMBER\nReview\n\n");
  const std::string body = Body(filled.package);
  CHECK(body.find("<w:tcW w:w=\"3000\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FF0000\"/>"
                  "<w:vAlign w:val=\"center\"/>") != std::string::npos);
  CHECK(body.find("w:fill=\"ffc000\"") != std::string::npos);
  CHECK(Count(body, "<w:shd ") == 2);  // the third row has no colour: no shading
  CHECK(body.find("{{") == std::string::npos);
  CHECK(filled.report.warnings.empty());
}

TEST_CASE("fill shade: a cell without properties gets them; an empty value keeps the template's own shading") {
  Filled bare = FillFixture(DocxFixture().Body(StatusTable("")), kRows);
  REQUIRE_MESSAGE(bare.status.ok(), bare.status.Describe());
  CHECK(Body(bare.package).find("<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FF0000\"/></w:tcPr>") !=
        std::string::npos);

  Filled grey = FillFixture(DocxFixture().Body(StatusTable("<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" "
                                                           "w:fill=\"D9D9D9\"/></w:tcPr>")),
                            kRows);
  REQUIRE_MESSAGE(grey.status.ok(), grey.status.Describe());
  const std::string body = Body(grey.package);
  CHECK(Count(body, "w:fill=\"D9D9D9\"") == 1);  // the third row, whose colour is null
  CHECK(Count(body, "w:fill=\"FF0000\"") == 1);
  CHECK(Count(body, "<w:shd ") == 3);  // one per cell: replaced, never doubled
}

TEST_CASE("fill shade: through FillToDocx the same bytes come out") {
  const DocxFixture fixture = DocxFixture().Body(StatusTable(""));
  auto bytes = FillToDocx(Open(fixture), kRows, {}, nullptr);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
  Package streamed = Open(*bytes);
  Filled filled = FillFixture(fixture, kRows);
  CHECK(Body(streamed) == Body(filled.package));
}

TEST_CASE("fill shade: a value that is not a colour is an error naming the tag; outside a cell, twice in a cell") {
  Filled bad = FillFixture(DocxFixture().Body(StatusTable("")),
                           {{"rows", {{{"action", "A"}, {"status", "RED"}, {"colour", "red"}}}}});
  CHECK_FALSE(bad.status.ok());
  REQUIRE(bad.report.errors.size() == 1);
  CHECK(bad.report.errors[0].id == "fill.bad_colour");
  CHECK(bad.report.errors[0].message.find("\"colour\" is \"red\"") != std::string::npos);

  // Placement mistakes are found once the tags themselves are well formed.
  Package misplaced = Open(DocxFixture().Body(
      Paragraph("Status {{shade colour}}") +
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr>" +
      Cell("", "{{shade a}} and {{shade b}}") + "</w:tr></w:tbl>"));
  std::vector<TemplateError> errors = CheckTemplate(misplaced);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].id == "template.shade_outside_cell");
  CHECK(errors[0].paragraph == 1);
  CHECK(errors[1].id == "template.duplicate_shade");
  CHECK(errors[1].paragraph == 2);

  Package nameless = Open(DocxFixture().Body(Paragraph("{{shade}}")));
  errors = CheckTemplate(nameless);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].id == "template.bad_path");
}

TEST_CASE("fill shade: LibreOffice and python-docx read the shaded cells" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  auto bytes = FillToDocx(Open(DocxFixture().Body(StatusTable("<w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>"))),
                          kRows, {}, nullptr);
  REQUIRE(bytes.ok());
  testing::WriteFile(dir.File("shaded.docx"), *bytes);
  CHECK(testing::PythonDocxOpens({dir.File("shaded.docx")}) == "");
  // LibreOffice keeps the fill when it saves the document again as .docx.
  auto saved = testing::ConvertWithLibreOffice({dir.File("shaded.docx")}, "docx:MS Word 2007 XML", dir.File("resaved"));
  REQUIRE(saved.size() == 1);
  Package resaved = Open(testing::ReadFile(saved.begin()->second));
  const std::string body = Body(resaved);
  CHECK(body.find("FF0000") != std::string::npos);
  CHECK(body.find("FFC000") != std::string::npos);
}

}  // namespace
}  // namespace dhr
