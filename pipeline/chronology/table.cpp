#include <algorithm>
#include <cmath>

#include "pipeline/chronology/table.h"

namespace dhr {
namespace {

std::string LowerExtension(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}


}  // namespace

bool IsChronologyFileName(std::string_view file_name) {
  const std::string_view base = BaseName(file_name);
  if (base.empty() || base.substr(0, 2) == "~$" || base.front() == '.') return false;
  const std::string ext = LowerExtension(base);
  return ext == "csv" || ext == "xlsx" || ext == "docx";
}

Result<Table> ReadTable(std::string_view bytes, const std::string& file_name, const TableOptions& options) {
  const std::string ext = LowerExtension(BaseName(file_name));
  if (ext == "csv") return ReadCsvTable(bytes, file_name);
  if (ext == "xlsx") return ReadXlsxTable(bytes, file_name, options);
  if (ext == "docx") return ReadDocxTable(bytes, file_name);
  return Status::Error("chronology.bad_format",
                       "an agency chronology must be a .xlsx spreadsheet, a .csv file or a .docx table"
                       " (save a .xls or .ods as .xlsx)",
                       InFile(file_name));
}

// Howard Hinnant's days_from_civil and civil_from_days.
long DaysFromCivil(const Date& date) {
  const long y = date.year - (date.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2));
  return d;
}

std::optional<Date> SpreadsheetSerialDate(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) return std::nullopt;
  long whole = static_cast<long>(std::floor(serial));
  if (date1904) return CivilFromDays(DaysFromCivil({1904, 1, 1}) + whole);
  // Serial 60 is 29 February 1900, a day that never was (kept for Lotus 1-2-3): no date. Serials after it
  // count from 30 December 1899, those before it from 31 December 1899.
  if (whole == 60) return std::nullopt;
  if (whole < 60) return CivilFromDays(DaysFromCivil({1899, 12, 31}) + whole);
  return CivilFromDays(DaysFromCivil({1899, 12, 30}) + whole);
}

std::string UkDateText(const Date& date) {
  if (date.month < 1 || date.month > 12) return {};
  return std::to_string(date.day) + " " + std::string(MonthName(date.month)) + " " + std::to_string(date.year);
}

}  // namespace dhr
