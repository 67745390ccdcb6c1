#include "pipeline/chronology/uk_date.h"

#include <re2/re2.h>

#include <algorithm>

#include "pipeline/case/iso_date.h"

namespace dhr {
namespace {

int MonthNumber(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  static const char* const kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    const std::string full = kNames[m];
    if (name == full || (name.size() >= 3 && full.compare(0, name.size(), name) == 0)) return m + 1;
    if (name == "sept" && m == 8) return 9;
  }
  return 0;
}

const RE2& WordDate() {
  static const RE2 re(
      R"((?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-]+([a-z]{3,9})\.?,?[\s\-]+(\d{4})$)",
      RE2::Quiet);
  return re;
}

const RE2& NumericDate() {
  static const RE2 re(R"(^(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4})$)", RE2::Quiet);
  return re;
}

const RE2& IsoForm() {
  static const RE2 re(R"(^\d{4}-\d{2}-\d{2}$)", RE2::Quiet);
  return re;
}

Status NotADay(const Date& d) {
  return Status::Error("chronology.bad_date", "there is no such day as " + std::to_string(d.day) + "/" +
                                                  std::to_string(d.month) + "/" + std::to_string(d.year));
}

}  // namespace

Result<ChronologyDate> ParseUkDate(std::string_view text) {
  ChronologyDate out;
  std::string t(text);
  auto trim = [](std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n\xA0");
    const size_t e = s.find_last_not_of(" \t\r\n\xA0");
    s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  trim(t);
  if (!t.empty() && t.front() == '?') {
    out.approximate = true;
    t.erase(0, 1);
    trim(t);
  }
  if (t.empty()) return Status::Error("chronology.missing_date", "the date is missing");
  Date d;
  std::string month_name, sep1, sep2;
  if (RE2::FullMatch(t, WordDate(), &d.day, &month_name, &d.year)) {
    d.month = MonthNumber(month_name);
    if (d.month == 0)
      return Status::Error("chronology.bad_date", "\"" + month_name + "\" is not a month");
  } else if (RE2::FullMatch(t, NumericDate(), &d.day, &sep1, &d.month, &sep2, &d.year)) {
    if (sep1 != sep2) return Status::Error("chronology.bad_date", "the date mixes separators");
    if (d.month > 12)
      return Status::Error("chronology.bad_date",
                           "the month cannot be " + std::to_string(d.month) +
                               ": write dates day first, the UK way (22/05/2016 or 22 May 2016)");
  } else if (RE2::FullMatch(t, IsoForm())) {
    auto iso = ParseIsoDate(t);
    if (!iso.ok()) return Status::Error("chronology.bad_date", "there is no such day");
    d = *iso;
  } else {
    return Status::Error("chronology.bad_date",
                         "not a date: write it day first, as \"22 May 2016\" or \"22/05/2016\" (\"?22 May 2016\" when "
                         "uncertain)");
  }
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return NotADay(d);
  out.date = d;
  return out;
}

}  // namespace dhr
