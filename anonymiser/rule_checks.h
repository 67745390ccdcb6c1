// Rule checks: the built-in tests a generic rule's match must also pass, for what a pattern cannot
// say. Named in rules files by `check:`.
//   nhs-number      the ten digits carry a valid modulus 11 check digit
//   ni-number       the two letters are an allocated National Insurance prefix
//   street-address  the street is written as a name: each word after the house number starts with
//                   a capital ("4 Quarry Bank Road"); all in lower case it still counts when no
//                   word is a short everyday word ("the", "down", "to") and the suffix is not
//                   also an everyday word ("walk", "park", "view")
// Covered by rule_checks_test.cpp.
#pragma once

#include <optional>
#include <string_view>

namespace dhr {

enum class RuleCheck { kNone, kNhsNumber, kNiNumber, kStreetAddress };

// The check a rules file names, or nothing for a name that is none.
std::optional<RuleCheck> RuleCheckNamed(std::string_view name);

// Whether a match passes `check`; the match as normalised and as originally written.
bool PassesCheck(RuleCheck check, std::string_view normalised, std::string_view original);

// Ten digits (other characters are ignored) with a valid NHS check digit.
bool IsValidNhsNumber(std::string_view text);
// Ten digits written in groups of 3, 3 and 4 ("943 476 5919", "943-476-5919").
bool HasNhsGrouping(std::string_view text);

}  // namespace dhr
