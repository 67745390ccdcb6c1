// Suggestions for undeclared names: what a person pastes into case.yaml after the scan found
// names the case does not declare.
//
// Input: scan reports (finding.h). Output: each undeclared candidate once (the same words in any
// case, with or without a possessive, are one), in the order first seen, with the section of
// case.yaml it most likely belongs to, and a YAML fragment ready to paste:
//   people:         with the relationship the text gives ("her friend Tasha": friend), a relative
//                   for a given name beside a declared surname, else an explicit neutral code
//                   ("Individual 1") to be changed;
//   professionals:  after a police rank, a medical or nursing title or a councillor's, with the
//                   role it implies;
//   places:         streets and institutions, with a replacement naming their kind;
//   keep:           an organisation ("... Trust", "... Council"): a public name.
// Each entry says where it was first seen. Nothing is written anywhere: the caller prints it.
// Covered by undeclared_suggestions_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "pipeline/scan/finding.h"

namespace dhr::scan {

struct UndeclaredSuggestion {
  std::string name;        // as first written, without a possessive
  std::string section;     // "people", "professionals", "places" or "keep"
  std::string detail_key;  // "relationship", "role", "replacement", "code" or "" (keep)
  std::string detail;      // its value
  std::string first_seen;  // "police-imr.docx, word/document.xml, paragraph 4"
  std::string rule;        // the finding's rule
};

std::vector<UndeclaredSuggestion> SuggestFromFindings(const std::vector<Finding>& findings);

// The YAML fragment: sections in the order people, professionals, places, keep; "" when empty.
std::string SuggestionYaml(const std::vector<UndeclaredSuggestion>& suggestions);

// True for a finding of the rule family `undeclared`.
bool IsUndeclared(const Finding& finding);

}  // namespace dhr::scan
