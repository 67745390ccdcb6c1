// RowReader: one agency's table, read into chronology entries with the checks of each row.
//
// Input: a Table (table.h) and the case's rules. Output: the entries of the rows that passed, and
// the problems of the others, each with the file, the row and the column (its heading as the file
// writes it). The heading row is the first row naming at least "Date from" and "Event"; rows above
// it (a title, the agency's name) and blank rows are skipped. A row's agency is its Agency cell;
// when blank, the agency given above the headings ("Agency:" and the name beside it, as the return
// form has); else the file's name. Covered by chronology_test.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/chronology/chronology.h"

namespace dhr {

enum class Column { kAgency, kDateFrom, kDateTo, kClientCode, kStaffCode, kSource, kEvent, kSeen, kAction };

// The template's name of a column: "Date from", "Source of information"...
const char* ColumnTitle(Column column);

// True when a row names at least the "Date from" (or "Date") and "Event" columns.
bool LooksLikeChronologyHeader(const TableRow& row);

class RowReader {
 public:
  // `rules` is borrowed for the reader's lifetime.
  RowReader(std::string file, const Table& table, const ChronologyRules& rules);

  std::vector<ChronologyEntry>& entries() { return entries_; }
  std::vector<ChronologyProblem>& errors() { return errors_; }
  std::vector<ChronologyProblem>& warnings() { return warnings_; }

 private:
  struct HeadingAt {
    size_t index = 0;
    std::string heading;
  };
  void ReadRow(const TableRow& row);
  std::string Cell(const TableRow& row, Column column) const;
  const TableCell* RawCell(const TableRow& row, Column column) const;
  std::optional<ChronologyDate> DateOf(const TableRow& row, Column column);
  void Problem(const TableRow& row, std::optional<Column> column, std::string id, std::string message,
               bool warning = false);
  std::string KnownCodes() const;

  std::string file_;
  const ChronologyRules& rules_;
  bool spreadsheet_ = false;
  int header_row_ = -1;
  std::string header_agency_;  // the "Agency:" field above the headings, if any
  std::map<Column, HeadingAt> columns_;
  std::vector<ChronologyEntry> entries_;
  std::vector<ChronologyProblem> errors_;
  std::vector<ChronologyProblem> warnings_;
};

}  // namespace dhr
