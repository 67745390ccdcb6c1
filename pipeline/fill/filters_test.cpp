#include "pipeline/fill/filters.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

std::string Apply(const std::string& name, std::string text, const std::string& argument = {}) {
  bool missing = text.empty();
  Status s = ApplyFilter(Filter{name, argument}, text, missing);
  return s.ok() ? text : "error: " + s.id();
}

TEST_CASE("fill filters: UK dates, month and year") {
  CHECK(Apply("date", "2022-06-08") == "8 June 2022");
  CHECK(Apply("date", "2024-02-29") == "29 February 2024");
  CHECK(Apply("month_year", "2022-06-08") == "June 2022");
  CHECK(Apply("month_year", "2022-12") == "December 2022");
}

TEST_CASE("fill filters: a text that is not a date is an error, not a guess") {
  CHECK(Apply("date", "8 June 2022") == "error: fill.bad_date");
  CHECK(Apply("date", "2023-02-29") == "error: fill.bad_date");
  CHECK(Apply("date", "2022-06") == "error: fill.bad_date");
  CHECK(Apply("month_year", "?22 May 2016") == "error: fill.bad_date");
}

TEST_CASE("fill filters: case mapping is Unicode") {
  CHECK(Apply("upper", "Siân Delacroix-Webb") == "SIÂN DELACROIX-WEBB");
  CHECK(Apply("upper", "straße") == "STRASSE");
  CHECK(Apply("lower", "ÉMILE O'NEILL") == "émile o'neill");
}

TEST_CASE("fill filters: default replaces a missing or empty value only") {
  CHECK(Apply("default", "", "not known") == "not known");
  CHECK(Apply("default", "Police", "not known") == "Police");
  CHECK(Apply("date", "") == "");  // missing stays empty for the other filters
}

TEST_CASE("fill filters: the known names") {
  CHECK(IsKnownFilter("month_year"));
  CHECK_FALSE(IsKnownFilter("titlecase"));
  CHECK(FilterTakesArgument("default"));
  CHECK_FALSE(FilterTakesArgument("date"));
}

}  // namespace
}  // namespace dhr
