// Bounded search: the matches of one RE2 in part of a normalised text that stand as whole words,
// with Unicode word boundaries (RE2's \b knows only ASCII, so "Siân" would match inside "Siâne").
//
// Input: a compiled RE2 (for word-bounded searches, compiled with longest_match), the whole
// normalised text (anonymiser/normalise.h) and the range [begin, end) to search; the text outside
// the range is context for the boundaries. Output: the matches in order, non-overlapping, each
// the longest at its start that has no letter (kLetter) or no letter or digit (kAlnum) directly
// before or after it. When the longest match at a start fails the boundary after it, shorter
// matches at that start are tried ("Jo" where "Jo Ann" runs on into "Jo Anne"). A match that
// `accept` (when given) refuses is skipped as if the boundary had failed, and the search goes on
// from its next code point, so a valid match inside a refused one is still found.
// Covered by bounded_search_test.cpp.
#pragma once

#include <re2/re2.h>

#include <functional>
#include <string_view>
#include <vector>

namespace dhr {

// kDigit: no digit directly before or after (a number may touch letters: "No12.04.2006").
enum class WordBoundary { kNone, kLetter, kAlnum, kDigit };

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

std::vector<Span> FindBounded(const RE2& re, std::string_view text, size_t begin, size_t end,
                              WordBoundary boundary,
                              const std::function<bool(Span)>& accept = nullptr);

}  // namespace dhr
