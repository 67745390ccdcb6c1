#include "pipeline/case/iso_date.h"

namespace dhr {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Result<Date> ParseIsoDate(std::string_view text) {
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (size_t i = 0; shaped && i < text.size(); ++i) {
    if (i != 4 && i != 7 && !IsDigit(text[i])) shaped = false;
  }
  if (!shaped) return Status::Error("case.date", "expected a date written YYYY-MM-DD");
  Date date{Number(text.substr(0, 4)), Number(text.substr(5, 2)), Number(text.substr(8, 2))};
  if (date.year == 0) return Status::Error("case.date", "year 0000 does not exist");
  if (date.month < 1 || date.month > 12) {
    return Status::Error("case.date", "not a real date: the month must be 01 to 12");
  }
  if (date.day < 1 || date.day > DaysInMonth(date.year, date.month)) {
    return Status::Error("case.date", "not a real date: that month has no such day");
  }
  return date;
}

}  // namespace dhr
