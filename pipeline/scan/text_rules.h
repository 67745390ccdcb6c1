// The scan's fixed text rules: precise dates, generic identifiers and, for a publication check,
// security markings and draft numbering. Each is an ICU regular expression over folded text (see
// folding.h) with an optional validator for what a pattern cannot check.
//   dates      "8 June 2022", "8th of June, 2022", "June 8, 2022", "8 Jun 2022", "08/06/2022",
//              "8.6.22", "2022-06-08"; never a month and year alone.
//   generic    UK postcodes (in capitals, as written), UK phone numbers, email addresses, NHS
//              numbers (in groups of 3, 3 and 4 whatever the check digit; ten digits in a row
//              with a valid one), National Insurance numbers with any two-letter prefix (in
//              capitals), vehicle registrations ("YK19 HZP"), social media handles ("@tasha_b").
//   publication  OFFICIAL, OFFICIAL-SENSITIVE, OFFICIAL SENSITIVE, RESTRICTED (in capitals, or
//              "Official Sensitive" in any case), "DRAFT 3", "Draft v2", a capitalised "DRAFT".
// Covered by text_detector_test.cpp and rule_validators_test.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/scan/finding.h"

namespace dhr::scan {

// Returns whether a match (folded, UTF-8) is really one; `before` is the text preceding it.
using MatchValidator = bool (*)(std::string_view match, std::string_view before);

struct TextRuleSpec {
  const char* rule_id;   // stable, in the rule catalogue
  const char* rule;      // "date:day month year"
  Category category;
  const char* mask;      // replaces the match in shared reports; "" when the match is not identifying
  const char* pattern;   // ICU syntax
  bool case_insensitive;
  MatchValidator validator;  // may be nullptr
  bool publication_only;
  const char* needs;  // the text must hold one of these characters for the rule to be tried
};

const std::vector<TextRuleSpec>& TextRuleSpecs();

}  // namespace dhr::scan
