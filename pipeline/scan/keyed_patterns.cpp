#include "pipeline/scan/keyed_patterns.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace dhr::scan {
namespace {

// A match ends at a word end. The class is compiled case-sensitively: closing it over case (the
// pattern's mode) gives the same letters and cost most of a pattern's compile time.
constexpr const char* kWordEnd = "(?:'s|')?(?-i:(?![\\p{L}\\p{M}\\p{N}]))";
constexpr char32_t kAnyNext = U'*';  // the key of a lead word with a single letter or digit
constexpr int32_t kMaxSkipped = 3;   // apostrophes, hyphens and spaces skipped inside a key

constexpr size_t kLongestAscii = 24;  // a lead's ASCII letters checked before its pattern runs
constexpr int32_t kAsciiReach = 64;   // UTF-16 units of the text read for that check, at most
constexpr uint64_t kAnyNextBits = 0x1FFFFF;  // above every code point

bool IsAsciiAlnum(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool IsAlnum(UChar32 c) { return c < 0x80 ? IsAsciiAlnum(c) : u_isalnum(c) != 0; }

bool IsWordCharacter(UChar32 c) { return c < 0x80 ? IsAsciiAlnum(c) : IsAlnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

UChar32 Fold(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

// A word key (one or two folded characters, the second maybe kAnyNext) as one number.
uint64_t PackedKey(char32_t first, char32_t second) {
  return (static_cast<uint64_t>(first) << 21) | (second == kAnyNext ? kAnyNextBits : second);
}

// The slot of a key of two ASCII characters (the second maybe kAnyNext) in a flat table, or -1.
constexpr int32_t kAsciiSlots = 128 * 129;
int32_t AsciiSlot(char32_t first, char32_t second) {
  if (first >= 128 || (second >= 128 && second != kAnyNext)) return -1;
  return static_cast<int32_t>(first * 129 + (second == kAnyNext ? 128 : second));
}

// The lead's ASCII letters and digits, lower case, up to its first character outside ASCII.
std::string AsciiLetters(const std::string& lead) {
  std::string out;
  for (unsigned char c : lead) {
    if (c >= 0x80 || out.size() == kLongestAscii) break;
    if (IsAsciiAlnum(c)) out += static_cast<char>(Fold(c));
  }
  return out;
}

// The text's letters and digits from a word start, as the check of a lead reads them. They are
// read as far as a lead asks: most leads differ from the text in their first few letters.
class TextLetters {
 public:
  void Start(const char16_t* units, int32_t length, int32_t at) {
    units_ = units;
    length_ = length;
    next_ = at;
    stop_ = std::min(length, at + kAsciiReach);
    size_ = 0;
    ended_ = open_ = false;
  }
  // Whether a lead's ASCII letters (at most kLongestAscii) can start here. A text read up to a
  // character outside ASCII, or too far, lets a longer lead through.
  bool Allow(const std::string& lead) {
    for (size_t i = 0; i < lead.size(); ++i) {
      if (i == size_ && !ReadOne()) return open_;
      if (lead[i] != letters_[i]) return false;
    }
    return true;
  }

 private:
  // Reads the next letter or digit; false when the reading has ended.
  bool ReadOne() {
    while (!ended_) {
      if (next_ >= stop_) {
        ended_ = true;
        open_ = next_ < length_;
        break;
      }
      const char16_t c = units_[next_];
      if (c >= 0x80) {
        ended_ = open_ = true;
        break;
      }
      ++next_;
      if (IsAsciiAlnum(c)) {
        letters_[size_++] = static_cast<char>(Fold(c));
        return true;
      }
    }
    return false;
  }

  const char16_t* units_ = nullptr;
  int32_t length_ = 0, next_ = 0, stop_ = 0;
  char letters_[kLongestAscii];
  size_t size_ = 0;
  bool ended_ = false;
  bool open_ = false;  // ended at a character outside ASCII or at kAsciiReach, not at the text's end
};

Status IcuError(UErrorCode code) {
  return Status::Error("scan.icu", std::string("the regular-expression engine failed: ") + u_errorName(code));
}

}  // namespace

// The key of the word at `start`: its first letter or digit and the next one within
// kMaxSkipped other characters, folded, or kAnyNext for the second when there is none. False
// when `start` is no letter or digit.
bool KeyAt(const char16_t* units, int32_t length, int32_t start, char32_t& first, char32_t& second) {
  if (start >= length) return false;
  int32_t at = start;
  UChar32 c;
  U16_NEXT(units, at, length, c);
  if (!IsAlnum(c)) return false;
  first = static_cast<char32_t>(Fold(c));
  second = kAnyNext;
  for (int32_t skipped = 0; at < length && skipped <= kMaxSkipped; ++skipped) {
    U16_NEXT(units, at, length, c);
    if (IsAlnum(c)) {
      second = static_cast<char32_t>(Fold(c));
      break;
    }
  }
  return true;
}

// The key of the word at `start` into `key` (its buffer reused from word to word).
void WordKeyInto(const icu::UnicodeString& text, int32_t start, std::u32string& key) {
  key.clear();
  char32_t first, second;
  if (!KeyAt(text.getBuffer(), text.length(), start, first, second)) return;
  key += first;
  key += second;
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
    word += static_cast<char32_t>(Fold(c));
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
      const std::u32string key = WordKey(text, 0);
      if (key.size() != 2) continue;
      std::string ascii = AsciiLetters(lead);
      std::u32string whole = v.whole_word_leads ? WholeWord(text, 0) : std::u32string();
      const auto [slot, added] = set.by_key_.try_emplace(PackedKey(key[0], key[1]), set.lists_.size());
      if (added) set.lists_.emplace_back();
      std::vector<Lead>& leads = set.lists_[slot->second];
      auto same = std::find_if(leads.begin(), leads.end(),
                               [&](const Lead& l) { return l.ascii == ascii && l.whole == whole; });
      if (same == leads.end()) {
        leads.push_back({std::move(ascii), std::move(whole), {}});
        same = leads.end() - 1;
      }
      if (same->indices.empty() || same->indices.back() != i) same->indices.push_back(i);
    }
  }
  set.ascii_keys_.assign(kAsciiSlots, -1);
  for (const auto& [packed, list] : set.by_key_) {
    const auto first = static_cast<char32_t>(packed >> 21);
    const uint64_t low = packed & kAnyNextBits;
    const int32_t slot = AsciiSlot(first, low == kAnyNextBits ? kAnyNext : static_cast<char32_t>(low));
    if (slot >= 0) set.ascii_keys_[slot] = static_cast<int32_t>(list);
  }
  return set;
}

const std::vector<KeyedPatternSet::Lead>* KeyedPatternSet::Leads(char32_t first, char32_t second) const {
  if (const int32_t slot = AsciiSlot(first, second); slot >= 0) {
    const int32_t list = ascii_keys_.empty() ? -1 : ascii_keys_[slot];
    return list < 0 ? nullptr : &lists_[list];
  }
  auto it = by_key_.find(PackedKey(first, second));
  return it == by_key_.end() ? nullptr : &lists_[it->second];
}

KeyedMatcher::KeyedMatcher(const KeyedPatternSet& set)
    : set_(set), matchers_(set.size()), bound_to_(set.size(), nullptr), bound_generation_(set.size(), 0) {}

Result<std::vector<KeyedMatch>> KeyedMatcher::FindAll(const icu::UnicodeString& text) {
  ++generation_;
  std::vector<KeyedMatch> out;
  if (set_.size() == 0) return out;  // nothing to look for (a case with no keep list)
  std::vector<size_t> candidates;
  std::u32string word;  // the word at hand, its buffer reused
  TextLetters letters;
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();
  UChar32 previous = 0;
  for (int32_t at = 0; at < length;) {
    UChar32 c = units[at];
    int32_t next = at + 1;
    if (c >= 0xD800) {
      next = at;
      U16_NEXT(units, next, length, c);
    }
    const bool word_start = IsAlnum(c) && !(previous && IsWordCharacter(previous));
    previous = c;
    if (!word_start) {
      at = next;
      continue;
    }
    char32_t first, second;
    KeyAt(units, length, at, first, second);
    const std::vector<KeyedPatternSet::Lead>* exact = set_.Leads(first, second);
    const std::vector<KeyedPatternSet::Lead>* any = second == kAnyNext ? nullptr : set_.Leads(first, kAnyNext);
    candidates.clear();
    bool word_read = false;
    letters.Start(units, length, at);
    for (const auto* leads : {exact, any}) {
      if (!leads) continue;
      for (const KeyedPatternSet::Lead& lead : *leads) {
        if (!letters.Allow(lead.ascii)) continue;
        if (!lead.whole.empty()) {
          if (!word_read) {
            WholeWordInto(text, at, word);
            word_read = true;
          }
          if (word != lead.whole) continue;
        }
        candidates.insert(candidates.end(), lead.indices.begin(), lead.indices.end());
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
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
    if (!matched) {
      at = next;
      // The rest of the word holds no word start: its ASCII letters and digits are passed over.
      while (at < length && units[at] < 0x80 && IsAsciiAlnum(units[at])) previous = units[at++];
    }
  }
  return out;
}

}  // namespace dhr::scan
