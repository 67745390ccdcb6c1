// Generic rules: the identifiers every case shares the shape of (postcodes, phone numbers, email
// addresses, NHS and NI numbers, street addresses), read from a rules file such as
// rules/generic.yaml, whose top comment describes the format.
//
// Input: the YAML text of a rules file and the name to report it by. Output: its rules in file
// order, or the first error with file:line:col (a YAML syntax error, an unknown or missing key, a
// duplicate id, a pattern RE2 cannot compile, an unknown check). The built-in rules are a copy of
// rules/generic.yaml compiled into the program, so that the matcher never runs without them.
// Covered by generic_rules_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/rule_checks.h"
#include "docx/file_io.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

struct GenericRule {
  std::string id;  // the audit reports "generic:<id>"
  std::string pattern;
  std::string replacement;
  RuleCheck check = RuleCheck::kNone;
  SourcePos pos;  // where the rule starts in its file
};

Result<std::vector<GenericRule>> ParseGenericRules(std::string_view yaml, const std::string& file);

Result<std::vector<GenericRule>> LoadGenericRules(FileSystem& files, const std::string& path);

// The rules of rules/generic.yaml as compiled into the program (anonymiser/embedded_rules.h).
Result<std::vector<GenericRule>> BuiltinGenericRules();

// The text of rules/generic.yaml as compiled into the program.
std::string_view BuiltinGenericRulesYaml();

}  // namespace dhr
