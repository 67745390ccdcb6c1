#include "pipeline/chronology/table.h"

#include <doctest/doctest.h>

#include "docx/archive.h"
#include "tests/docx_fixture.h"

namespace dhr {
namespace {

// A small .xlsx from inline XML: the workbook, one or two sheets, shared strings and styles.
struct XlsxFixture {
  std::string workbook_pr;                     // e.g. "<workbookPr date1904=\"1\"/>"
  std::vector<std::pair<std::string, std::string>> sheets;  // name, sheetData content
  std::vector<std::string> shared;             // shared strings
  std::string num_fmts;                        // <numFmt .../> elements
  std::vector<int> xf_formats = {0};           // numFmtId of each cellXfs entry

  std::string Bytes() const {
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Archive a;
    std::string types =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    std::string sheets_xml, rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (size_t i = 0; i < sheets.size(); ++i) {
      const std::string n = std::to_string(i + 1);
      sheets_xml += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
      rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
      a.entries.push_back({"xl/worksheets/sheet" + n + ".xml",
                           "<worksheet xmlns=\"" + main + "\"><sheetData>" + sheets[i].second + "</sheetData></worksheet>"});
    }
    rels += "<Relationship Id=\"rId90\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rId91\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>";
    std::string sst = "<sst xmlns=\"" + main + "\">";
    for (const std::string& s : shared) sst += "<si><t xml:space=\"preserve\">" + s + "</t></si>";
    sst += "<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>phonetic</t></rPh></si></sst>";
    std::string styles = "<styleSheet xmlns=\"" + main + "\"><numFmts>" + num_fmts + "</numFmts><cellXfs>";
    for (int f : xf_formats) styles += "<xf numFmtId=\"" + std::to_string(f) + "\"/>";
    styles += "</cellXfs></styleSheet>";
    a.entries.insert(a.entries.begin(), {"[Content_Types].xml", types + "</Types>"});
    a.entries.push_back({"_rels/.rels",
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                         "</Relationships>"});
    a.entries.push_back({"xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">" + workbook_pr +
                                                "<sheets>" + sheets_xml + "</sheets></workbook>"});
    a.entries.push_back({"xl/_rels/workbook.xml.rels", rels});
    a.entries.push_back({"xl/sharedStrings.xml", sst});
    a.entries.push_back({"xl/styles.xml", styles});
    return *WriteArchive(a);
  }
};

TEST_CASE("csv: quoted fields keep their commas, quotes and line breaks; a BOM and CRLF are read") {
  const std::string csv =
      "\xEF\xBB\xBF" "Agency,Event\r\n"
      "Police,\"Shouting, then \"\"quiet\"\"\r\nnext line\"\r\n"
      "GP,plain\r\n";
  auto table = ReadCsvTable(csv, "police.csv");
  REQUIRE(table.ok());
  REQUIRE(table->rows.size() == 3);
  CHECK(table->rows[0].cells[0].text == "Agency");  // no BOM left on the first heading
  CHECK(table->rows[1].number == 2);
  CHECK(table->rows[1].cells[1].text == "Shouting, then \"quiet\"\r\nnext line");
  CHECK(table->rows[2].number == 3);
  CHECK(table->rows[2].cells[0].text == "GP");
}

TEST_CASE("csv: a field left open is an error naming the file and the row") {
  auto table = ReadCsvTable("Agency,Event\nPolice,\"never closed\n", "police.csv");
  REQUIRE_FALSE(table.ok());
  CHECK(table.status().id() == "chronology.csv");
  CHECK(table.status().Describe().rfind("police.csv: row 2: not valid CSV", 0) == 0);
}

TEST_CASE("spreadsheet serial numbers: the 1900 system (with its phantom leap day) and the 1904 system") {
  CHECK(SpreadsheetSerialDate(1, false) == Date{1900, 1, 1});
  CHECK(SpreadsheetSerialDate(59, false) == Date{1900, 2, 28});
  CHECK_FALSE(SpreadsheetSerialDate(60, false).has_value());  // 29 February 1900 never was
  CHECK(SpreadsheetSerialDate(61, false) == Date{1900, 3, 1});
  CHECK(SpreadsheetSerialDate(42512, false) == Date{2016, 5, 22});
  CHECK(SpreadsheetSerialDate(42512.75, false) == Date{2016, 5, 22});  // a time of day does not move the date
  CHECK(SpreadsheetSerialDate(0, true) == Date{1904, 1, 1});
  CHECK(SpreadsheetSerialDate(42512 - 1462, true) == Date{2016, 5, 22});
  CHECK_FALSE(SpreadsheetSerialDate(-3, false).has_value());
}

TEST_CASE("xlsx: shared, rich and inline strings, numbers, and dates under built-in and custom formats") {
  XlsxFixture x;
  x.shared = {"Agency", "Date from", "Police"};
  x.num_fmts = "<numFmt numFmtId=\"164\" formatCode=\"dd\\-mmm\\-yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
               "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm\"/>";
  x.xf_formats = {0, 14, 164, 165, 166};
  x.sheets = {{"Contacts",
               "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
               "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" s=\"1\"><v>42512</v></c>"
               "<c r=\"C3\" s=\"2\"><v>42513</v></c><c r=\"D3\" s=\"3\"><v>42512</v></c>"
               "<c r=\"E3\" s=\"4\"><v>1.5</v></c><c r=\"F3\" t=\"inlineStr\"><is><t>?22 May 2016</t></is></c>"
               "<c r=\"H3\" t=\"s\"><v>3</v></c><c r=\"I3\" t=\"b\"><v>1</v></c></row>"}};
  auto table = ReadXlsxTable(x.Bytes(), "police.xlsx", {});
  REQUIRE_MESSAGE(table.ok(), table.status().Describe());
  CHECK(table->spreadsheet);
  REQUIRE(table->rows.size() == 2);
  const TableRow& row = table->rows[1];
  CHECK(row.number == 3);
  REQUIRE(row.cells.size() == 9);
  CHECK(row.cells[0].text == "Police");
  CHECK(row.cells[1].date == Date{2016, 5, 22});
  CHECK(row.cells[1].text == "22 May 2016");
  CHECK(row.cells[2].date == Date{2016, 5, 23});
  CHECK_FALSE(row.cells[3].date.has_value());  // "0.00" is a number format
  CHECK(row.cells[3].text == "42512");
  CHECK_FALSE(row.cells[4].date.has_value());  // "[h]:mm" is a duration
  CHECK(row.cells[5].text == "?22 May 2016");
  CHECK(row.cells[6].text == "");              // G3 is missing
  CHECK(row.cells[7].text == "rich text");     // runs joined, phonetic guide left out
  CHECK(row.cells[8].text == "TRUE");
}

TEST_CASE("xlsx: the 1904 date system and a named sheet") {
  XlsxFixture x;
  x.workbook_pr = "<workbookPr date1904=\"1\"/>";
  x.xf_formats = {0, 15};
  x.sheets = {{"Cover", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>cover</t></is></c></row>"},
              {"Chronology", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>41050</v></c></row>"}};
  auto first = ReadXlsxTable(x.Bytes(), "a.xlsx", {});
  REQUIRE(first.ok());
  CHECK(first->rows[0].cells[0].text == "cover");
  auto named = ReadXlsxTable(x.Bytes(), "a.xlsx", {"Chronology"});
  REQUIRE(named.ok());
  CHECK(named->rows[0].cells[0].date == Date{2016, 5, 22});
  auto missing = ReadXlsxTable(x.Bytes(), "a.xlsx", {"Contacts"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().Describe() ==
        "a.xlsx: xl/workbook.xml: the workbook has no sheet named \"Contacts\" (its sheets: \"Cover\", \"Chronology\")");
}

TEST_CASE("xlsx: a cell pointing past the shared strings is an error with its row") {
  XlsxFixture x;
  x.sheets = {{"S", "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>99</v></c></row>"}};
  auto table = ReadXlsxTable(x.Bytes(), "bad.xlsx", {});
  REQUIRE_FALSE(table.ok());
  CHECK(table.status().Describe() ==
        "bad.xlsx: xl/worksheets/sheet1.xml: row 4: a cell refers to shared string 99, which does not exist");
}

TEST_CASE("docx: the first table with chronology headings; a cell's paragraphs joined by line breaks") {
  auto cell = [](const std::string& text) { return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>"; };
  const std::string body =
      "<w:tbl><w:tr>" + cell("Contents") + cell("Page") + "</w:tr></w:tbl>"
      "<w:tbl><w:tr>" + cell("Date") + cell("Event") + "</w:tr><w:tr>" + cell("22/05/2016") +
      "<w:tc><w:p><w:r><w:t>First</w:t></w:r></w:p><w:p><w:r><w:t>second</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  auto table = ReadDocxTable(*WriteArchive(testing::DocxFixture().Body(body).Build()), "school.docx");
  REQUIRE(table.ok());
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[1].number == 2);
  CHECK(table->rows[1].cells[1].text == "First\nsecond");

  auto none = ReadDocxTable(*WriteArchive(testing::DocxFixture().Body("<w:p/>").Build()), "empty.docx");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().id() == "chronology.no_table");
}

TEST_CASE("ReadTable chooses by extension and refuses other formats") {
  CHECK(ReadTable("Agency,Event\n", "x.CSV", {}).ok());
  auto ods = ReadTable("", "police.ods", {});
  REQUIRE_FALSE(ods.ok());
  CHECK(ods.status().id() == "chronology.bad_format");
  CHECK(IsChronologyFileName("police.xlsx"));
  CHECK_FALSE(IsChronologyFileName("~$police.xlsx"));
  CHECK_FALSE(IsChronologyFileName("notes.txt"));
}

}  // namespace
}  // namespace dhr
