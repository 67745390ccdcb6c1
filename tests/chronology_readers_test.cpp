// The chronology readers on files LibreOffice wrote: a spreadsheet converted from a CSV (UK dates
// become serial numbers under a date format) and a Word table converted from HTML, good rows and
// bad ones, each bad row with the error users must see.
#include <doctest/doctest.h>

#include "pipeline/chronology/chronology.h"
#include "tests/real_readers.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

const char* kCsv =
    "Agency,Date from,Date to,Client code,Staff code,Source of information,Event,Client seen,Action\n"
    "Westshire Police,12/10/2020,13/10/2020,Adult X,PO1,Incident log,\"Attended, spoke to both\",Yes,Recorded\n"
    "Westshire Police,?22 May 2021,,Adult X; Adult XAP,PO1,Incident log,Neighbour called,No,\n"
    "Westshire Police,4 March 2019,,Adult X,PO1,Incident log,Earlier call,Yes,\n"
    "Westshire Police,31/02/2020,,Adult X,PO1,Incident log,Impossible day,Yes,\n"   // row 5
    "Westshire Police,05/22/2020,,Adult X,PO1,Incident log,Month first,Yes,\n"      // row 6
    "Westshire Police,1 June 2020,,Adult X,PO1,,No source,Yes,\n"                   // row 7
    "Westshire Police,2 June 2020,,Adult Q,PO1,Incident log,Unknown person,Yes,\n"  // row 8
    "Westshire Police,3 June 2020,1 June 2020,Adult X,PO1,Incident log,Backwards,Yes,\n"  // row 9
    "Westshire Police,4 March 2019,,Adult X,PO2,Record,earlier  call,No,\n";        // row 10: duplicate of 4

ChronologyRules Rules() {
  ChronologyRules rules;
  rules.client_codes = {"Adult X", "Adult XAP"};
  rules.scope_from = Date{2019, 1, 1};
  rules.scope_to = Date{2022, 11, 19};
  return rules;
}

struct Expected {
  int row;
  std::string id, column, message_end;
};

void CheckErrors(const ChronologyReading& reading, const std::vector<Expected>& expected) {
  for (const Expected& e : expected) {
    CAPTURE(e.row);
    CAPTURE(e.id);
    const ChronologyProblem* found = nullptr;
    for (const ChronologyProblem& p : reading.errors)
      if (p.row == e.row && p.id == e.id) found = &p;
    REQUIRE(found);
    const std::string described = found->Describe();
    CHECK_MESSAGE(described.find(": row " + std::to_string(e.row) + e.column + ": ") != std::string::npos, described);
    CHECK_MESSAGE(described.size() >= e.message_end.size(), described);
    CHECK_MESSAGE(described.compare(described.size() - e.message_end.size(), std::string::npos, e.message_end) == 0,
                  described);
  }
  CHECK(reading.errors.size() == expected.size());
}

