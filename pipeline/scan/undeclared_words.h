// The words the check for undeclared names reads (undeclared.h): the detector's own word lists and
// the text split into words with what the detector needs to know of each. Internal to the scan;
// shares nothing with the anonymiser. Covered by undeclared_test.cpp.
#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/scan/public_terms.h"
#include "pipeline/scan/undeclared.h"

namespace dhr::scan::undeclared_detail {

using WordSet = std::set<std::string, std::less<>>;

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
  std::string text;    // folded, as written
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

inline bool Overlaps(WordSpan w, const Utf16Span& s) { return w.start < s.limit && s.start < w.limit; }

// The word without a possessive ending: "tasha's" -> "tasha".
inline std::string_view Base(std::string_view lower) {
  if (lower.size() > 2 && lower.substr(lower.size() - 2) == "'s") return lower.substr(0, lower.size() - 2);
  if (lower.size() > 1 && lower.back() == '\'') return lower.substr(0, lower.size() - 1);
  return lower;
}

// True for a word after which a full stop does not end the sentence ("Dr.", "St.", "e.g.").
bool IsAbbreviation(std::string_view lower);

// The words of `text` in order, each with its case, letters, the space before it and whether it
// starts a sentence; the marks the detector sets later (declared, covered...) are false.
std::vector<Word> SplitIntoWords(const icu::UnicodeString& text);

}  // namespace dhr::scan::undeclared_detail
