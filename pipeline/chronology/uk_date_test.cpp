#include "pipeline/chronology/uk_date.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

Date Parsed(const char* text) {
  auto d = ParseUkDate(text);
  REQUIRE_MESSAGE(d.ok(), text);
  return d->date;
}

TEST_CASE("UK dates: the forms agencies write, day first") {
  const Date may22{2016, 5, 22};
  for (const char* text : {"22 May 2016", "22nd May 2016", "22-May-2016", "Sunday 22 May 2016", "22/05/2016",
                           "22.5.2016", "22-05-2016", "2016-05-22", " 22 may 2016 ", "22 Sept 2016"}) {
    CAPTURE(text);
    if (std::string(text) == "22 Sept 2016") {
      CHECK(Parsed(text) == Date{2016, 9, 22});
    } else {
      CHECK(Parsed(text) == may22);
    }
  }
}

TEST_CASE("UK dates: a leading ? marks an approximate date, shown with its ?") {
  auto d = ParseUkDate("?22 May 2016");
  REQUIRE(d.ok());
  CHECK(d->approximate);
  CHECK(d->date == Date{2016, 5, 22});
  CHECK(d->Text() == "?22 May 2016");
  CHECK_FALSE(ParseUkDate("22 May 2016")->approximate);
}

TEST_CASE("UK dates: month-first, impossible days and other text are refused with a reason") {
  auto us = ParseUkDate("05/22/2016");
  REQUIRE_FALSE(us.ok());
  CHECK(us.status().message().find("day first") != std::string::npos);
  auto feb = ParseUkDate("30 February 2016");
  REQUIRE_FALSE(feb.ok());
  CHECK(feb.status().message() == "there is no such day as 30/2/2016");
  CHECK_FALSE(ParseUkDate("29/02/2015").ok());
  CHECK(ParseUkDate("29/02/2016").ok());
  CHECK_FALSE(ParseUkDate("22 Mayday 2016").ok());
  CHECK_FALSE(ParseUkDate("last spring").ok());
  CHECK_FALSE(ParseUkDate("22/05/16").ok());
  CHECK(ParseUkDate("").status().id() == "chronology.missing_date");
  CHECK(ParseUkDate("?").status().id() == "chronology.missing_date");
}

}  // namespace
}  // namespace dhr
