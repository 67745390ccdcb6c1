// List numbering: the numbering definitions Markdown lists use, in word/numbering.xml.
//
// Input: a package. Output: numbering ids: one bullet list and one decimal list definition
// (nine levels each, indented by level), added the first time a style needs them, and a fresh
// numbering instance that restarts a definition at a given number for each ordered list. The
// numbering part, its content type and relationship are created when the template has none.
// Covered by fill_markdown_test.cpp.
#pragma once

#include <optional>
#include <string>

#include "docx/package.h"

namespace dhr {

class ListNumbering {
 public:
  explicit ListNumbering(Package& package) : package_(package) {}  // borrowed
  ListNumbering(const ListNumbering&) = delete;
  ListNumbering& operator=(const ListNumbering&) = delete;

  // The numId of the bullet (or decimal) list definition this stage adds, adding it on first use.
  std::optional<int> BulletList();
  std::optional<int> DecimalList();
  // A new numId on the same definition as `num_id`, whose level `level` starts at `start`.
  std::optional<int> Restarted(int num_id, int level, int start);

  const Status& status() const { return status_; }

 private:
  XmlDocument* Numbering();
  std::optional<int> AddList(bool bullets);
  std::optional<int> AddNum(int abstract_id, const std::string& overrides);

  Package& package_;
  std::string part_;
  std::optional<int> bullets_, decimals_;
  int next_num_id_ = 0;  // 0 until the part's numbers have been read
  Status status_;
};

}  // namespace dhr
