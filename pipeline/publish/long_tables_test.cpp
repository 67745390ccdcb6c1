#include "pipeline/publish/long_tables.h"

#include <doctest/doctest.h>

#include "pipeline/publish/clean.h"
#include "tests/docx_fixture.h"

namespace dhr::publish {
namespace {

constexpr const char* kStylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

// `rows` rows of a chronology as dhr writes them, each row's cells with `cell_extra` markup.
std::string Chronology(int rows, const std::string& row_attributes) {
  std::string xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
                    "<w:tblGrid><w:gridCol w:w=\"1700\"/></w:tblGrid>";
  for (int i = 0; i < rows; ++i)
    xml += "<w:tr" + row_attributes + "><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"1700\" "
           "w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>"
           "<w:t xml:space=\"preserve\">Contact " + std::to_string(i) + "</w:t></w:r></w:p></w:tc></w:tr>";
  return xml + "</w:tbl>";
}

// A report with a tracked insertion, a comment-free long inert table, and a long table whose rows
// carry revision session ids (which cleaning removes).
std::string Body() {
  return "<w:p w:rsidR=\"00A1\"><w:ins w:id=\"1\" w:author=\"Jo Bloggs\" w:date=\"2024-01-01T00:00:00Z\"><w:r>"
         "<w:t>Inserted.</w:t></w:r></w:ins></w:p>" +
         Chronology(600, "") + "<w:p><w:r><w:t>Between.</w:t></w:r></w:p>" +
         Chronology(600, " w:rsidR=\"00B2\" w:rsidTr=\"00B2\"") + "<w:p><w:r><w:t>After.</w:t></w:r></w:p>";
}

std::string Normalised(const std::string& xml) {
  auto parsed = XmlDocument::Parse(xml, "part");
  REQUIRE(parsed.ok());
  return parsed->Serialize();
}

std::string CleanedMain(testing::DocxFixture fixture, bool set_aside, bool* any_set_aside = nullptr) {
  auto package = Package::Open(fixture.Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  if (!set_aside) {
    REQUIRE(CleanForPublication(*package, {}, nullptr).ok());
    return package->Bytes(main);
  }
  REQUIRE(package->PutPart(main, package->Bytes(main), {}, Package::PartParsing::kOnFirstUse).ok());
  auto aside = SetAsideInertTables(*package);
  REQUIRE(aside.ok());
  if (any_set_aside) *any_set_aside = !aside->empty();
  REQUIRE(CleanForPublication(*package, {}, nullptr).ok());
  REQUIRE(aside->PutBack(*package).ok());
  return package->Bytes(main);
}

TEST_CASE("long tables: cleaning with the inert tables set aside gives the document cleaning the whole tree gives") {
  const testing::DocxFixture fixture = testing::DocxFixture().Body(Body());
  bool any = false;
  const std::string aside = CleanedMain(fixture, true, &any);
  CHECK(any);
  CHECK(aside.find("w:rsid") == std::string::npos);  // the table with session ids was cleaned in the tree
  CHECK(aside.find("<w:ins") == std::string::npos);
  CHECK(aside.find("Contact 599") != std::string::npos);
  CHECK(Normalised(aside) == Normalised(CleanedMain(fixture, false)));
}

TEST_CASE("long tables: none is set aside when a style hides text, which cleaning must then remove") {
  const std::string styles =
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" "
      "w:styleId=\"TableText\"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>";
  testing::DocxFixture fixture = testing::DocxFixture().Body(Body());
  fixture.Part("word/styles.xml", kStylesType, styles, "styles", "rIdStyles");
  bool any = true;
  const std::string cleaned = CleanedMain(fixture, true, &any);
  CHECK_FALSE(any);
  CHECK(cleaned.find("Contact 5") == std::string::npos);  // hidden by its style, removed
}

}  // namespace
}  // namespace dhr::publish
