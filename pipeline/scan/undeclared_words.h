// The words the check for undeclared names reads (undeclared.h): the detector's own word lists and
// the text split into words with what the detector needs to know of each. Internal to the scan;
// shares nothing with the anonymiser. Covered by undeclared_test.cpp.
#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <initializer_list>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/scan/public_terms.h"
#include "pipeline/scan/undeclared.h"

namespace dhr::scan::undeclared_detail {

// A hashed set of words, looked up by string_view without a copy.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view word) const { return std::hash<std::string_view>()(word); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

inline WordSet Set(std::initializer_list<const char*> words) { return WordSet(words.begin(), words.end()); }

// Titles written as abbreviations: any capitalised word after them is a name.
const WordSet& AbbreviatedTitles();
// Titles that are also ordinary nouns: a name after them must not be an ordinary word.
const WordSet& WordTitles();
const WordSet& RelationWords();
// Words between a relation word and the name: "her friend, called Tasha".
const WordSet& NamingWords();
const WordSet& StreetWords();
const WordSet& InstitutionWords();
// Words that name the kind of a place, not which one: never a name on their own.
const WordSet& KindWords();
// Words that start a phrase without being part of a name.
const WordSet& FunctionWords();
const WordSet& NameParticles();
const WordSet& CodeLeads();
const WordSet& GenderedWords();

struct Word {
  WordSpan span;
  std::string lower;   // folded, lower case, possessive kept
  std::string text;    // folded, as written; empty when that is `lower` (ASCII without capitals)
  bool capitalised = false;
  bool all_caps = false;
  bool has_digit = false;
  int letters = 0;
  bool space_before = false;  // only white space since the previous word (and there is one)
  bool sentence_start = false;
  bool in_address = false;    // inside an email or web address
  bool declared = false;
  bool covered = false;       // keep names and other findings
  bool public_term = false;
  bool public_alone = false;  // a public term of one word ("Catholic")
  bool code = false;
  bool used = false;          // taken by a candidate
  mutable int8_t ordinary = -1;  // Ordinary() and Proper(), computed once: -1 not yet
  mutable int8_t proper = -1;
};

// Unicode's White_Space, with ASCII answered without a property lookup.
inline bool IsWhiteSpace(UChar32 c) { return c < 0x80 ? c == ' ' || (c >= 0x09 && c <= 0x0D) : u_isUWhiteSpace(c); }

// Whether only white space, at least one character of it, stands between the end of one word
// (`limit`) and the start of the next: the two are then in one run of words (Word::space_before).
bool WhiteSpaceBetween(const char16_t* units, int32_t limit, int32_t start);

// The word as written.
inline std::string_view Written(const Word& w) { return w.text.empty() ? std::string_view(w.lower) : w.text; }

inline bool Overlaps(WordSpan w, const Utf16Span& s) { return w.start < s.limit && s.start < w.limit; }

// The word without a possessive ending: "tasha's" -> "tasha".
inline std::string_view Base(std::string_view lower) {
  if (lower.size() > 2 && lower.substr(lower.size() - 2) == "'s") return lower.substr(0, lower.size() - 2);
  if (lower.size() > 1 && lower.back() == '\'') return lower.substr(0, lower.size() - 1);
  return lower;
}

// True for a word after which a full stop does not end the sentence ("Dr.", "St.", "e.g.").
bool IsAbbreviation(std::string_view lower);

// The word of `text` at `span`, with its case and letters; the marks that depend on the words
// around it (space before, sentence start) and those the detector sets later are false.
Word ReadWord(const icu::UnicodeString& text, WordSpan span);
// Whether the word at `span` starts with a capital (upper or title case).
bool StartsCapitalised(const icu::UnicodeString& text, WordSpan span);

// The words of `text` in order, each with its case, letters, the space before it and whether it
// starts a sentence; the marks the detector sets later (declared, covered...) are false.
std::vector<Word> SplitIntoWords(const icu::UnicodeString& text);

// Whether `folded` can hold a candidate at all. Every kind of candidate holds a capitalised word
// that is not an ordinary English word (or is a proper noun), or a name particle joining
// capitalised words, or a title before a capitalised word or a street or institution word after
// one (white space alone between them); a text without any of these is not analysed.
// undeclared_corpus_test.cpp checks on every paragraph of the corpus that this never drops one.
bool MayHoldCandidate(const icu::UnicodeString& folded);
// FindUndeclared without that shortcut.
std::vector<UndeclaredHit> FindUndeclaredInEveryText(const icu::UnicodeString& folded,
                                                     const std::vector<Utf16Span>& declared,
                                                     const std::vector<Utf16Span>& covered, const PublicTerms& terms);

}  // namespace dhr::scan::undeclared_detail
