// Keyed patterns: many ICU regular expressions (one per name variant), each tried only at the word
// starts where its first word can begin.
//
// A single alternation of hundreds of case-insensitive variants, each in a capture group, costs
// milliseconds per paragraph in ICU's backtracking engine; here each variant is its own pattern,
// filed under the key of its first word (its first letter and the next letter or digit, without
// case) or, for variants starting with a title, under each title as a whole word; at each word
// start of the text only the variants filed under that start's key or word are tried,
// anchored there, in the set's order. The first that matches wins and matching resumes after it:
// leftmost first, earliest variant (the longest, see name_variants.h) first, never overlapping.
// A word start is a letter or digit not preceded by a letter, mark or digit; a match must end at
// a word end, optionally after a possessive "'s" or "'".
// Before a variant's pattern is run, its first word is checked against the text cheaply: the
// ASCII letters and digits of the lead (up to its first other character) must be the text's
// letters and digits from the word start on, in any case, with anything that is not a letter or
// digit skipped on both sides; a whole-word lead (a title) must be the text's word. The check only
// ever lets through more than the pattern matches, never less: a character outside ASCII in the
// text ends it with a pass, and the pattern has the last word.
// A KeyedPatternSet is read-only once compiled and may be shared by threads; each thread matches
// with its own KeyedMatcher. Covered by text_detector_test.cpp.
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <unordered_map>
#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/scan/name_variants.h"

namespace dhr::scan {

// Movable, not copyable.
class KeyedPatternSet {
 public:
  // Compiles every variant's pattern; on failure the error names the variant's rule, never its text.
  static Result<KeyedPatternSet> Compile(const std::vector<NameVariant>& variants);

  size_t size() const { return patterns_.size(); }
  const icu::RegexPattern& pattern(size_t index) const { return *patterns_[index]; }

  // One spelling of a first word, filed under its key, with the variants it leads.
  struct Lead {
    std::string ascii;            // its ASCII letters and digits, lower case, up to its first other character
    std::u32string whole;         // for a whole-word lead: the folded word the text's word must be; else empty
    std::vector<size_t> indices;  // the variants, ascending
  };
  // The leads filed under a key: a word's first letter or digit and the next one (or kAnyNext,
  // U'*', for any), folded; nullptr when none.
  const std::vector<Lead>* Leads(char32_t first, char32_t second) const;

 private:
  std::vector<std::unique_ptr<icu::RegexPattern>> patterns_;
  std::vector<std::vector<Lead>> lists_;
  std::unordered_map<uint64_t, size_t> by_key_;  // a packed key: its list in lists_
  std::vector<int32_t> ascii_keys_;             // keys of two ASCII characters: their list, or -1
};

struct KeyedMatch {
  int32_t start = 0;  // UTF-16 units of the text
  int32_t limit = 0;
  size_t index = 0;   // the variant
};

// Borrows its set, which must outlive it. Not thread-safe: one per thread.
class KeyedMatcher {
 public:
  explicit KeyedMatcher(const KeyedPatternSet& set);
  KeyedMatcher(const KeyedMatcher&) = delete;
  KeyedMatcher& operator=(const KeyedMatcher&) = delete;

  // Every match in `text`, which must stay alive and unchanged during the call.
  Result<std::vector<KeyedMatch>> FindAll(const icu::UnicodeString& text);

 private:
  const KeyedPatternSet& set_;
  std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;  // created on first use
  std::vector<const icu::UnicodeString*> bound_to_;           // the text each matcher was reset to
  std::vector<uint64_t> bound_generation_;
  uint64_t generation_ = 0;
};

// The key a word is filed under: its first letter or digit and the next one, case folded.
std::u32string WordKey(const icu::UnicodeString& text, int32_t start);
// The run of letters and digits starting at `start`, case folded.
std::u32string WholeWord(const icu::UnicodeString& text, int32_t start);

}  // namespace dhr::scan