TEST_CASE("chronology readers: a spreadsheet LibreOffice wrote from a CSV reads as the CSV does") {
  testing::TempDir dir;
  const std::string csv = dir.File("police.csv");
  testing::WriteFile(csv, kCsv);
  // English (UK) import: 12/10/2020 is 12 October, stored as a serial number under a date format.
  const auto converted = testing::ConvertWithLibreOffice({csv}, "xlsx", dir.File(""), "CSV:44,34,76,1,,2057");
  REQUIRE(converted.count(csv));
  const std::string xlsx_bytes = testing::ReadFile(converted.at(csv));

  auto table = ReadXlsxTable(xlsx_bytes, "police.xlsx", {});
  REQUIRE_MESSAGE(table.ok(), table.status().Describe());
  REQUIRE(table->rows.size() >= 10);
  CHECK(table->rows[1].cells[1].date == Date{2020, 10, 12});  // a serial number, read as a date
  CHECK(table->rows[1].cells[2].date == Date{2020, 10, 13});
  CHECK(table->rows[1].cells[6].text == "Attended, spoke to both");
  CHECK_FALSE(table->rows[2].cells[1].date.has_value());  // "?22 May 2021" stays text
  CHECK(table->rows[2].cells[1].text == "?22 May 2021");

  ChronologyReading from_xlsx = ReadChronology({{"police.xlsx", xlsx_bytes}}, Rules());
  CheckErrors(from_xlsx,
              {{5, "chronology.bad_date", ", column B (Date from)", "there is no such day as 31/2/2020"},
               {6, "chronology.bad_date", ", column B (Date from)",
                "the month cannot be 22: write dates day first, the UK way (22/05/2016 or 22 May 2016)"},
               {7, "chronology.missing_source", ", column F (Source of information)",
                "the source of information is missing: say which record this contact comes from"},
               {8, "chronology.unknown_code", ", column D (Client code)",
                "\"Adult Q\" is not the code of anyone in the case (the case's codes: Adult X, Adult XAP)"},
               {9, "chronology.date_order", ", column C (Date to)",
                "\"Date to\" (1 June 2020) is before \"Date from\" (3 June 2020)"},
               {10, "chronology.duplicate", "",
                "the same contact twice: Westshire Police already reports this event on 4 March 2019 (row 4); "
                "remove one of them"}});

  // The same rows read from the CSV itself give the same entries, day for day.
  ChronologyReading from_csv = ReadChronology({{"police.csv", kCsv}}, Rules());
  REQUIRE(from_csv.chronology.entries.size() == from_xlsx.chronology.entries.size());
  REQUIRE(from_xlsx.chronology.entries.size() == 4);  // the good rows and the duplicate (an error, reported)
  for (size_t i = 0; i < from_csv.chronology.entries.size(); ++i) {
    CHECK(from_csv.chronology.entries[i].from.Text() == from_xlsx.chronology.entries[i].from.Text());
    CHECK(from_csv.chronology.entries[i].event == from_xlsx.chronology.entries[i].event);
  }
  CHECK(from_xlsx.chronology.entries[0].from.Text() == "4 March 2019");
  CHECK(from_xlsx.chronology.entries[2].from.Text() == "12 October 2020");
  CHECK(from_xlsx.chronology.entries[2].to->Text() == "13 October 2020");
  CHECK(from_xlsx.chronology.entries[3].from.Text() == "?22 May 2021");
}

TEST_CASE("chronology readers: a Word table LibreOffice wrote, with line breaks in cells and bad rows") {
  testing::TempDir dir;
  const std::string html = dir.File("school.html");
  testing::WriteFile(html,
                     "<html><body><p>Northbrook Education Safeguarding Team: chronology</p><table border=\"1\">"
                     "<tr><th>Agency</th><th>Date</th><th>Client code</th><th>Source</th><th>Event</th>"
                     "<th>Client seen</th></tr>"
                     "<tr><td>School</td><td>?14 June 2021</td><td>Adult X</td><td>Safeguarding log</td>"
                     "<td>Told the teacher.<br>Logged the same day.</td><td>Yes</td></tr>"
                     "<tr><td>School</td><td>14 Jume 2021</td><td>Adult X</td><td>Log</td><td>Typo</td><td>Yes</td></tr>"
                     "<tr><td>School</td><td>15 June 2021</td><td>Adult X</td><td>Log</td><td></td><td>Maybe</td></tr>"
                     "</table></body></html>");
  const auto converted = testing::ConvertWithLibreOffice({html}, "docx:MS Word 2007 XML", dir.File(""),
                                                         "HTML (StarWriter)");
  REQUIRE(converted.count(html));
  const std::string docx = testing::ReadFile(converted.at(html));
  ChronologyReading reading = ReadChronology({{"school.docx", docx}}, Rules());
  CheckErrors(reading, {{3, "chronology.bad_date", ", column 2 (Date)", "\"Jume\" is not a month"},
                        {4, "chronology.missing_event", ", column 5 (Event)", "the event is missing: say what happened"},
                        {4, "chronology.bad_seen", ", column 6 (Client seen)",
                         "\"Maybe\": write Yes or No (or leave it empty)"}});
  REQUIRE(reading.chronology.entries.size() == 1);
  const ChronologyEntry& e = reading.chronology.entries[0];
  CHECK(e.from.Text() == "?14 June 2021");
  CHECK(e.event == "Told the teacher.\nLogged the same day.");
  CHECK(e.source == "Safeguarding log");
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
