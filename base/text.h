// Text helpers every stage needs and none should write again: UTF-8 validity and ASCII case.
// Matching and detection are not here: the anonymiser and the leak scan keep their own.
// Covered by dates_test.cpp (its "text:" test case).
#pragma once

#include <string>
#include <string_view>

namespace dhr {

// True when `text` is well-formed UTF-8 (ICU's decoder: no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view text);

// `text` with A-Z made a-z; other bytes (UTF-8 included) unchanged.
std::string AsciiLower(std::string_view text);

// True when `a` and `b` differ only in the case of ASCII letters.
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);

}  // namespace dhr
