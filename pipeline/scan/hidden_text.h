// Hidden text: runs that Word does not show (w:vanish), whether set on the run or through its
// character style or its paragraph's style, and that hold text.
//
// Input: an open Package. Output: per paragraph holding hidden text, its part, its number and the
// hidden text itself. Covered by publication_checks_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "docx/package.h"

namespace dhr::scan {

struct HiddenText {
  std::string part;
  int paragraph = 0;
  std::string text;
};

std::vector<HiddenText> FindHiddenText(Package& package);

}  // namespace dhr::scan
