#include "base/dates.h"

#include <doctest/doctest.h>

#include "base/text.h"

namespace dhr {

TEST_CASE("dates: leap years, days in month, real days") {
  CHECK(IsLeapYear(2024));
  CHECK_FALSE(IsLeapYear(1900));
  CHECK(IsLeapYear(2000));
  CHECK(DaysInMonth(2023, 2) == 28);
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2023, 13) == 0);
  CHECK(IsRealDay({2024, 2, 29}));
  CHECK_FALSE(IsRealDay({2023, 2, 29}));
  CHECK_FALSE(IsRealDay({0, 1, 1}));
}

TEST_CASE("dates: ISO form and month names") {
  CHECK(ParseIsoShape("2023-01-05") == Date{2023, 1, 5});
  CHECK_FALSE(ParseIsoShape("2023-1-05"));
  CHECK_FALSE(ParseIsoShape("5 Jan 2023"));
  CHECK(ParseIsoShape("2023-02-30") == Date{2023, 2, 30});  // the shape only: IsRealDay says no
  CHECK(IsoText({2023, 1, 5}) == "2023-01-05");
  CHECK(MonthYearText({2023, 9, 1}) == "September 2023");
  CHECK(MonthName(12) == "December");
  CHECK(MonthName(0).empty());
  CHECK(MonthNumber("Sept") == 9);
  CHECK(MonthNumber("feb") == 2);
  CHECK(MonthNumber("ma") == 0);
  CHECK(MonthNumber("Mayday") == 0);
}

TEST_CASE("text: UTF-8 validity and ASCII lower case") {
  CHECK(IsValidUtf8("Siân"));
  CHECK_FALSE(IsValidUtf8("\xC3"));
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));        // overlong
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));    // a surrogate
  CHECK(AsciiLower("Siân SMITH") == "siân smith");
}

}  // namespace dhr
