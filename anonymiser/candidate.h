// Candidate: one match of one rule in a normalised text, before overlaps between rules are
// resolved (anonymiser/overlaps.h).
#pragma once

#include <string>

namespace dhr {

// Which rule wins between two overlapping candidates of equal length: the lower value. A name is
// the most specific thing a text can hold and a date the least: a place is named by the case, an
// extra rule by its author for this case, a generic rule fits every case.
enum class RuleRank { kName = 0, kPlace = 1, kExtra = 2, kGeneric = 3, kDate = 4 };

struct Candidate {
  size_t begin = 0;  // byte range in the normalised text
  size_t end = 0;
  RuleRank rank = RuleRank::kName;
  int order = 0;  // among rules of one rank: the earlier rule wins
  std::string replacement;
  std::string rule;      // "name:person:0", "date", "generic:postcode", "extra:case-ref"
  std::string identity;  // Identity::id for names; empty otherwise
  bool ambiguous = false;
};

}  // namespace dhr
