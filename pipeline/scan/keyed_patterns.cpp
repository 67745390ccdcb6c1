#include "pipeline/scan/keyed_patterns.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace dhr::scan {
namespace {

constexpr const char* kWordEnd = "(?:'s|')?(?![\\p{L}\\p{M}\\p{N}])";
constexpr char32_t kAnyNext = U'*';  // the key of a lead word with a single letter or digit
constexpr int32_t kMaxSkipped = 3;   // apostrophes, hyphens and spaces skipped inside a key

bool IsWordCharacter(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

bool IsAlnum(UChar32 c) { return u_isalnum(c); }

Status IcuError(UErrorCode code) {
  return Status::Error("scan.icu", std::string("the regular-expression engine failed: ") + u_errorName(code));
}

}  // namespace

// The key of the word at `start` into `key` (its buffer reused from word to word).
void WordKeyInto(const icu::UnicodeString& text, int32_t start, std::u32string& key) {
  key.clear();
  const int32_t length = text.length();
  if (start >= length) return;
  const UChar32 first = text.char32At(start);
  if (!IsAlnum(first)) return;
  key += static_cast<char32_t>(u_foldCase(first, U_FOLD_CASE_DEFAULT));
  int32_t at = start + U16_LENGTH(first);
  for (int32_t skipped = 0; at < length && skipped <= kMaxSkipped; ++skipped) {
    const UChar32 c = text.char32At(at);
    if (IsAlnum(c)) {
      key += static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
      return;
    }
    at += U16_LENGTH(c);
  }
  key += kAnyNext;
}

std::u32string WordKey(const icu::UnicodeString& text, int32_t start) {
  std::u32string key;
  WordKeyInto(text, start, key);
  return key;
}

void WholeWordInto(const icu::UnicodeString& text, int32_t start, std::u32string& word) {
  word.clear();
  for (int32_t at = start; at < text.length();) {
    const UChar32 c = text.char32At(at);
    if (!IsAlnum(c)) break;
    word += static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    at += U16_LENGTH(c);
  }
}

std::u32string WholeWord(const icu::UnicodeString& text, int32_t start) {
  std::u32string word;
  WholeWordInto(text, start, word);
  return word;
}

Result<KeyedPatternSet> KeyedPatternSet::Compile(const std::vector<NameVariant>& variants) {
  KeyedPatternSet set;
  for (size_t i = 0; i < variants.size(); ++i) {
    const NameVariant& v = variants[i];
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(v.pattern + kWordEnd), UREGEX_CASE_INSENSITIVE, parse_error, status));
    if (U_FAILURE(status))
      return Status::Error("scan.pattern", "the " + v.rule + " could not be turned into a search pattern");
    set.patterns_.push_back(std::move(pattern));
    for (const std::string& lead : v.leads) {
      const icu::UnicodeString text = icu::UnicodeString::fromUTF8(lead);
      const std::u32string key = v.whole_word_leads ? WholeWord(text, 0) : WordKey(text, 0);
      if (key.empty()) continue;
      std::vector<size_t>& list = (v.whole_word_leads ? set.by_word_ : set.by_key_)[key];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  return set;
}

const std::vector<size_t>* KeyedPatternSet::Candidates(const std::u32string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

const std::vector<size_t>* KeyedPatternSet::WordCandidates(const std::u32string& word) const {
  auto it = by_word_.find(word);
  return it == by_word_.end() ? nullptr : &it->second;
}

KeyedMatcher::KeyedMatcher(const KeyedPatternSet& set)
    : set_(set), matchers_(set.size()), bound_to_(set.size(), nullptr), bound_generation_(set.size(), 0) {}

Result<std::vector<KeyedMatch>> KeyedMatcher::FindAll(const icu::UnicodeString& text) {
  ++generation_;
  std::vector<KeyedMatch> out;
  if (set_.size() == 0) return out;  // nothing to look for (a case with no keep list)
  std::vector<size_t> candidates;
  std::u32string key, word;  // of the word at hand, their buffers reused
  const int32_t length = text.length();
  UChar32 previous = 0;
  for (int32_t at = 0; at < length;) {
    const UChar32 c = text.char32At(at);
    const int32_t next = at + U16_LENGTH(c);
    const bool word_start = IsAlnum(c) && !(previous && IsWordCharacter(previous));
    previous = c;
    if (!word_start) {
      at = next;
      continue;
    }
    WordKeyInto(text, at, key);
    candidates.clear();
    if (const auto* list = set_.Candidates(key)) candidates = *list;
    if (key.size() == 2 && key[1] != kAnyNext) {
      key[1] = kAnyNext;
      if (const auto* list = set_.Candidates(key)) candidates.insert(candidates.end(), list->begin(), list->end());
    }
    WholeWordInto(text, at, word);
    if (const auto* list = set_.WordCandidates(word))
      candidates.insert(candidates.end(), list->begin(), list->end());
    std::sort(candidates.begin(), candidates.end());
    bool matched = false;
    for (size_t index : candidates) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher>& matcher = matchers_[index];
      if (!matcher) {
        matcher.reset(set_.pattern(index).matcher(text, status));
      } else if (bound_to_[index] != &text || bound_generation_[index] != generation_) {
        matcher->reset(text);
      }
      if (U_FAILURE(status) || !matcher) return IcuError(status);
      bound_to_[index] = &text;
      bound_generation_[index] = generation_;
      if (!matcher->lookingAt(at, status)) {
        if (U_FAILURE(status)) return IcuError(status);
        continue;
      }
      const int32_t limit = matcher->end(status);
      if (U_FAILURE(status)) return IcuError(status);
      out.push_back({at, limit, index});
      matched = true;
      // Resume at the end of the match; the character before it is taken from the text there.
      previous = limit > 0 ? text.char32At(limit - 1) : 0;
      at = std::max(limit, next);
      break;
    }
    if (!matched) at = next;
  }
  return out;
}

}  // namespace dhr::scan
