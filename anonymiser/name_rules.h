// Name rules: the names of a case's people, professionals and places, compiled into one name
// dictionary (anonymiser/name_dictionary.h), each variant (anonymiser/name_variants.h) knowing
// whose it is.
//
// Input: the identities, in the order the case gives them. Output, per search of a normalised
// text: a Candidate (anonymiser/candidate.h) for each name, replaced by its identity's code:
//   - a person's or professional's title goes with the name ("Ms Delacroix-Webb" -> "Adult X");
//   - a possessive stays a possessive ("Siân's" -> "Adult X's", with the apostrophe as written);
//   - a variant several identities share ("Delacroix-Webb", the surname of mother and child) is
//     replaced all the same, by the code of the first of them, and flagged ambiguous; people and
//     professionals come before places, then the order of the input;
//   - a name that is also a month is the month when a year follows it ("June 2022");
//   - a given name is not the given name inside a hyphenated one ("Kerry" in "Kerry-Ann");
//   - a surname right after a capitalised word that is not a title, not an ordinary English word
//     (base/english_words.h) and not itself a name of the case is left as it is: "Michelle
//     Hartley" is someone the case does not list, not Adult X (the leak scan reports her);
//   - a place's part (a street without its number, an institution's distinctive words) only where
//     the text writes it with a capital.
// The rule is "name:person:N", "name:professional:N" or "name:place:N", N the index of the name
// (0 the full name, then the aliases) the variant comes from.
// Covered by name_rules_test.cpp and matcher_test.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/candidate.h"
#include "anonymiser/identity.h"
#include "anonymiser/name_dictionary.h"
#include "anonymiser/name_variants.h"
#include "anonymiser/normalise.h"
#include "base/status.h"

namespace dhr {

class NameRules {
 public:
  // Fails when an identity with names has no code to replace them with, or when the names do not
  // fit into one pattern.
  static Result<NameRules> Compile(const std::vector<Identity>& identities);

  // Names in [begin, end) of the normalised text; titles and possessives are taken only inside it.
  std::vector<Candidate> Find(const NormalisedText& text, std::string_view original, size_t begin,
                              size_t end) const;

  // Not copyable, movable.
  NameRules(NameRules&&) = default;
  NameRules& operator=(NameRules&&) = default;
  NameRules(const NameRules&) = delete;
  NameRules& operator=(const NameRules&) = delete;

 private:
  struct Owner {
    std::string identity;  // Identity::id
    IdentityKind kind = IdentityKind::kPerson;
    std::string code;
    std::string rule;
    bool ambiguous = false;
    VariantPart part = VariantPart::kWhole;
  };

  NameRules() = default;

  std::unique_ptr<NameDictionary> dictionary_;
  std::vector<Owner> owners_;  // one per name given to the dictionary
};

}  // namespace dhr
