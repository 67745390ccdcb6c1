#include "base/dates.h"
#include "pipeline/fill/filters.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>

namespace dhr {
namespace {


bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int Number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

struct CalendarDate {
  int year = 0, month = 0, day = 0;  // day 0: a month without a day ("2022-06")
};

// "YYYY-MM-DD", or "YYYY-MM" when `allow_month` is set.
bool ParseIsoDate(std::string_view s, bool allow_month, CalendarDate& date) {
  const bool full = s.size() == 10;
  if (!full && !(allow_month && s.size() == 7)) return false;
  if (s[4] != '-' || (full && s[7] != '-')) return false;
  if (!IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) || (full && !IsDigits(s.substr(8, 2)))) return false;
  date.year = Number(s.substr(0, 4));
  date.month = Number(s.substr(5, 2));
  date.day = full ? Number(s.substr(8, 2)) : 0;
  if (date.month < 1 || date.month > 12) return false;
  return !full || (date.day >= 1 && date.day <= DaysInMonth(date.year, date.month));
}

std::string CaseMapped(const std::string& text, bool upper) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  if (upper) {
    s.toUpper(icu::Locale::getUK());
  } else {
    s.toLower(icu::Locale::getUK());
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

bool IsKnownFilter(std::string_view name) {
  return name == "date" || name == "month_year" || name == "upper" || name == "lower" || name == "default";
}

bool FilterTakesArgument(std::string_view name) { return name == "default"; }

std::string KnownFilterNames() { return "date, month_year, upper, lower, default"; }

Status ApplyFilter(const Filter& filter, std::string& text, bool& missing) {
  if (filter.name == "default") {
    if (missing || text.empty()) {
      text = filter.argument;
      missing = false;
    }
    return {};
  }
  if (missing || text.empty()) return {};
  if (filter.name == "upper" || filter.name == "lower") {
    text = CaseMapped(text, filter.name == "upper");
    return {};
  }
  const bool month_year = filter.name == "month_year";
  CalendarDate date;
  if (!ParseIsoDate(text, month_year, date))
    return Status::Error("fill.bad_date", "the filter \"" + filter.name + "\" needs a date written YYYY-MM-DD" +
                                              (month_year ? " or YYYY-MM" : "") + ", not \"" + text + "\"");
  const std::string month_and_year = std::string(MonthName(date.month)) + " " +
                                     std::to_string(date.year);
  if (month_year) {
    text = month_and_year;
  } else if (date.day == 0) {
    return Status::Error("fill.bad_date", "the filter \"date\" needs a full date YYYY-MM-DD, not \"" + text + "\"");
  } else {
    text = std::to_string(date.day) + " " + month_and_year;
  }
  return {};
}

}  // namespace dhr
