#include "anonymiser/pattern_rules.h"

#include <algorithm>
#include <numeric>

#include "anonymiser/pattern_error.h"

namespace dhr {
namespace {

RE2::Options RuleOptions(const PatternRule& rule) {
  RE2::Options options(RE2::Quiet);  // extra rules may hold people's names: never log them
  options.set_case_sensitive(false);
  // Word-bounded rules need the longest match at each start to try shorter ones; a rule without
  // bounds keeps the leftmost-first meaning its author wrote it with.
  options.set_longest_match(rule.boundary != WordBoundary::kNone);
  return options;
}

std::vector<size_t> AllRules(size_t count) {
  std::vector<size_t> all(count);
  std::iota(all.begin(), all.end(), size_t{0});
  return all;
}

}  // namespace

PatternRule FromGeneric(const GenericRule& rule) {
  return {.rule = "generic:" + rule.id, .pattern = rule.pattern, .replacement = rule.replacement,
          .check = rule.check, .rank = RuleRank::kGeneric, .boundary = WordBoundary::kAlnum,
          .pos = rule.pos};
}

PatternRule FromExtra(const ExtraRule& rule) {
  return {.rule = "extra:" + rule.id, .pattern = rule.pattern, .replacement = rule.replacement,
          .check = RuleCheck::kNone, .rank = RuleRank::kExtra, .boundary = WordBoundary::kNone,
          .pos = rule.pos};
}

Result<PatternRules> PatternRules::Compile(std::vector<PatternRule> rules) {
  PatternRules out;
  RE2::Options set_options(RE2::Quiet);
  set_options.set_case_sensitive(false);
  auto set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
  bool set_usable = true;
  for (PatternRule& rule : rules) {
    rule.pattern = NormaliseString(rule.pattern, CaseFolding::kKeep);
    auto regex = std::make_unique<RE2>(rule.pattern, RuleOptions(rule));
    if (!regex->ok()) {
      return Status::Error("anonymiser.rule.bad_pattern",
                           "the pattern of rule \"" + rule.rule + "\" does not compile: " +
                               PatternErrorDescription(regex->error_code()),
                           {.file = rule.pos.file, .line = rule.pos.line, .column = rule.pos.column});
    }
    out.regexes_.push_back(std::move(regex));
    if (set->Add(rule.pattern, nullptr) < 0) set_usable = false;
  }
  if (set_usable && !rules.empty() && set->Compile()) out.set_ = std::move(set);
  out.rules_ = std::move(rules);
  return out;
}

std::vector<size_t> PatternRules::RulesMatching(std::string_view text) const {
  if (!set_) return AllRules(rules_.size());
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!set_->Match(text, &matched, &error)) {
    // No rule matches, unless the Set ran out of memory: then every rule must look for itself.
    return error.kind == RE2::Set::kNoError ? std::vector<size_t>{} : AllRules(rules_.size());
  }
  std::vector<size_t> out(matched.begin(), matched.end());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Candidate> PatternRules::Find(const NormalisedText& text, std::string_view original,
                                          const std::vector<size_t>& which, size_t begin,
                                          size_t end) const {
  std::vector<Candidate> out;
  for (size_t index : which) {
    const PatternRule& rule = rules_[index];
    FindBounded(*regexes_[index], text.text, begin, end, rule.boundary, [&](Span span) {
      size_t from = text.OriginalBegin(span.begin);
      std::string_view written = original.substr(from, text.OriginalEnd(span.end) - from);
      std::string_view normalised =
          std::string_view(text.text).substr(span.begin, span.end - span.begin);
      if (!PassesCheck(rule.check, normalised, written)) return false;
      out.push_back({.begin = span.begin, .end = span.end, .rank = rule.rank,
                     .order = static_cast<int>(index), .replacement = rule.replacement,
                     .rule = rule.rule});
      return true;
    });
  }
  return out;
}

}  // namespace dhr
