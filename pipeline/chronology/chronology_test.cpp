#include "pipeline/chronology/chronology.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace dhr {
namespace {

const char* kHeader = "Agency,Date from,Date to,Client code,Staff code,Source of information,Event,Client seen,Action\n";

ChronologyRules Rules() {
  ChronologyRules rules;
  rules.client_codes = {"Adult X", "Adult XAP", "Child X1"};
  rules.scope_from = Date{2019, 1, 1};
  rules.scope_to = Date{2022, 11, 19};
  return rules;
}

// The problem of this file, row and id, or null.
const ChronologyProblem* Find(const std::vector<ChronologyProblem>& problems, int row, const std::string& id) {
  for (const ChronologyProblem& p : problems)
    if (p.row == row && p.id == id) return &p;
  return nullptr;
}

TEST_CASE("chronology: entries from several agencies are merged by date, then agency, then file order") {
  const std::vector<ChronologyFile> files = {
      {"police.csv", std::string(kHeader) +
                         "Westshire Police,24 May 2021,,Child X1,PO1,Log,Notification sent,No,MASH\n"
                         "Westshire Police,?22 May 2021,,Adult X; Adult XAP,PO1,Log,Attended,Yes,Recorded\n"},
      {"gp.csv", std::string(kHeader) +
                     "Riverside Medical Practice,22/05/2021,,Adult X,GP1,GP record,Seen,Yes,\n"
                     "Riverside Medical Practice,4 March 2019,,Adult X,GP1,GP record,Wrist,Yes,\n"}};
  ChronologyReading reading = ReadChronology(files, Rules());
  REQUIRE(reading.errors.empty());
  const auto& e = reading.chronology.entries;
  REQUIRE(e.size() == 4);
  CHECK(e[0].from.Text() == "4 March 2019");
  CHECK(e[1].agency == "Riverside Medical Practice");  // same day: agencies in alphabetical order
  CHECK(e[2].agency == "Westshire Police");
  CHECK(e[2].from.Text() == "?22 May 2021");
  CHECK(e[2].client_codes == std::vector<std::string>{"Adult X", "Adult XAP"});
  CHECK(e[3].from.Text() == "24 May 2021");
  CHECK(reading.chronology.agencies == std::vector<std::string>{"Riverside Medical Practice", "Westshire Police"});
  const auto& counts = reading.chronology.counts;
  REQUIRE(counts.size() == 3);
  CHECK(counts[0].agency == "Riverside Medical Practice");
  CHECK(counts[0].year == 2019);
  CHECK(counts[1].year == 2021);
  CHECK(counts[2].agency == "Westshire Police");
  CHECK(counts[2].contacts == 2);
  CHECK(counts[2].seen == 1);
}

TEST_CASE("chronology: every bad row gives its own error with file, row, column and a plain message") {
  const std::vector<ChronologyFile> files = {
      {"police.csv", std::string(kHeader) +
                         "Police,31/02/2020,,Adult X,PO1,Log,Event A,Yes,\n"          // row 2: no such day
                         "Police,05/22/2020,,Adult X,PO1,Log,Event B,Yes,\n"          // row 3: month first
                         "Police,22 May 2020,21 May 2020,Adult X,PO1,Log,Event C,Yes,\n"  // row 4: to before from
                         "Police,23 May 2020,,Adult X,PO1,,Event D,Yes,\n"            // row 5: no source
                         "Police,24 May 2020,,Adult X,PO1,Log,,Yes,\n"                // row 6: no event
                         "Police,25 May 2020,,Adult Z; Adult X,PO1,Log,Event F,Yes,\n"  // row 7: unknown code
                         "Police,26 May 2020,,Adult X,PO1,Log,Event G,Perhaps,\n"     // row 8: seen?
                         "Police,,,Adult X,PO1,Log,Event H,Yes,\n"                    // row 9: no date
                         "Police,27 May 2020,,Adult X,PO1,Log,Same contact,Yes,\n"    // row 10
                         "Police,27/05/2020,,Adult X,PO2,Record,same  CONTACT,No,\n"  // row 11: duplicate of 10
      }};
  ChronologyReading reading = ReadChronology(files, Rules());
  auto expect = [&](int row, const std::string& id, const std::string& described) {
    CAPTURE(row);
    CAPTURE(id);
    const ChronologyProblem* p = Find(reading.errors, row, id);
    REQUIRE(p);
    CHECK(p->file == "police.csv");
    CHECK(p->Describe() == described);
  };
  expect(2, "chronology.bad_date",
         "police.csv: row 2, column 2 (Date from): \"31/02/2020\": there is no such day as 31/2/2020");
  expect(3, "chronology.bad_date",
         "police.csv: row 3, column 2 (Date from): \"05/22/2020\": the month cannot be 22: write dates day first, "
         "the UK way (22/05/2016 or 22 May 2016)");
  expect(4, "chronology.date_order",
         "police.csv: row 4, column 3 (Date to): \"Date to\" (21 May 2020) is before \"Date from\" (22 May 2020)");
  expect(5, "chronology.missing_source",
         "police.csv: row 5, column 6 (Source of information): the source of information is missing: say which record "
         "this contact comes from");
  expect(6, "chronology.missing_event", "police.csv: row 6, column 7 (Event): the event is missing: say what happened");
  expect(7, "chronology.unknown_code",
         "police.csv: row 7, column 4 (Client code): \"Adult Z\" is not the code of anyone in the case (the case's "
         "codes: Adult X, Adult XAP, Child X1)");
  expect(8, "chronology.bad_seen", "police.csv: row 8, column 8 (Client seen): \"Perhaps\": write Yes or No (or leave it empty)");
  expect(9, "chronology.missing_date",
         "police.csv: row 9, column 2 (Date from): the date is missing: every contact needs the date it happened "
         "(\"?22 May 2016\" when uncertain)");
  expect(11, "chronology.duplicate",
         "police.csv: row 11: the same contact twice: Police already reports this event on 27 May 2020 (row 10); "
         "remove one of them");
  CHECK(reading.errors.size() == 9);

  auto built = BuildChronology(files, Rules());
  REQUIRE_FALSE(built.ok());
  CHECK(built.status().id() == "chronology.invalid");
  CHECK(std::count(built.status().message().begin(), built.status().message().end(), '\n') == 8);
}

TEST_CASE("chronology: contacts outside the scope period are warnings and stay in the chronology") {
  const std::vector<ChronologyFile> files = {
      {"csc.csv", std::string(kHeader) + "CSC,21 November 2022,,Child X1,SW1,Record,Placed,Yes,\n"
                                         "CSC,3 March 2018,4 March 2018,Child X1,SW1,Record,Earlier,Yes,\n"
                                         "CSC,30 December 2018,2 January 2019,Child X1,SW1,Record,Across,Yes,\n"}};
  ChronologyReading reading = ReadChronology(files, Rules());
  REQUIRE(reading.errors.empty());
  CHECK(reading.chronology.entries.size() == 3);
  const auto& w = reading.chronology.warnings;
  REQUIRE(w.size() == 2);  // the contact that runs into the period is inside it
  CHECK(w[0].id == "chronology.out_of_scope");
  CHECK(w[0].warning);
  CHECK(w[0].Describe() ==
        "csc.csv: row 2, column 2 (Date from): 21 November 2022 is outside the review's scope period (1 January 2019 to "
        "19 November 2022): kept in the chronology; check it belongs");
  CHECK(w[1].row == 3);
}

TEST_CASE("chronology: headings are matched loosely, found below a title, and the agency comes from the file name") {
  const std::vector<ChronologyFile> files = {
      {"chronology/gp-practice.csv",
       "GP practice chronology,,,\n"
       ",,,\n"
       "DATE ,  source ,EVENT:,client_seen,Client Code(s)\n"
       "4 March 2019,GP record,Wrist,y,Adult X\n"}};
  ChronologyReading reading = ReadChronology(files, Rules());
  REQUIRE(reading.errors.empty());
  REQUIRE(reading.chronology.entries.size() == 1);
  const ChronologyEntry& e = reading.chronology.entries[0];
  CHECK(e.agency == "Gp Practice");
  CHECK(e.row == 4);
  CHECK(e.seen == true);
  CHECK(e.client_codes == std::vector<std::string>{"Adult X"});
}

TEST_CASE("chronology: a file without headings, or without a source column, is one error") {
  ChronologyReading no_headings = ReadChronology({{"notes.csv", "just,some,text\n"}}, Rules());
  REQUIRE(no_headings.errors.size() == 1);
  CHECK(no_headings.errors[0].id == "chronology.no_headings");
  ChronologyReading no_source = ReadChronology({{"x.csv", "Date,Event\n1 May 2020,Seen\n"}}, Rules());
  REQUIRE_FALSE(no_source.errors.empty());
  CHECK(no_source.errors[0].Describe() == "x.csv: row 1: the headings have no \"Source of information\" column");
}

TEST_CASE("chronology: the data tree holds the rows in order and the counts") {
  const std::vector<ChronologyFile> files = {
      {"police.csv", std::string(kHeader) +
                         "Westshire Police,?22 May 2021,23 May 2021,Adult X; Adult XAP,PO1,Log,Attended,Yes,Recorded\n"
                         "Westshire Police,1 June 2021,,Adult X,PO1,Log,Called,,\n"}};
  auto chronology = BuildChronology(files, Rules());
  REQUIRE(chronology.ok());
  const nlohmann::json data = ChronologyData(*chronology);
  REQUIRE(data["rows"].size() == 2);
  // The rows are a table: each a list of values in ChronologyRowFields' order.
  auto field = [&](size_t row, const std::string& name) {
    const std::vector<std::string>& fields = ChronologyRowFields();
    const size_t at = std::find(fields.begin(), fields.end(), name) - fields.begin();
    REQUIRE(at < fields.size());
    REQUIRE(data["rows"][row].size() == fields.size());
    return data["rows"][row][at];
  };
  CHECK(field(0, "date") == "?22 May 2021");
  CHECK(field(0, "date_to") == "23 May 2021");
  CHECK(field(0, "approximate") == true);
  CHECK(field(0, "agency") == "Westshire Police");
  CHECK(field(0, "codes") == "Adult X; Adult XAP");
  CHECK(field(0, "staff_code") == "PO1");
  CHECK(field(0, "source") == "Log");
  CHECK(field(0, "event") == "Attended");
  CHECK(field(0, "seen") == "Yes");
  CHECK(field(0, "action") == "Recorded");
  CHECK(field(1, "seen") == "");
  CHECK(field(1, "event") == "Called");
  CHECK(data["counts"][0]["contacts"] == 2);
  CHECK(data["counts"][0]["seen"] == 1);
  CHECK(data["totals"][0]["agency"] == "Westshire Police");
  CHECK(data["total"]["contacts"] == 2);
  CHECK(data["first_date"] == "?22 May 2021");
  CHECK(data["last_date"] == "1 June 2021");
}

}  // namespace
}  // namespace dhr
