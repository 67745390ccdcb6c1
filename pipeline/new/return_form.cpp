#include "pipeline/new/return_form.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dhr {
namespace {

constexpr lxw_row_t kHeadingRow = kReturnFormHeadingRow - 1;  // libxlsxwriter counts from 0
constexpr lxw_row_t kFormattedRows = 500;                     // rows below the headings laid out for contacts

// The temporary file libxlsxwriter writes to (it cannot write to memory in Debian 12's version),
// removed when this goes out of scope.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::error_code error;
    std::string pattern = (std::filesystem::temp_directory_path(error) / "dhr-return-form-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd >= 0) {
      ::close(fd);
      path_ = pattern;
    }
  }
  ~TemporaryFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Status WriteError(const std::string& message) {
  return Status::Error("return_form.write", "cannot write the chronology return form: " + message);
}

lxw_datetime ToDateTime(const Date& date) { return lxw_datetime{date.year, date.month, date.day, 0, 0, 0.0}; }

struct Formats {
  lxw_format* title;
  lxw_format* label;
  lxw_format* field;
  lxw_format* note;
  lxw_format* heading;
  lxw_format* text;
  lxw_format* date;
  lxw_format* cell;  // text with a border
};

Formats AddFormats(lxw_workbook* workbook) {
  Formats f{};
  f.title = workbook_add_format(workbook);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.label = workbook_add_format(workbook);
  format_set_bold(f.label);
  f.field = workbook_add_format(workbook);
  format_set_bg_color(f.field, 0xFFF2CC);
  format_set_border(f.field, LXW_BORDER_THIN);
  f.note = workbook_add_format(workbook);
  format_set_italic(f.note);
  format_set_text_wrap(f.note);
  format_set_align(f.note, LXW_ALIGN_VERTICAL_TOP);
  f.heading = workbook_add_format(workbook);
  format_set_bold(f.heading);
  format_set_bg_color(f.heading, 0xD9E2F3);
  format_set_border(f.heading, LXW_BORDER_THIN);
  format_set_text_wrap(f.heading);
  format_set_align(f.heading, LXW_ALIGN_VERTICAL_TOP);
  // No borders in the columns' formats: they would frame the header fields' rows too.
  f.text = workbook_add_format(workbook);
  format_set_text_wrap(f.text);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.date = workbook_add_format(workbook);
  format_set_num_format(f.date, "d mmm yyyy");
  format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(f.date, LXW_ALIGN_LEFT);
  f.cell = workbook_add_format(workbook);
  format_set_text_wrap(f.cell);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.cell, LXW_BORDER_THIN);
  return f;
}

// Column widths in characters, by column.
constexpr double kWidths[] = {30, 13, 13, 14, 16, 22, 48, 11, 36};
bool IsDateColumn(lxw_col_t col) { return col == 1 || col == 2; }

void WriteChronologySheet(lxw_workbook* workbook, const Formats& f, const ReturnForm& form) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Chronology");
  const auto& columns = ReturnFormColumns();
  for (lxw_col_t col = 0; col < columns.size(); ++col)
    worksheet_set_column(sheet, col, col, kWidths[col], IsDateColumn(col) ? f.date : f.text);

  worksheet_write_string(sheet, 0, 0, "Chronology of agency involvement", f.title);
  const std::pair<const char*, const std::string*> fields[] = {
      {"DHR case:", &form.review}, {"Agency:", &form.agency}, {"Person completing chronology:", &form.person_completing}};
  for (lxw_row_t row = 1; row <= 3; ++row) {
    worksheet_write_string(sheet, row, 0, fields[row - 1].first, f.label);
    worksheet_merge_range(sheet, row, 1, row, 4, fields[row - 1].second->c_str(), f.field);
  }
  worksheet_merge_range(sheet, 4, 0, 4, static_cast<lxw_col_t>(columns.size() - 1),
                        "One row per contact, in date order. Dates day first (22/05/2021 or 22 May 2021); write "
                        "?22/05/2021 when a date is uncertain. Use the codes agreed for the people of the review, "
                        "never their names. Point at a heading for its guidance (all of it is on the Guidance "
                        "sheet). Leave Agency blank to use the agency above.",
                        f.note);
  worksheet_set_row(sheet, 4, 45, nullptr);

  for (lxw_col_t col = 0; col < columns.size(); ++col) {
    worksheet_write_string(sheet, kHeadingRow, col, columns[col].heading, f.heading);
    lxw_comment_options options{};
    options.author = const_cast<char*>("Guidance");
    options.width = 300;
    options.height = 110;
    worksheet_write_comment_opt(sheet, kHeadingRow, col, columns[col].guidance, &options);
  }
  worksheet_freeze_panes(sheet, kHeadingRow + 1, 0);
  worksheet_repeat_rows(sheet, kHeadingRow, kHeadingRow);
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);

  // Client seen: Yes or No from a list; anything else is refused by the spreadsheet, as dhr would.
  lxw_data_validation seen{};
  seen.validate = LXW_VALIDATION_TYPE_LIST;
  const char* yes_no[] = {"Yes", "No", nullptr};
  seen.value_list = const_cast<char**>(yes_no);
  seen.input_title = const_cast<char*>("Client seen");
  seen.input_message = const_cast<char*>("Was the victim seen in person? Yes or No.");
  worksheet_data_validation_range(sheet, kHeadingRow + 1, 7, kHeadingRow + kFormattedRows, 7, &seen);

  lxw_row_t row = kHeadingRow + 1;
  for (const ReturnFormRow& contact : form.rows) {
    worksheet_write_string(sheet, row, 0, contact.agency.c_str(), f.cell);
    lxw_datetime from = ToDateTime(contact.from);
    worksheet_write_datetime(sheet, row, 1, &from, f.date);
    if (contact.to) {
      lxw_datetime to = ToDateTime(*contact.to);
      worksheet_write_datetime(sheet, row, 2, &to, f.date);
    }
    const std::string* texts[] = {&contact.client_code, &contact.staff_code, &contact.source,
                                  &contact.event,       &contact.seen,       &contact.action};
    for (lxw_col_t col = 3; col < 9; ++col)
      if (!texts[col - 3]->empty()) worksheet_write_string(sheet, row, col, texts[col - 3]->c_str(), f.cell);
    ++row;
  }
}

