// What the case loader makes of a case.yaml text, for tests: every error as its lines.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/case/case_loader.h"

namespace dhr::testing {

// Every error of `yaml` read as "case.yaml", one "case.yaml:LINE:COL: message" line each.
inline std::string CaseErrorLines(std::string_view yaml) {
  std::string out;
  for (const Problem& error : CaseErrors(yaml, "case.yaml")) {
    out += error.Describe();
    out += '\n';
  }
  return out;
}

}  // namespace dhr::testing
