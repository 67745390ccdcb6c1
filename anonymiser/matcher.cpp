#include "anonymiser/matcher.h"

#include <algorithm>
#include <chrono>

#include "anonymiser/date_rules.h"
#include "anonymiser/name_dictionary.h"
#include "anonymiser/name_rules.h"
#include "anonymiser/normalise.h"
#include "anonymiser/overlaps.h"
#include "anonymiser/pattern_rules.h"

namespace dhr {
namespace {

// Rounds of searching the text that candidates which lost an overlap left uncovered; each round
// only searches what is left, and one is nearly always enough.
constexpr int kMaxRounds = 4;

int ThisYear() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year());
}

std::vector<Span> SpansOf(const std::vector<Candidate>& candidates) {
  std::vector<Span> spans;
  spans.reserve(candidates.size());
  for (const Candidate& c : candidates) spans.push_back({c.begin, c.end});
  return spans;
}

}  // namespace

Matcher::Matcher() = default;
Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

Result<Matcher> Matcher::Compile(const MatcherInput& input) {
  Matcher matcher;

  Result<NameRules> names = NameRules::Compile(input.identities);
  if (!names.ok()) return names.status();
  matcher.names_ = std::make_unique<NameRules>(std::move(names.value()));

  std::vector<std::string> keep;
  for (const std::string& entry : input.keep) keep.push_back(NormaliseString(entry));
  Result<NameDictionary> keep_dictionary = NameDictionary::Compile(keep);
  if (!keep_dictionary.ok()) return keep_dictionary.status();
  matcher.keep_ = std::make_unique<NameDictionary>(std::move(keep_dictionary.value()));

  std::vector<PatternRule> rules;
  if (input.generic_rules) {
    for (const GenericRule& rule : *input.generic_rules) rules.push_back(FromGeneric(rule));
  } else {
    Result<std::vector<GenericRule>> builtin = BuiltinGenericRules();
    if (!builtin.ok()) return builtin.status();
    for (const GenericRule& rule : builtin.value()) rules.push_back(FromGeneric(rule));
  }
  for (const ExtraRule& rule : input.extra_rules) rules.push_back(FromExtra(rule));
  Result<PatternRules> patterns = PatternRules::Compile(std::move(rules));
  if (!patterns.ok()) return patterns.status();
  matcher.patterns_ = std::make_unique<PatternRules>(std::move(patterns.value()));

  Result<DateRules> dates =
      DateRules::Compile(input.current_year > 0 ? input.current_year : ThisYear());
  if (!dates.ok()) return dates.status();
  matcher.dates_ = std::make_unique<DateRules>(std::move(dates.value()));
  return matcher;
}

std::vector<Match> Matcher::Find(std::string_view original) const {
  const NormalisedText text = Normalise(original);
  const size_t size = text.text.size();
  std::vector<Span> taken;
  for (const NameDictionary::Hit& hit : keep_->Find(text.text, 0, size)) {
    taken.push_back({hit.begin, hit.end});
  }
  const std::vector<size_t> pattern_rules = patterns_->RulesMatching(text.text);

  std::vector<Candidate> accepted;
  std::vector<Span> regions = Subtract({{0, size}}, taken);
  for (int round = 0; round < kMaxRounds && !regions.empty(); ++round) {
    std::vector<Candidate> found;
    auto add = [&found](std::vector<Candidate> more) {
      found.insert(found.end(), std::make_move_iterator(more.begin()),
                   std::make_move_iterator(more.end()));
    };
    for (Span region : regions) {
      add(names_->Find(text, original, region.begin, region.end));
      add(patterns_->Find(text, original, pattern_rules, region.begin, region.end));
      add(dates_->Find(text, original, region.begin, region.end));
    }
    std::vector<Candidate> dropped;
    std::vector<Candidate> stand = ResolveOverlaps(std::move(found), taken, &dropped);
    std::vector<Span> won = SpansOf(stand);
    taken.insert(taken.end(), won.begin(), won.end());
    accepted.insert(accepted.end(), std::make_move_iterator(stand.begin()),
                    std::make_move_iterator(stand.end()));
    regions = Subtract(SpansOf(dropped), taken);
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });

  std::vector<Match> matches;
  matches.reserve(accepted.size());
  for (Candidate& c : accepted) {
    size_t begin = text.OriginalBegin(c.begin);
    const size_t end = text.OriginalEnd(c.end);
    // Two matches that meet inside one original character (a ligature, "ß") would overlap once
    // widened to whole characters; the later one gives way.
    if (!matches.empty()) begin = std::max(begin, matches.back().end);
    if (begin >= end) continue;
    matches.push_back({.begin = begin, .end = end, .replacement = std::move(c.replacement),
                       .rule = std::move(c.rule), .identity = std::move(c.identity),
                       .ambiguous = c.ambiguous});
  }
  return matches;
}

}  // namespace dhr
