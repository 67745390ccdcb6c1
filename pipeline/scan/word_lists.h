// The fixed English word lists the name variants rely on. All lookups take a folded word and
// compare without case.
// Covered by name_variants_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr::scan {

// Courtesy titles, academic and religious titles and police ranks ("Mrs", "Dr", "DS").
bool IsTitle(std::string_view word);
// Lower-case name particles that belong to the surname ("van", "de", "al").
bool IsNameParticle(std::string_view word);
// A regex alternation for a street word and its abbreviations ("(?:road|rd)"), or "" when the
// word is not a street word.
std::string StreetWordPattern(std::string_view word);
// Trailing words of an institution's name that do not identify it alone ("School", "Surgery").
bool IsGenericPlaceWord(std::string_view word);
// Common English words that are also first names or surnames ("Rose", "June", "Brown").
bool IsCommonWord(std::string_view word);
// The alternation of every title, for "title + surname" variants, and the titles themselves.
const std::string& TitlesPattern();
const std::vector<std::string>& Titles();
// Every spelling a street word's pattern accepts ({"road", "rd"}), or the word itself.
std::vector<std::string> StreetWordSpellings(std::string_view word);

}  // namespace dhr::scan
