// Overlaps: which of the candidates of all rules stand, when several claim the same text.
//
// Input: candidates (anonymiser/candidate.h) in any order, and ranges already taken (text a keep
// entry protects, candidates accepted before). Output: the candidates that stand, sorted by
// position and non-overlapping: the longest wins; at equal length the lower RuleRank, then the
// earlier rule, then the earlier position. A candidate that overlaps a taken range never stands.
// Covered by overlaps_test.cpp.
#pragma once

#include <vector>

#include "anonymiser/bounded_search.h"
#include "anonymiser/candidate.h"

namespace dhr {

// Returns the candidates that stand; the others go to `dropped` when it is not null.
std::vector<Candidate> ResolveOverlaps(std::vector<Candidate> candidates,
                                       const std::vector<Span>& taken,
                                       std::vector<Candidate>* dropped = nullptr);

// The parts of the ranges `from` not covered by the ranges `minus`, joined where they touch and
// sorted; both may overlap themselves and come in any order.
std::vector<Span> Subtract(std::vector<Span> from, std::vector<Span> minus);

}  // namespace dhr
