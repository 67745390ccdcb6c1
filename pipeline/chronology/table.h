// The agencies' files as plain tables: rows of cells, whatever the file's format.
//
// Input: the bytes of one agency's chronology file and its name (for messages and to choose the
// reader by extension): .csv (read with libcsv: quoted fields with commas and line breaks, a UTF-8
// byte-order mark, CRLF), .xlsx (read with the docx engine's package reader: shared and inline
// strings, numbers, dates stored as serial numbers under a date number format in the 1900 or 1904
// date system, the first sheet or a named one) or .docx (the first table of the document with a
// row of chronology headings; a cell's paragraphs joined by line breaks). Output: a Table whose
// rows carry the row number a user sees (the spreadsheet's row, the CSV record, the Word table's
// row). Nothing is interpreted here beyond what the format says: a spreadsheet date cell arrives as
// a Date, everything else as text. Errors name the file (and the part or record).
// Covered by table_test.cpp and tests/chronology_readers_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

struct TableCell {
  std::string text;         // the text as shown; for a date cell, the date written "22 May 2016"
  std::optional<Date> date; // set when the spreadsheet stores a date (a serial number under a date format)
};

struct TableRow {
  int number = 0;  // 1-based, as the user sees it in the source file
  std::vector<TableCell> cells;  // by column, from the first; missing cells are empty
};

struct Table {
  std::vector<TableRow> rows;
  bool spreadsheet = false;  // columns are lettered (A, B...) in messages
};

struct TableOptions {
  std::string sheet;  // .xlsx: the sheet to read; empty for the first
};

Result<Table> ReadCsvTable(std::string_view bytes, const std::string& file_name);
Result<Table> ReadXlsxTable(std::string_view bytes, const std::string& file_name, const TableOptions& options);
Result<Table> ReadDocxTable(std::string_view bytes, const std::string& file_name);

// Chooses the reader by the file name's extension (case-insensitive); "chronology.bad_format"
// for any other.
Result<Table> ReadTable(std::string_view bytes, const std::string& file_name, const TableOptions& options);

// True when a file of this name is one ReadTable reads (.csv, .xlsx, .docx; not "~$" lock files).
bool IsChronologyFileName(std::string_view file_name);

// A day count since 1970-01-01 and back (the proleptic Gregorian calendar).
long DaysFromCivil(const Date& date);
Date CivilFromDays(long days);

// The date a spreadsheet serial number stands for: 1900 system (with its phantom 29 February
// 1900) or 1904 system. Nothing for a serial before the system's first day.
std::optional<Date> SpreadsheetSerialDate(double serial, bool date1904);

// Writes a date the UK way: "22 May 2016".
std::string UkDateText(const Date& date);

}  // namespace dhr
