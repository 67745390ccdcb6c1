// Calendar dates: the Gregorian arithmetic, the ISO form and the English month names, once.
//
// Every stage that reads or writes a date uses these (the case file, the fill's filters, the
// chronology, the anonymiser's date rules). Detection of dates in documents is not here: the
// anonymiser and the leak scan each keep their own.
// Covered by dates_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dhr {

struct Date {
  int year = 0, month = 0, day = 0;
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

bool IsLeapYear(int year);

// Days in a month of the Gregorian calendar; 0 for a month outside 1..12.
int DaysInMonth(int year, int month);

// True when the day exists (year 1 and later).
bool IsRealDay(const Date& date);

// "January" for 1 ... "December" for 12; "" outside 1..12.
std::string_view MonthName(int month);

// 1..12 for an English month name or its abbreviation of three or more letters ("Sept", "feb"),
// in any case; 0 otherwise.
int MonthNumber(std::string_view word);

// "YYYY-MM-DD" with the digits in place (not checked as a real day); nullopt otherwise.
std::optional<Date> ParseIsoShape(std::string_view text);

// "2023-01-05".
std::string IsoText(const Date& date);

// "January 2023".
std::string MonthYearText(const Date& date);

}  // namespace dhr
