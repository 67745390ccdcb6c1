#include "anonymiser/pattern_error.h"

namespace dhr {

std::string PatternErrorDescription(RE2::ErrorCode code) {
  switch (code) {
    case RE2::NoError: return "no error";
    case RE2::ErrorBadEscape: return "it has a bad escape sequence";
    case RE2::ErrorBadCharClass: return "it has a bad character class";
    case RE2::ErrorBadCharRange: return "it has a bad character range";
    case RE2::ErrorMissingBracket: return "a [ is not closed";
    case RE2::ErrorMissingParen: return "a parenthesis is not closed or not opened";
    case RE2::ErrorUnexpectedParen: return "a ) has no (";
    case RE2::ErrorTrailingBackslash: return "it ends with a backslash";
    case RE2::ErrorRepeatArgument: return "a repetition (*, + or ?) has nothing to repeat";
    case RE2::ErrorRepeatSize: return "a repetition count is bad or too large";
    case RE2::ErrorRepeatOp: return "it has a bad repetition operator";
    case RE2::ErrorBadPerlOp: return "it has a bad (? group; RE2 has no look-around";
    case RE2::ErrorBadUTF8: return "it is not valid UTF-8";
    case RE2::ErrorBadNamedCapture: return "it has a bad named group";
    case RE2::ErrorPatternTooLarge: return "it is too large";
    case RE2::ErrorInternal: return "RE2 failed on it";
  }
  return "it is not a valid RE2 pattern";
}

}  // namespace dhr
