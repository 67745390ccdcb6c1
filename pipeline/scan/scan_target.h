// ScanTarget: everything the leak scan looks for in the documents of one case, compiled once.
//
// Input: a Case. Output: ICU regular expressions for the case's identifiers (one per name variant,
// see name_variants.h, keyed by first word: keyed_patterns.h), for its public `keep` names, and
// for the fixed rules (text_rules.h), and the public terms of undeclared.h. Compile once and share: a ScanTarget is read-only after compilation and may be
// used by many threads at once, each with its own TextDetector (text_detector.h).
// A pattern that does not compile is reported without its text: the patterns contain names.
// Covered by text_detector_test.cpp.
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <vector>

#include "base/status.h"
#include "pipeline/case/case.h"
#include "pipeline/scan/keyed_patterns.h"
#include "pipeline/scan/name_variants.h"
#include "pipeline/scan/public_terms.h"
#include "pipeline/scan/text_rules.h"

namespace dhr::scan {

struct CompiledTextRule {
  const TextRuleSpec* spec = nullptr;  // points into TextRuleSpecs(), which lives forever
  std::unique_ptr<icu::RegexPattern> pattern;
};

// Movable, not copyable.
struct ScanTarget {
  std::vector<NameVariant> variants;  // pattern i of `identifiers` is variants[i]
  KeyedPatternSet identifiers;
  KeyedPatternSet keep;
  std::vector<CompiledTextRule> rules;
  PublicTerms public_terms;  // what the check for undeclared names never reports
};

Result<ScanTarget> CompileScanTarget(const Case& case_model);

}  // namespace dhr::scan
