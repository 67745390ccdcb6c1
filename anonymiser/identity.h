// Identity: one real person, professional or place of a case, with the code that replaces it.
//
// The code scheme (anonymiser/scheme.h) produces one Identity per entry of the case; the matcher
// finds each of `names` in a document and writes `code` in its place.
#pragma once

#include <string>
#include <vector>

#include "pipeline/case/case.h"

namespace dhr {

enum class IdentityKind { kPerson, kProfessional, kPlace };

struct Identity {
  std::string id;  // "person:0", "professional:1", "place:0": kind and index in the case file
  IdentityKind kind = IdentityKind::kPerson;
  std::string code;                // the replacement: "Adult X", "GP1", "the family home", or the pseudonym
  std::vector<std::string> names;  // full name first, then aliases
  std::string role;                // "victim", "perpetrator", a relationship, or a professional role
  bool is_child = false;
  SourcePos pos;                   // where the entry starts in case.yaml
  // How documents describe a relative's relationship: the case file's word, or for a child under a
  // scheme with gender_neutral_children its word without a gender ("child" for "daughter"); empty
  // for the victim, the perpetrator, professionals and places.
  std::string relationship_text;
};

}  // namespace dhr
