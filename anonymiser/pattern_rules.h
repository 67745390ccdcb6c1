// Pattern rules: the generic rules (anonymiser/generic_rules.h) and a case's extra rules
// (dhr::ExtraRule), compiled once for every text the matcher reads.
//
// Input: the rules, each an RE2 pattern written for the normalised text (anonymiser/normalise.h);
// the pattern itself is normalised the same way except for case, and compiled case-insensitive,
// so "[A-Z]{2}\d{6}" and "Siân" in a pattern match "ab123456" and "SIAN" in the text. Output, per
// text: a Candidate (anonymiser/candidate.h) for each match that passes its rule's check and, for
// generic rules, has no letter or digit directly before or after it. A search first asks one
// RE2::Set which rules match the text at all and then runs only those, so the rules that do not
// match cost one shared pass. Searches are const and safe from many threads at once.
// Covered by pattern_rules_test.cpp.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/bounded_search.h"
#include "anonymiser/candidate.h"
#include "anonymiser/generic_rules.h"
#include "anonymiser/normalise.h"
#include "anonymiser/rule_checks.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

struct PatternRule {
  std::string rule;  // "generic:postcode", "extra:case-ref"
  std::string pattern;
  std::string replacement;
  RuleCheck check = RuleCheck::kNone;
  RuleRank rank = RuleRank::kGeneric;
  WordBoundary boundary = WordBoundary::kAlnum;
  SourcePos pos;
};

PatternRule FromGeneric(const GenericRule& rule);
PatternRule FromExtra(const ExtraRule& rule);

class PatternRules {
 public:
  // Fails ("anonymiser.rule.bad_pattern", at the rule's position) when a pattern does not compile.
  static Result<PatternRules> Compile(std::vector<PatternRule> rules);

  // The indices of the rules that match somewhere in the normalised `text`.
  std::vector<size_t> RulesMatching(std::string_view text) const;

  // The matches of the rules `which` (from RulesMatching of the same text) in [begin, end).
  std::vector<Candidate> Find(const NormalisedText& text, std::string_view original,
                              const std::vector<size_t>& which, size_t begin, size_t end) const;

  // Not copyable, movable.
  PatternRules(PatternRules&&) = default;
  PatternRules& operator=(PatternRules&&) = default;
  PatternRules(const PatternRules&) = delete;
  PatternRules& operator=(const PatternRules&) = delete;

 private:
  PatternRules() = default;

  std::vector<PatternRule> rules_;
  std::vector<std::unique_ptr<RE2>> regexes_;  // one per rule
  std::unique_ptr<RE2::Set> set_;              // null: ask every rule
};

}  // namespace dhr
