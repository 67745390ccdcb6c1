// Undeclared names: people, streets and institutions a document names that the case file does not
// declare. The leak scan's own check (it shares nothing with the anonymiser's matcher): a public
// review must not name a neighbour, an officer or a child's nursery just because nobody listed them.
//
// Input: a folded text (folding.h), the UTF-16 spans of the case's declared identifiers and
// `keep` names already found in it, and the spans of other findings (emails, dates...). Output:
// UndeclaredHits, UTF-16 spans of candidates with their kind, in text order, never overlapping.
// The text is split into words (letters and digits, joined by an internal apostrophe or hyphen:
// "O'Donnell", "Kerry-Ann"); a word is *ordinary* when Debian's English word list has it in lower
// case (base/english_words.h), a *proper noun* when the list has it with a capital. Candidates:
//   titled person   a title and up to three capitalised words: "Mrs Beverley Ashcroft", "DS
//                   Kowalczyk" (after a title that is also a noun, "Nurse", "Inspector", only
//                   names that are not ordinary words, or are proper nouns);
//   street          capitalised words before a street word, with the house number before them:
//                   "22 Rowan Way", "Northbrook High Street", "Green Lane";
//   institution     capitalised words before an institution word: "Oakfield Nursery", "Elmfield
//                   Infant School", "Tinsley Green Health Centre"; the words naming the kind
//                   ("Primary", "Medical") do not make a name on their own;
//   relation        a capitalised given name after a relation word: "her friend Tasha", "his
//                   cousin Dean", with the surname that follows it;
//   beside declared a capitalised name directly before a declared name or a code of the scheme:
//                   "Michelle Hartley" where only Joanne Hartley is declared, "Michelle Adult X";
//   name            two or more capitalised words, at least one neither an ordinary word nor
//                   declared: "Kerry-Ann Fox", "Shauna McBride"; ordinary words at either end are
//                   left out ("Following Shauna McBride's call").
// Never candidates: declared and kept names; public terms (public_terms.h); the scheme's codes
// ("Adult X", "Child X1", "GP1": a word with a digit, a single capital, or capitals after "Adult"
// or "Child"); acronyms (five capitals or fewer); words inside an email address or a web address.
// Covered by undeclared_test.cpp and tests/undeclared_corpus_test.cpp.
#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/scan/public_terms.h"

namespace dhr::scan {

enum class UndeclaredKind { kTitledPerson, kName, kRelation, kBesideDeclared, kStreet, kInstitution };

// "titled person", "name", "relation and given name", "given name beside a declared name",
// "street", "institution".
const char* UndeclaredKindName(UndeclaredKind kind);
// True for streets and institutions (suggested under places:).
bool IsPlaceKind(UndeclaredKind kind);

struct Utf16Span {
  int32_t start = 0;
  int32_t limit = 0;
};

struct UndeclaredHit {
  int32_t start = 0;  // UTF-16 units of the folded text
  int32_t limit = 0;
  UndeclaredKind kind = UndeclaredKind::kName;
};

// `declared`: spans of declared identifiers (they may be part of a candidate, "Michelle Hartley");
// `covered`: spans of keep names and of other findings, whose words are never part of one.
std::vector<UndeclaredHit> FindUndeclared(const icu::UnicodeString& folded, const std::vector<Utf16Span>& declared,
                                          const std::vector<Utf16Span>& covered, const PublicTerms& terms);

// Sentences of the folded text that name a child of the scheme ("Child X1") and hold a gendered
// word (he, she, his, her, son, daughter, boy, girl, brother, sister...): the span of that word.
std::vector<Utf16Span> FindChildGenderWords(const icu::UnicodeString& folded);

}  // namespace dhr::scan
