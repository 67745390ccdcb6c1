// Pattern errors: what is wrong with a rule's RE2 pattern, in words that never quote the pattern
// (rule patterns may hold people's names, and messages end up in logs and CI output).
#pragma once

#include <re2/re2.h>

#include <string>

namespace dhr {

// "a parenthesis is not closed", for a pattern that failed to compile.
std::string PatternErrorDescription(RE2::ErrorCode code);

}  // namespace dhr
