#include "pipeline/case/iso_date.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

TEST_CASE("iso date: real days of the Gregorian calendar") {
  CHECK(*ParseIsoDate("1988-11-02") == Date{1988, 11, 2});
  CHECK(ParseIsoDate("2024-02-29").ok());
  CHECK(ParseIsoDate("2000-02-29").ok());
  CHECK_FALSE(ParseIsoDate("1900-02-29").ok());
  CHECK_FALSE(ParseIsoDate("2023-02-30").ok());
  CHECK_FALSE(ParseIsoDate("2023-04-31").ok());
  CHECK_FALSE(ParseIsoDate("2023-00-10").ok());
  CHECK_FALSE(ParseIsoDate("0000-01-01").ok());
}

TEST_CASE("iso date: only the YYYY-MM-DD form") {
  for (std::string_view text : {"", "1988-11-2", "02/11/1988", "1988-11-02T00:00", " 1988-11-02",
                                "1988-1a-02", "+988-11-02"}) {
    CAPTURE(text);
    Result<Date> date = ParseIsoDate(text);
    REQUIRE_FALSE(date.ok());
    CHECK(date.status().message() == "expected a date written YYYY-MM-DD");
  }
}

TEST_CASE("iso date: days in month") {
  CHECK(DaysInMonth(2023, 2) == 28);
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2024, 12) == 31);
  CHECK(DaysInMonth(2024, 13) == 0);
}

}  // namespace
}  // namespace dhr