void WriteGuidanceSheet(lxw_workbook* workbook, const Formats& f) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Guidance");
  worksheet_set_column(sheet, 0, 0, 24, f.text);
  worksheet_set_column(sheet, 1, 1, 90, f.text);
  worksheet_write_string(sheet, 0, 0, "Completing the chronology", f.title);
  worksheet_write_string(sheet, 2, 0, "Column", f.heading);
  worksheet_write_string(sheet, 2, 1, "What to write", f.heading);
  lxw_row_t row = 3;
  for (const ReturnFormColumn& column : ReturnFormColumns()) {
    worksheet_write_string(sheet, row, 0, column.heading, f.cell);
    worksheet_write_string(sheet, row, 1, column.guidance, f.cell);
    // Spreadsheets do not grow a row for wrapped text written by a program: about 95 characters a line.
    const size_t lines = std::strlen(column.guidance) / 95 + 1;
    worksheet_set_row(sheet, row, 15.0 * static_cast<double>(lines), nullptr);
    ++row;
  }
  worksheet_merge_range(sheet, row + 1, 0, row + 1, 1,
                        "Return the completed chronology to the review's co-ordinator as soon as it is complete: "
                        "do not wait until the IMR report is completed.",
                        f.note);
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);
  worksheet_fit_to_pages(sheet, 1, 0);
}

}  // namespace

const std::vector<ReturnFormColumn>& ReturnFormColumns() {
  // The headings dhr chronology reads, with the guidance of seed 004's Template 20.
  static const std::vector<ReturnFormColumn> columns = {
      {"Agency", "Your agency. Leave it blank to use the agency named at the top of the form."},
      {"Date from", "Enter the date the event started, day first (22/05/2021). Write ?22/05/2021 when the date "
                    "is uncertain."},
      {"Date to", "Enter the date the event finished, e.g. discharge from hospital. Leave blank if the event "
                  "took place in a single day."},
      {"Client code", "Use the codes agreed for the victim, the perpetrator or members of their family or "
                      "household (the terms of reference list them), e.g. Adult X; several separated by ;"},
      {"Staff code", "Use job titles or abbreviated job titles to refer to individual professionals (e.g. police "
                     "officer 1, 2, 3), never their names."},
      {"Source of information", "State the origin of the information, e.g. case notes, interview with staff, "
                                "meeting minutes."},
      {"Event", "Briefly summarise the event that took place, e.g. a telephone call and what was discussed."},
      {"Client seen", "For the victim(s) of domestic abuse, state Yes or No: were they seen in person?"},
      {"Action", "Detail any further outcome from the event, e.g. discussion with team manager, referral made to "
                 "another agency, further appointment offered."},
  };
  return columns;
}

Result<std::string> WriteReturnForm(const ReturnForm& form) {
  TemporaryFile file;
  if (file.path().empty()) return WriteError("no temporary file could be created");
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (!workbook) return WriteError("libxlsxwriter could not start the workbook");
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>("Chronology of agency involvement");
  properties.subject = const_cast<char*>("Domestic Homicide Review: an agency's chronology return");
  workbook_set_properties(workbook, &properties);
  const Formats formats = AddFormats(workbook);
  WriteChronologySheet(workbook, formats, form);
  WriteGuidanceSheet(workbook, formats);
  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) return WriteError(lxw_strerror(error));
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return WriteError("the written file could not be read back");
  return bytes.str();
}

}  // namespace dhr
