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

Finding StructuralFinding(Category category, std::string part, std::string location, int paragraph,
                          const char* rule_id, const char* rule, std::string description) {
  Finding f;
  f.part = std::move(part);
  f.location = std::move(location);
  f.paragraph = paragraph;
  f.category = category;
  f.rule_id = rule_id;
  f.rule = rule;
  f.context = description;
  f.masked_context = std::move(description);
  return f;
}

}  // namespace dhr::scan
