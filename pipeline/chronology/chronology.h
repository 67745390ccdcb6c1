// The chronology stage: the agencies' chronologies of their contacts, checked and merged into the
// combined chronology of the review.
//
// Input: one file per agency (bytes and name), as sent: .xlsx, .csv or a .docx table with the
// columns of the agencies' template (Agency, Date from, Date to, Client code, Staff code, Source of
// information, Event, Client seen, Action; headings matched loosely: case, spaces and punctuation
// do not count, "Date" stands for "Date from", "Source" for "Source of information"), and the
// case's rules: the people's codes and the review's scope period. The agency is the file's Agency
// column, else its file name.
// Output: a Chronology, every entry ordered by date (then agency, then file order), with the counts
// per agency and year; or every problem of every file at once, each with file, row and column:
//   errors: a date that is not a UK date (day month year) or not a real day; "Date to" before
//           "Date from"; a row without a source of information or an event; a client code that is
//           not one of the case's people; a "Client seen" that is not yes or no; the same contact
//           twice (one agency, the same date and event text); a file with no heading row;
//   warnings: a contact outside the review's scope period (kept, not dropped).
// A date written with a leading "?" ("?22 May 2016") is approximate: kept, sorted by its date,
// shown with its "?". Nothing is anonymised here: the entries hold what the agencies wrote.
// Covered by chronology_test.cpp, uk_date_test.cpp, table_test.cpp, timeline_test.cpp and
// tests/chronology_readers_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "docx/file_io.h"
#include "base/status.h"
#include "pipeline/case/case.h"
#include "pipeline/chronology/table.h"

namespace dhr {

struct ChronologyDate {
  Date date;
  bool approximate = false;  // written with a leading "?"
  // "22 May 2016", or "?22 May 2016" when approximate.
  std::string Text() const {
    std::string text = approximate ? "?" : "";
    text += UkDateText(date);
    return text;
  }
};

struct ChronologyEntry {
  std::string agency;
  ChronologyDate from;
  std::optional<ChronologyDate> to;  // none when not given or the same as `from`
  std::vector<std::string> client_codes;
  std::string staff_code;
  std::string source;  // source of information
  std::string event;
  std::optional<bool> seen;  // the client seen in person; none when not recorded
  std::string action;
  std::string file;  // where it came from, for messages
  int row = 0;
};

// One problem of one cell (or row, when column is 0).
struct ChronologyProblem {
  std::string id;  // "chronology.bad_date", "chronology.unknown_code"...
  std::string file;
  int row = 0;
  int column = 0;           // 1-based; 0 for the whole row or file
  std::string column_name;  // the heading as the file writes it
  std::string message;
  bool warning = false;
  bool spreadsheet = false;  // the column is written as a letter
  // "police.xlsx: row 7, column B (Date from): message"
  std::string Describe() const;
};

struct AgencyYearCount {
  std::string agency;
  int year = 0;
  int contacts = 0;
  int seen = 0;  // contacts where the client was seen in person
};

struct Chronology {
  std::vector<ChronologyEntry> entries;  // ordered by date, then agency, then file order
  std::vector<std::string> agencies;     // in order of their first entry
  std::vector<AgencyYearCount> counts;   // by agency (in `agencies` order), then year
  std::vector<ChronologyProblem> warnings;
};

struct ChronologyFile {
  std::string name;  // the path as the user gave it, for messages and the agency's name
  std::string bytes;
};

struct ChronologyRules {
  std::set<std::string> client_codes;  // the case's people codes; empty: codes are not checked
  std::optional<Date> scope_from;      // the terms of reference's scope period
  std::optional<Date> scope_to;
  TableOptions table;                  // the sheet to read in spreadsheets
};

struct ChronologyReading {
  Chronology chronology;                   // complete only when `errors` is empty
  std::vector<ChronologyProblem> errors;
};

// Reads, checks and merges the files. Never throws; a file that cannot be read at all is one error.
ChronologyReading ReadChronology(const std::vector<ChronologyFile>& files, const ChronologyRules& rules);

// The same, as a value: every error of every file, one per line, in one Status
// ("chronology.invalid"); the warnings are in the Chronology.
Result<Chronology> BuildChronology(const std::vector<ChronologyFile>& files, const ChronologyRules& rules);

// The chronology files of a folder (.csv, .xlsx, .docx), sorted by name; "chronology.no_files"
// when there is none, and the folder's own error when it cannot be listed.
Result<std::vector<ChronologyFile>> ChronologyFolderFiles(FileSystem& fs, const std::string& folder);

// The data the chronology document and the overview report are filled from:
//   rows:   a table (fill/data_scope.h) of ChronologyRowFields: date, date_to, approximate, agency,
//           codes, staff_code, source, event, seen, action (dates as written in the document,
//           "?22 May 2016"; seen "Yes", "No" or ""); whoever places the rows in a template's data
//           declares them there with DeclareTable;
//   counts: [{agency, year, contacts, seen}], totals: [{agency, contacts, seen}],
//   total:  {contacts, seen}, agencies: [names], first_date, last_date.
nlohmann::json ChronologyData(const Chronology& chronology);
// The names of the fields of ChronologyData's rows, in the order of their values.
const std::vector<std::string>& ChronologyRowFields();
// The same, moving the entries' texts into the rows rather than copying them (a long chronology's
// texts are tens of megabytes); `chronology` is left with its entries' texts moved out.
nlohmann::json ChronologyData(Chronology&& chronology);

}  // namespace dhr
