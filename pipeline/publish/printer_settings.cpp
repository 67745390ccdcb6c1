#include "pipeline/publish/printer_settings.h"

#include <string_view>

namespace dhr::publish {

void RemovePrinterSettings(Package& package, CleanReport& report) {
  constexpr std::string_view kType = "/printerSettings";
  std::vector<std::string> targets;
  for (const PartInfo& part : package.parts()) {
    for (const Relationship& rel : package.Relationships(part.name)) {
      const bool printer = rel.type.size() >= kType.size() &&
                           rel.type.compare(rel.type.size() - kType.size(), kType.size(), kType) == 0;
      if (printer && !rel.external && package.Find(rel.resolved)) targets.push_back(rel.resolved);
    }
  }
  for (const std::string& part : targets) {
    if (!package.Find(part)) continue;  // named by two relationships
    package.RemovePart(part);
    report.AddRemovedPart(part);
  }
}

}  // namespace dhr::publish
