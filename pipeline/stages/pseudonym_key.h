// The pseudonym key: for the review panel, every code and pseudonym of the case beside the real
// name it stands for (seed 004, Template 8: "a key explaining all the anonymised initials").
//
// Input: the prepared case (its identities carry the codes every anonymised document uses) and the
// key's template (the built-in templates/pseudonym-key, or a partnership's own). Output: the bytes
// of the key: one row per person (code or the family's pseudonym, real name with the other names
// they were known by, relationship to the victim or the perpetrator), per professional (code, name,
// role, agency) and per place (its replacement, its name), in the case file's order; titled with
// the review's title (core properties), marked OFFICIAL-SENSITIVE on every page (with the case's
// descriptor) and carrying the custom property dhr.document=pseudonym-key, by which `dhr publish`
// refuses it. The key holds real names: the caller writes it readable by its owner only.
// Errors: the fill's, with the template's name; a template value the data lacks is a warning.
// Covered by pseudonym_key_test.cpp and tests/pseudonym_key_cli_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "base/status.h"
#include "docx/package.h"
#include "pipeline/prepare/prepared_case.h"

namespace dhr::stages {

inline constexpr const char* kPseudonymKeyDocument = "pseudonym-key";

// The key's data tree: title, partnership, review.local_reference and `entries`, each
// {code, name, role, agency}.
nlohmann::json PseudonymKeyData(const PreparedCase& prepared);

struct PseudonymKey {
  std::string bytes;
  std::vector<Problem> warnings;  // the fill's, each with the template's paragraph
};

// Fills `key_template` (consumed) and marks it. `origin` names the template in messages.
Result<PseudonymKey> BuildPseudonymKey(const PreparedCase& prepared, Package key_template, const std::string& origin);

}  // namespace dhr::stages
