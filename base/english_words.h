// English words: the word list of Debian's wbritish package (british-english), embedded into the
// program at build time, so that "is this an ordinary English word?" has one answer everywhere and
// no hand-typed list stands in for a dictionary.
//
// Input: a word as it stands in a document, already folded to plain letters by the caller (no
// accents; apostrophes as '). Output: whether the list holds it in lower case (an ordinary word:
// "rose", "dean", "practice") or with a capital (a proper noun: "Dean", "Michelle", "London").
// A possessive ("Tasha's", "nurses'") is looked up without its ending. The list is read once, on
// first use, and is read-only afterwards: safe from any number of threads.
// Holds data only, no detection logic: the anonymiser and the leak scan may both use it.
// Covered by english_words_test.cpp.
#pragma once

#include <string_view>

namespace dhr {

// `word` in any case; true when its lower-case form is a lower-case entry of the list.
bool IsOrdinaryEnglishWord(std::string_view word);

// True when the list holds `word` with its first letter a capital and the rest as written
// ("Dean", "Sheffield"); `word` is looked up with only its first letter upper-cased.
bool IsProperNounInWordList(std::string_view word);

// The number of entries read (lower-case and capitalised), for tests and diagnostics.
size_t EnglishWordCount();

}  // namespace dhr
