// CleanReport: what the cleaning step removed from a package, for the CLI to print.
//
// Input: the cleaning passes add counts by category (the constants below) and the names of the
// parts, properties and settings they removed. Output: the counts in the order their categories
// were first met (zero counts never listed) and Lines(), one plain line per entry:
//   "3 comments", "2 tracked deletions removed", "part removed: word/comments.xml".
// Covered by clean_report_test.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dhr::publish {

// Stable category names; tests and the CLI refer to them.
namespace clean_category {
inline constexpr std::string_view kComments = "comments";
inline constexpr std::string_view kCommentAnchors = "comment anchors and reference marks";
inline constexpr std::string_view kInsertions = "tracked insertions accepted";
inline constexpr std::string_view kDeletions = "tracked deletions removed";
inline constexpr std::string_view kFormattingChanges = "tracked formatting changes removed";
inline constexpr std::string_view kMergedParagraphs = "paragraphs joined at deleted paragraph marks";
inline constexpr std::string_view kHiddenRuns = "hidden text runs removed";
inline constexpr std::string_view kHiddenParagraphMarks = "hidden paragraph marks made visible";
inline constexpr std::string_view kHiddenParagraphs = "empty hidden paragraphs removed";
inline constexpr std::string_view kDataBindings = "content-control data bindings removed";
inline constexpr std::string_view kCustomMarkup = "custom XML and smart tag wrappers removed";
inline constexpr std::string_view kUnreferencedNotes = "footnotes and endnotes no longer referenced";
inline constexpr std::string_view kUnusedRelationships = "relationships no longer used";
inline constexpr std::string_view kRevisionSessionIds = "revision session ids (rsid) removed";
inline constexpr std::string_view kImageMetadata = "pictures stripped of their metadata (EXIF, XMP, IPTC, comments)";
inline constexpr std::string_view kEmbeddedObjects = "embedded or linked objects replaced by their picture";
}  // namespace clean_category

class CleanReport {
 public:
  void Add(std::string_view category, size_t count);
  // 0 when the category never came up.
  size_t Count(std::string_view category) const;
  // Whether cleaning changed the text a reader that shows deleted and hidden text sees (tracked
  // changes accepted or rejected, hidden text removed or shown, paragraphs joined).
  bool ChangedText() const;
  void AddRemovedPart(std::string name) { removed_parts_.push_back(std::move(name)); }
  // "core dc:creator", "app Company", "custom ClientName".
  void AddRemovedProperty(std::string name) { removed_properties_.push_back(std::move(name)); }
  // "w:attachedTemplate removed", "w:removePersonalInformation set".
  void AddSettingChange(std::string name) { setting_changes_.push_back(std::move(name)); }

  const std::vector<std::pair<std::string, size_t>>& counts() const { return counts_; }
  const std::vector<std::string>& removed_parts() const { return removed_parts_; }
  const std::vector<std::string>& removed_properties() const { return removed_properties_; }
  const std::vector<std::string>& setting_changes() const { return setting_changes_; }
  bool empty() const;

  // One line per count, part, property and setting change, in that order.
  std::vector<std::string> Lines() const;

 private:
  std::vector<std::pair<std::string, size_t>> counts_;
  std::vector<std::string> removed_parts_;
  std::vector<std::string> removed_properties_;
  std::vector<std::string> setting_changes_;
};

}  // namespace dhr::publish
