// Name variants: every way a document may write one identity's names, in normalised form
// (anonymiser/normalise.h).
//
// Input: an Identity (anonymiser/identity.h). Output: its variants, each with the index of the
// name (0 the full name, then the aliases) it comes from:
//   people and professionals, for each name: the whole name (without leading titles, which the
//   matcher takes from the text), the first word, the surname (the last word with the particles
//   before it: "van der Berg"), the last word alone, and first word + surname when there are
//   middle names. A hyphenated word is one word: "Delacroix-Webb" is a surname, "Delacroix" is not.
//   places: each name as given; a street without its house number ("rowan way" of "12 Rowan
//   Way"); an institution's distinctive words without the words of its kind ("elmfield" of
//   "Elmfield Infant School", "tinsley green" of "Tinsley Green Health Centre").
// Titles ("dr") and variants of fewer than two letters are never variants of their own: they would
// match everywhere.
//
// Two spellings of a name are the same variant when they differ only in apostrophes, spaces,
// hyphens and underscores ("D'Arcy" and "DArcy", "Delacroix-Webb" and "Delacroix Webb",
// "Sian_Delacroix_Webb" in a file name):
// NameKey gives that common form, NamePattern an RE2 pattern that matches them all.
// Covered by name_variants_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/identity.h"

namespace dhr {

// What part of a name a variant is: the checks the name rules make depend on it.
enum class VariantPart {
  kWhole,       // a whole name or a part of several words
  kGiven,       // a person's first word on its own, or a one-word alias ("Kerry", "Jo")
  kSurname,     // a person's surname on its own ("Hartley")
  kPlacePart,   // a street without its number, an institution's distinctive words
};

struct NameVariant {
  std::string text;       // normalised
  size_t name_index = 0;  // into Identity::names
  VariantPart part = VariantPart::kWhole;
};

std::vector<NameVariant> NameVariants(const Identity& identity);

// The variant without apostrophes, spaces, hyphens, underscores and full stops; matched text with
// the same key is the same variant.
std::string NameKey(std::string_view normalised);

// An RE2 pattern (for normalised text) matching the variant with any of apostrophe, space, hyphen
// and underscore, or none, where the variant has one of them; a full stop in the variant may be
// left out ("St John").
std::string NamePattern(std::string_view normalised);

}  // namespace dhr
