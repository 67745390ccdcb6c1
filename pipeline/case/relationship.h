// Relationship: the words a case file may use for how a person relates to the victim, the
// perpetrator or another person (`relationship:` with `of:`), and the roles a person may have.
//
// The code scheme maps each relationship to a code suffix; knowing which words carry a gender lets
// it warn when a child's code would reveal one.
#pragma once

#include <span>
#include <string_view>

namespace dhr {

inline constexpr std::string_view kVictimRole = "victim";
inline constexpr std::string_view kPerpetratorRole = "perpetrator";

// "victim", "perpetrator".
std::span<const std::string_view> PersonRoles();

// Every relationship word accepted, lower case: "mother", "half-brother", "ex-partner"...
std::span<const std::string_view> KnownRelationships();

bool IsKnownRelationship(std::string_view word);

// True for words that say the person's gender: "daughter", "brother"; false for "child", "sibling".
bool IsGenderedRelationship(std::string_view word);

// The word without a gender: "daughter" -> "child", "stepson" -> "stepchild", "sister" ->
// "sibling", "niece" -> "sibling's child"; a word without a gender is returned as it is.
std::string_view NeutralRelationship(std::string_view word);

}  // namespace dhr
