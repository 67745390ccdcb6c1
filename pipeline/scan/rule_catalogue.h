// The rule catalogue: every stable rule id the leak scan reports under, with a short and a full
// description, in the order shared reports list them (SARIF tool.driver.rules).
// Covered by sarif_report_test.cpp.
#pragma once

#include <string_view>
#include <vector>

namespace dhr::scan {

struct RuleDescription {
  const char* id;           // "identifier.person"
  const char* name;         // "PersonName": SARIF's rule name
  const char* short_text;   // one line
  const char* full_text;    // what it finds and why it matters
  const char* level = "error";  // SARIF default level: "error", or "warning" for advice
};

const std::vector<RuleDescription>& RuleCatalogue();

// The index of a rule id in the catalogue, or -1.
int RuleIndex(std::string_view id);

}  // namespace dhr::scan
