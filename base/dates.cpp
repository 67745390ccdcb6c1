#include "base/dates.h"

#include <array>
#include <cstdio>

#include "base/text.h"

namespace dhr {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

bool IsRealDay(const Date& date) {
  return date.year >= 1 && date.day >= 1 && date.day <= DaysInMonth(date.year, date.month);
}

std::string_view MonthName(int month) {
  if (month < 1 || month > 12) return {};
  return kMonths[static_cast<size_t>(month - 1)];
}

int MonthNumber(std::string_view word) {
  if (word.size() < 3) return 0;
  const std::string lower = AsciiLower(word);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    const std::string name = AsciiLower(kMonths[i]);
    if (lower.size() <= name.size() && name.compare(0, lower.size(), lower) == 0) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::optional<Date> ParseIsoShape(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i = 0; i < text.size(); ++i)
    if (i != 4 && i != 7 && !IsDigit(text[i])) return std::nullopt;
  return Date{Number(text.substr(0, 4)), Number(text.substr(5, 2)), Number(text.substr(8, 2))};
}

std::string IsoText(const Date& date) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

std::string MonthYearText(const Date& date) {
  std::string text(MonthName(date.month));
  text += ' ';
  text += std::to_string(date.year);
  return text;
}

}  // namespace dhr
