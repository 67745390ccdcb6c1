// Suggestion: the nearest of a list of known words to a misspelt one, for "did you mean" hints.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace dhr {

// The candidate closest to `word` by edit distance (a swap of neighbours is one edit), ignoring
// ASCII case, when it is close enough to be a likely typo (about a third of the word's length, at
// least one edit); otherwise "".
std::string ClosestWord(std::string_view word, std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" for the closest candidate, or "" when none is close.
std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace dhr
