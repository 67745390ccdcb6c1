// Hidden text: runs that Word does not show (w:vanish), whether set on the run or through its
// character style or its paragraph's style, and that hold text.
//
// Input: an open Package (its styles), then the elements of each part as a walk gives them
// (xml_walk.h). Output: per paragraph holding hidden text, its part, its number and the hidden text
// itself. Covered by publication_checks_test.cpp.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "docx/package.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {

struct HiddenText {
  std::string part;
  int paragraph = 0;
  std::string text;
};

class HiddenTextFinder {
 public:
  explicit HiddenTextFinder(Package& package);
  // Looks at the runs of `part`, which must outlive the walk.
  ElementVisitor VisitorFor(const PartInfo& part);
  std::vector<HiddenText>& found() { return found_; }

 private:
  std::set<std::string> hidden_styles_;
  std::vector<HiddenText> found_;
};

}  // namespace dhr::scan
