// The matcher: finds every identifier of a case in a plain UTF-8 text (a paragraph, an attribute
// value, a document property) and says what replaces it.
//
// Input (Compile): the case's identities with their codes (anonymiser/identity.h), the keep list
// (public names never replaced), the case's extra rules, the generic rules (built in unless
// given). Output (Find): the matches in one text, sorted and non-overlapping, as byte ranges of
// the ORIGINAL text, so that replacing each [begin, end) with its replacement gives the anonymised
// text. What is matched:
//   - names in every variant (anonymiser/name_variants.h, anonymiser/name_rules.h), with their
//     titles and possessives, in any case, with or without accents, curly or straight apostrophes,
//     any space or hyphen between their parts, soft hyphens inside: the text is normalised
//     (anonymiser/normalise.h) and read with Unicode word boundaries ("Ann" is not in "Anne");
//   - precise dates, generalised to month and year (anonymiser/date_rules.h);
//   - the generic and extra rules (anonymiser/pattern_rules.h).
// All rules find their candidates in one pass; overlaps are resolved once: the longest wins, then
// name > place > extra > generic > date (anonymiser/overlaps.h). Keep wins over everything: no
// match overlaps a keep entry, and the text beside it is still searched (keep "Connor Walsh"
// protects its "Connor", and "Connor D'Arcy" next to it is still found). Where a candidate loses
// to a longer one that covers only part of it, the part left over is searched again, so a name is
// never left whole because an overlapping match lost. Only the original text is searched, so a
// replacement is never matched again.
//
// Cost: all names are one RE2 (anonymiser/name_dictionary.h) and the pattern rules are
// prefiltered by one RE2::Set, so a thousand identities cost about what ten do.
// Compile once, then Find from any number of threads at once.
// Covered by matcher_test.cpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/generic_rules.h"
#include "anonymiser/identity.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

struct MatcherInput {
  std::vector<Identity> identities;
  std::vector<std::string> keep;  // public names, never replaced
  std::vector<ExtraRule> extra_rules;
  std::optional<std::vector<GenericRule>> generic_rules;  // nothing: the built-in rules
  int current_year = 0;  // places two-digit years ("8.6.22"); 0: this year
};

struct Match {
  size_t begin = 0;  // byte range of the original text
  size_t end = 0;
  std::string replacement;
  std::string rule;      // "name:person:0", "name:place:1", "date", "generic:postcode", "extra:ref"
  std::string identity;  // Identity::id for names; empty otherwise
  bool ambiguous = false;  // a name variant more than one identity has: listed by the audit
};

class NameRules;
class DateRules;
class PatternRules;
class NameDictionary;

class Matcher {
 public:
  // Fails with the first problem: a bad extra or generic pattern (at its file:line:col), an
  // identity without a code, too many names for one pattern.
  static Result<Matcher> Compile(const MatcherInput& input);

  // The matches in `text`; thread-safe.
  std::vector<Match> Find(std::string_view text) const;

  ~Matcher();
  // Not copyable, movable.
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

 private:
  Matcher();

  std::unique_ptr<NameRules> names_;
  std::unique_ptr<NameDictionary> keep_;
  std::unique_ptr<PatternRules> patterns_;
  std::unique_ptr<DateRules> dates_;
};

}  // namespace dhr
