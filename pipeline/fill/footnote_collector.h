// Footnotes written by Markdown: collected while the main document renders, then added to the
// footnotes part.
//
// Input: a package and the paragraphs (XML) of each new footnote. Output: footnote ids that follow
// the template's own (ids 1, 2... when it has none), and, on Apply, the footnotes added to
// word/footnotes.xml: appended to the rendered bytes when that part was itself filled, to its XML
// otherwise, or in a new part (with the separator footnotes Word expects, its content type and
// its relationship) when the template had none. Covered by fill_markdown_test.cpp.
#pragma once

#include <map>
#include <string>

#include "docx/package.h"

namespace dhr {

class FootnoteCollector {
 public:
  explicit FootnoteCollector(Package& package);  // borrowed
  FootnoteCollector(const FootnoteCollector&) = delete;
  FootnoteCollector& operator=(const FootnoteCollector&) = delete;

  int Add(const std::string& paragraphs);
  bool empty() const { return notes_.empty(); }

  // Adds the collected footnotes to the package; `rendered` maps part names to the bytes the
  // fill produced for them (the footnotes part's entry is extended when present).
  Status Apply(std::map<std::string, std::string>& rendered);

 private:
  Package& package_;
  std::string part_;  // the existing footnotes part, or ""
  int next_id_ = 1;
  std::string notes_;  // <w:footnote> elements
};

}  // namespace dhr
