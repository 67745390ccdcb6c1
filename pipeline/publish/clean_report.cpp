#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void CleanReport::Add(std::string_view category, size_t count) {
  if (count == 0) return;
  for (auto& [name, n] : counts_) {
    if (name == category) {
      n += count;
      return;
    }
  }
  counts_.emplace_back(std::string(category), count);
}

size_t CleanReport::Count(std::string_view category) const {
  for (const auto& [name, n] : counts_)
    if (name == category) return n;
  return 0;
}

bool CleanReport::ChangedText() const {
  for (std::string_view category : {clean_category::kInsertions, clean_category::kDeletions,
                                    clean_category::kMergedParagraphs, clean_category::kHiddenRuns,
                                    clean_category::kHiddenParagraphs, clean_category::kHiddenParagraphMarks})
    if (Count(category) > 0) return true;
  return false;
}

bool CleanReport::empty() const {
  return counts_.empty() && removed_parts_.empty() && removed_properties_.empty() && setting_changes_.empty();
}

std::vector<std::string> CleanReport::Lines() const {
  std::vector<std::string> lines;
  for (const auto& [name, n] : counts_) lines.push_back(std::to_string(n) + " " + name);
  for (const auto& part : removed_parts_) lines.push_back("part removed: " + part);
  for (const auto& property : removed_properties_) lines.push_back("property removed: " + property);
  for (const auto& setting : setting_changes_) lines.push_back("setting: " + setting);
  return lines;
}

}  // namespace dhr::publish
