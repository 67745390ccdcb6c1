#include "pipeline/scan/rule_validators.h"

#include <doctest/doctest.h>

namespace dhr::scan {
namespace {

TEST_CASE("scan validators: NHS number check digit") {
  CHECK(IsValidNhsNumber("9434765919"));   // the NHS's published example
  CHECK(IsValidNhsNumber("4010232137"));
  CHECK_FALSE(IsValidNhsNumber("9434765918"));  // wrong check digit
  CHECK_FALSE(IsValidNhsNumber("1000000010"));  // remainder gives 10: never valid
  CHECK_FALSE(IsValidNhsNumber("0000000000"));  // a placeholder
  CHECK_FALSE(IsValidNhsNumber("943476591"));   // nine digits
  CHECK(IsNhsNumber("943 476 5919", ""));
  CHECK(IsNhsNumber("943-476-5919", ""));
}

TEST_CASE("scan validators: UK phone numbers") {
  CHECK(IsUkPhoneNumber("01632 960123", ""));
  CHECK(IsUkPhoneNumber("020 7946 0123", ""));
  CHECK(IsUkPhoneNumber("07700 900123", ""));
  CHECK(IsUkPhoneNumber("+44 7700 900123", ""));
  CHECK(IsUkPhoneNumber("+44 (0)20 7946 0123", ""));
  CHECK(IsUkPhoneNumber("0044 1632 960123", ""));
  CHECK_FALSE(IsUkPhoneNumber("0123456", ""));
  CHECK_FALSE(IsUkPhoneNumber("00000 000000", ""));
}

TEST_CASE("scan validators: numeric dates and paragraph numbers") {
  CHECK(IsNumericDate("08/06/2022", ""));
  CHECK(IsNumericDate("8.6.22", "on "));
  CHECK(IsNumericDate("6/25/2022", ""));  // month first
  CHECK_FALSE(IsNumericDate("13/25/2022", ""));
  CHECK_FALSE(IsNumericDate("8/6/1850", ""));
  CHECK_FALSE(IsNumericDate("4.2.15", "see paragraph "));
  CHECK_FALSE(IsNumericDate("4.2.15", "Recommendation "));
  CHECK(IsNumericDate("4/2/15", "see paragraph "));  // slashes are never paragraph numbers
  CHECK(IsIsoDate("2022-06-08", ""));
  CHECK_FALSE(IsIsoDate("2022-13-08", ""));
  CHECK_FALSE(IsIsoDate("1234-06-08", ""));
}

}  // namespace
}  // namespace dhr::scan
