#include "pipeline/scan/finding.h"

namespace dhr::scan {

const char* CategoryName(Category category) {
  switch (category) {
    case Category::kIdentifier: return "identifier";
    case Category::kDate: return "date";
    case Category::kGeneric: return "generic";
    case Category::kPublication: return "publication";
    case Category::kUndeclared: return "undeclared";
    case Category::kAccessibility: return "accessibility";
  }
  return "unknown";
}

}  // namespace dhr::scan
