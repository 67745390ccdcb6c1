// Titles: the honorifics and ranks written before a name ("Ms", "Dr", "PC", "Detective Sergeant"),
// which go with the name into its replacement: "Ms Delacroix-Webb" becomes "Adult X", not
// "Ms Adult X".
//
// Input: a normalised text (anonymiser/normalise.h), the original it came from, and where a name
// starts in the normalised text. Output: where the title (or chain of titles, "Det Sgt") before
// the name starts, or the name's own start when there is none. A title counts only when it stands
// as a word of its own and is written as titles are: with a capital ("Miss Kez", not "did not
// miss Kez"), and police abbreviations in capitals ("DI Nowak", while "Di" is also a first name).
// Nouns that also come before names ("her sister Siân", "the doctor") are not titles: dropping
// them would change what the sentence says.
// Covered by titles_test.cpp.
#pragma once

#include <string>
#include <string_view>

#include "anonymiser/normalise.h"

namespace dhr {

size_t TitleStart(const NormalisedText& text, std::string_view original, size_t name_begin);

// The normalised name without the titles it starts with: "Dr Tomasz Nowak" -> "tomasz nowak".
// A name that is nothing but titles is returned whole.
std::string NormalisedNameWithoutTitles(std::string_view original_name);

// Whether a normalised word is a title and never a name ("dr", "ms"; not "di", which is a rank
// in capitals and a first name otherwise).
bool IsTitle(std::string_view normalised_word);
// True for every title, those that are titles only in capitals too ("pc", "ds").
bool IsTitleInAnyCase(std::string_view normalised_word);

}  // namespace dhr
