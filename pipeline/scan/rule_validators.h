// Checks that a pattern's match really is what the rule looks for, where a regular expression
// cannot say it: the NHS number's check digit, the length of a UK phone number, the fields of a
// numeric date, and numbered paragraphs that look like dates ("paragraph 4.2.15").
// Each takes the matched text (folded, UTF-8) and the text just before it.
// Covered by rule_validators_test.cpp.
#pragma once

#include <string>
#include <string_view>

namespace dhr::scan {

// The ASCII digits of a text, in order.
std::string DigitsOf(std::string_view text);

// Ten digits whose last is the modulus-11 check digit of the first nine (weights 10..2; a
// remainder giving 10 is never valid). Numbers of one repeated digit are refused as placeholders.
bool IsValidNhsNumber(std::string_view ten_digits);

// A UK number: after the +44/0044 country code or the trunk 0, 9 or 10 digits not starting with 0.
bool IsUkPhoneNumber(std::string_view match, std::string_view before);
bool IsNhsNumber(std::string_view match, std::string_view before);
// d/m/y or m/d/y with a day of 1..31 and a month of 1..12; a dotted triple after "paragraph",
// "section", "recommendation"... is a paragraph number, not a date.
bool IsNumericDate(std::string_view match, std::string_view before);
// y-m-d with a month of 1..12 and a day of 1..31.
bool IsIsoDate(std::string_view match, std::string_view before);

}  // namespace dhr::scan
