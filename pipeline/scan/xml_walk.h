// XML walk: every element of a part in document order, with the paragraph it lies in.
//
// Paragraphs are the w:p (WordprocessingML) and a:p (DrawingML) elements, numbered 1, 2, 3... in
// document order within the part, nested ones (text boxes) included. The walk uses an explicit
// stack, so deep documents cannot exhaust the call stack. Covered by paragraph_text_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <string>
#include <string_view>

namespace dhr::scan {

// Whitespace only (or nothing).
inline bool IsBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }
// A short run of digits: an id worth naming in a finding's place ("comment w:id 3").
inline bool IsNumericId(std::string_view s) {
  return !s.empty() && s.size() < 12 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool IsParagraph(const xmlNode* node);

// "w:author", "descr", "dc:creator": the name as a reader of the XML would write it.
std::string QualifiedName(const xmlNode* node);
std::string QualifiedAttributeName(const xmlAttr* attribute);

// Calls `visit(element, paragraph)` for every element under and including `root`, in document
// order; `paragraph` is the number of the innermost paragraph the element is (or is inside), or 0.
void VisitElements(xmlNode* root, const std::function<void(xmlNode* element, int paragraph)>& visit);

}  // namespace dhr::scan
