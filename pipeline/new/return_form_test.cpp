// The return form read back by the chronology's own readers: the headings where dhr chronology
// looks for them, the header fields skipped, the header's agency given to rows without one, date
// cells as dates, and the seed's guidance on every heading.
#include "pipeline/new/return_form.h"

#include <doctest/doctest.h>

#include "docx/archive.h"
#include "pipeline/chronology/chronology.h"
#include "pipeline/chronology/table.h"

namespace dhr {
namespace {

std::string Form(const ReturnForm& form) {
  auto bytes = WriteReturnForm(form);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
  return *bytes;
}

std::string Part(const std::string& xlsx, const std::string& name) {
  auto archive = ReadArchive(xlsx);
  REQUIRE(archive.ok());
  for (const ArchiveEntry& entry : archive->entries)
    if (entry.name == name) return entry.data;
  FAIL("no part " << name);
  return {};
}

ReturnForm PoliceForm() {
  ReturnForm form;
  form.review = "SNP DHR 2024/01";
  form.agency = "Westshire Police";
  form.person_completing = "Detective Sergeant, Public Protection Unit";
  ReturnFormRow call;
  call.from = Date{2022, 5, 22};
  call.client_code = "Adult X";
  call.staff_code = "Police officer 1";
  call.source = "Incident log";
  call.event = "Call from a neighbour reporting shouting.";
  call.seen = "Yes";
  call.action = "DASH risk assessment completed.";
  ReturnFormRow stay = call;
  stay.agency = "Westshire Police custody";
  stay.from = Date{2021, 3, 1};
  stay.to = Date{2021, 3, 3};
  stay.event = "Adult XAP held in custody.";
  stay.client_code = "Adult XAP";
  stay.seen = "No";
  form.rows = {call, stay};
  return form;
}

TEST_CASE("return form: the nine columns on the heading row, below the header fields DHR case, Agency, Person completing") {
  auto table = ReadXlsxTable(Form(PoliceForm()), "police.xlsx", {});
  REQUIRE_MESSAGE(table.ok(), table.status().Describe());
  REQUIRE(table->rows.size() >= 5);
  std::vector<std::string> labels;
  for (const TableRow& row : table->rows)
    if (row.number < kReturnFormHeadingRow && !row.cells.empty()) labels.push_back(row.cells[0].text);
  REQUIRE(labels.size() >= 4);
  CHECK(labels[0] == "Chronology of agency involvement");
  CHECK(labels[1] == "DHR case:");
  CHECK(labels[2] == "Agency:");
  CHECK(labels[3] == "Person completing chronology:");
  const TableRow* headings = nullptr;
  for (const TableRow& row : table->rows)
    if (row.number == kReturnFormHeadingRow) headings = &row;
  REQUIRE(headings);
  std::vector<std::string> texts;
  for (const TableCell& cell : headings->cells) texts.push_back(cell.text);
  CHECK(texts == std::vector<std::string>{"Agency", "Date from", "Date to", "Client code", "Staff code",
                                          "Source of information", "Event", "Client seen", "Action"});
  CHECK(table->rows[1].cells.size() > 1);
  CHECK(table->rows[1].cells[1].text == "SNP DHR 2024/01");
}

TEST_CASE("return form: rows written with dates are date cells, and the chronology merges them in date order") {
  const std::string xlsx = Form(PoliceForm());
  auto table = ReadXlsxTable(xlsx, "police.xlsx", {});
  REQUIRE(table.ok());
  const TableRow& first = table->rows[table->rows.size() - 2];
  REQUIRE(first.cells.size() > 2);
  REQUIRE(first.cells[1].date.has_value());
  CHECK(*first.cells[1].date == Date{2022, 5, 22});
  CHECK(first.cells[1].text == "22 May 2022");

  ChronologyRules rules;
  rules.client_codes = {"Adult X", "Adult XAP"};
  ChronologyReading reading = ReadChronology({ChronologyFile{"police.xlsx", xlsx}}, rules);
  CHECK(reading.errors.empty());
  REQUIRE(reading.chronology.entries.size() == 2);
  const ChronologyEntry& custody = reading.chronology.entries[0];
  CHECK(custody.from.date == Date{2021, 3, 1});
  REQUIRE(custody.to.has_value());
  CHECK(custody.to->date == Date{2021, 3, 3});
  CHECK(custody.agency == "Westshire Police custody");
  CHECK(custody.seen == std::optional<bool>(false));
  const ChronologyEntry& call = reading.chronology.entries[1];
  CHECK(call.agency == "Westshire Police");  // the header field's, not the file name's "Police"
  CHECK(call.source == "Incident log");
  CHECK(call.client_codes == std::vector<std::string>{"Adult X"});
  CHECK(call.seen == std::optional<bool>(true));
}

TEST_CASE("return form: blank, it reads as an agency chronology with no contacts and no problems") {
  const std::string xlsx = Form(ReturnForm{});
  ChronologyReading reading = ReadChronology({ChronologyFile{"chronology-return-form.xlsx", xlsx}}, ChronologyRules{});
  CHECK(reading.errors.empty());
  CHECK(reading.chronology.warnings.empty());
  CHECK(reading.chronology.entries.empty());
}

TEST_CASE("return form: every heading carries the seed's guidance as a comment, and the Guidance sheet repeats it") {
  const std::string xlsx = Form(ReturnForm{});
  const std::string comments = Part(xlsx, "xl/comments1.xml");
  const std::string guidance_sheet = Part(xlsx, "xl/worksheets/sheet2.xml") + Part(xlsx, "xl/sharedStrings.xml");
  REQUIRE(ReturnFormColumns().size() == 9);
  for (const ReturnFormColumn& column : ReturnFormColumns()) {
    CAPTURE(column.heading);
    std::string escaped;
    for (const char* c = column.guidance; *c; ++c) escaped += *c == '\'' ? std::string("&apos;") : std::string(1, *c);
    CHECK((comments.find(column.guidance) != std::string::npos || comments.find(escaped) != std::string::npos));
    CHECK(guidance_sheet.find(column.heading) != std::string::npos);
  }
  // Client seen offers Yes or No.
  CHECK(Part(xlsx, "xl/worksheets/sheet1.xml").find("\"Yes,No\"") != std::string::npos);
}

}  // namespace
}  // namespace dhr
