// Name variants: the spellings under which an identifier of the case can appear in a document.
//
// Input: the case model (people, professionals, places, keep). Output: one NameVariant per
// spelling, each an ICU regular-expression fragment over folded text (see folding.h) and the rule
// it reports under. For a person's or professional's name: the full name, first name, middle
// names, surname (with its particles: "van der Berg" and "Berg"), each part of a hyphenated name,
// first name + surname, title + surname ("Mrs Delacroix-Webb", "DS Okafor"), and every alias as
// written. For a place: its name and aliases (street words and their abbreviations interchangeable:
// "Road"/"Rd"), each address line that names a street, with and without its house number, and the
// distinctive part of an institution's name ("Oakfield" of "Oakfield Primary School").
// Inside a fragment an apostrophe is optional, a hyphen may also be a space or nothing, a full stop
// is optional and words are separated by any white space. Single words that are also common English
// words ("Rose", "June", "Brown") match only as written in title or upper case; everything else
// matches in any case. Rule texts never contain the identifier itself.
// Covered by name_variants_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/case/case.h"

namespace dhr::scan {

struct NameVariant {
  std::string pattern;  // ICU regex fragment; non-capturing groups only
  std::string rule;     // "person:victim first name"
  std::string rule_id;  // "identifier.person", "identifier.professional", "identifier.place"
  std::string mask;     // what replaces the identifier in shared reports: "[name]", "[place]"
  size_t weight = 0;    // length of the spelling: longer variants are tried first
  std::vector<std::string> leads;  // every folded spelling of its first word ("road", "rd")
  bool whole_word_leads = false;   // the first word must be one of `leads` exactly (titles)
};

// Every variant of every identifier of the case, longest first; duplicates removed (the first
// rule that produced a pattern keeps it).
std::vector<NameVariant> IdentifierVariants(const Case& case_model);

// One variant per `keep` entry of the case (rule "keep"): public names whose spans are never
// findings.
std::vector<NameVariant> KeepVariants(const Case& case_model);

// The regex fragment for one folded word: apostrophes optional, hyphens flexible, the rest
// literal.
std::string WordPattern(std::string_view folded_word);

}  // namespace dhr::scan
