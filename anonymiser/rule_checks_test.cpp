#include "anonymiser/rule_checks.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

TEST_CASE("anonymiser rule checks: NHS numbers need their modulus 11 check digit") {
  CHECK(IsValidNhsNumber("9434765919"));
  CHECK(IsValidNhsNumber("943 476 5919"));
  CHECK_FALSE(IsValidNhsNumber("943 476 5918"));
  CHECK_FALSE(IsValidNhsNumber("943476591"));
  CHECK(IsValidNhsNumber("4010232137"));
  // A remainder that gives a check digit of 10 is no NHS number at all.
  CHECK_FALSE(IsValidNhsNumber("1000000010"));
}

TEST_CASE("anonymiser rule checks: National Insurance prefixes") {
  CHECK(PassesCheck(RuleCheck::kNiNumber, "jg103759a", "JG103759A"));
  CHECK_FALSE(PassesCheck(RuleCheck::kNiNumber, "qq123456c", "QQ123456C"));  // the specimen prefix
  CHECK(PassesCheck(RuleCheck::kNiNumber, "ab 12 34 56 c", "AB 12 34 56 C"));
  CHECK_FALSE(PassesCheck(RuleCheck::kNiNumber, "da123456c", "DA123456C"));
  CHECK_FALSE(PassesCheck(RuleCheck::kNiNumber, "ao123456c", "AO123456C"));
  CHECK_FALSE(PassesCheck(RuleCheck::kNiNumber, "gb123456c", "GB123456C"));
  CHECK_FALSE(PassesCheck(RuleCheck::kNiNumber, "zz123456c", "ZZ123456C"));
}

TEST_CASE("anonymiser rule checks: street addresses are written as names") {
  CHECK(PassesCheck(RuleCheck::kStreetAddress, "4 quarry bank road", "4 Quarry Bank Road"));
  CHECK(PassesCheck(RuleCheck::kStreetAddress, "12a high street", "12a High Street"));
  CHECK(PassesCheck(RuleCheck::kStreetAddress, "4 quarry bank road", "4 QUARRY BANK ROAD"));
  CHECK(PassesCheck(RuleCheck::kStreetAddress, "4 o'neill walk", "4 O'Neill Walk"));
  CHECK(PassesCheck(RuleCheck::kStreetAddress, "4 quarry bank road", "4 quarry bank road"));
  CHECK_FALSE(PassesCheck(RuleCheck::kStreetAddress, "3 children down the road",
                          "3 children down the road"));
  CHECK_FALSE(PassesCheck(RuleCheck::kStreetAddress, "2 children walk", "2 children walk"));
}

TEST_CASE("anonymiser rule checks: names in rules files") {
  CHECK(RuleCheckNamed("") == RuleCheck::kNone);
  CHECK(RuleCheckNamed("nhs-number") == RuleCheck::kNhsNumber);
  CHECK_FALSE(RuleCheckNamed("luhn").has_value());
}

}  // namespace
}  // namespace dhr
