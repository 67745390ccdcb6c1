#include "pipeline/fill/package_word_target.h"

namespace dhr {

std::string PackageWordTarget::HyperlinkId(const std::string& url) {
  if (auto it = links_.find(url); it != links_.end()) return it->second;
  const std::string id = package_.AddRelationship(
      part_, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", url, /*external=*/true);
  links_[url] = id;
  return id;
}

std::optional<std::pair<int, int>> PackageWordTarget::RestartedNumbering(const std::string& style_id, int start) {
  const std::optional<std::pair<int, int>> numbering = styles_.NumberingOf(style_id);
  if (!numbering) return std::nullopt;
  const std::optional<int> restarted = numbering_.Restarted(numbering->first, numbering->second, start);
  if (!restarted) return std::nullopt;
  return std::make_pair(*restarted, numbering->second);
}

std::optional<int> PackageWordTarget::AddFootnote(const std::string& paragraphs) {
  if (!footnotes_) return std::nullopt;
  return footnotes_->Add(paragraphs);
}

}  // namespace dhr
