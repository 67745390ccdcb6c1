// The agencies' chronology return form (seed 004 Template 20, "DHR SIR chronology template"), as
// an .xlsx written with libxlsxwriter.
//
// Input: the header fields (the review, the agency, the person completing it), all optional, and
// optionally rows already filled in. Output: the .xlsx bytes. The first sheet, "Chronology", holds
// the header fields DHR case, Agency and Person completing chronology, then the nine columns
// (Agency, Date from, Date to, Client code, Staff code, Source of information, Event, Client seen,
// Action), each heading carrying the seed's guidance as a cell comment; the date columns are
// formatted as dates, so a date typed there is a real date cell, and Client seen offers Yes or
// No. The second sheet, "Guidance", repeats the guidance where a printout shows it.
// Guarantees: `dhr chronology` reads the form back (the header fields are skipped; a row with its
// Agency cell blank is the agency of the header field). Covered by return_form_test.cpp and
// tests/new_case_test.cpp (opened in LibreOffice Calc, rows merged by dhr chronology).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/status.h"

namespace dhr {

struct ReturnFormRow {
  std::string agency;  // blank: the header field's agency
  Date from;
  std::optional<Date> to;
  std::string client_code, staff_code, source, event, seen, action;
};

struct ReturnForm {
  std::string review;  // "DHR case": the review's reference or pseudonym and year
  std::string agency;
  std::string person_completing;
  std::vector<ReturnFormRow> rows;
};

// One column of the form: its heading (as dhr chronology reads it) and the seed's guidance.
struct ReturnFormColumn {
  const char* heading;
  const char* guidance;
};
const std::vector<ReturnFormColumn>& ReturnFormColumns();

// The spreadsheet's row (1-based) of the column headings; the rows below it are the contacts.
inline constexpr int kReturnFormHeadingRow = 6;

// The form as .xlsx bytes; "return_form.write" when libxlsxwriter or the temporary file fails.
Result<std::string> WriteReturnForm(const ReturnForm& form);

}  // namespace dhr
