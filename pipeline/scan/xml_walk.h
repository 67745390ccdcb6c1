// XML walk: every element of a part in document order, with the paragraph it lies in.
//
// Paragraphs are the w:p (WordprocessingML) and a:p (DrawingML) elements, numbered 1, 2, 3... in
// document order within the part, nested ones (text boxes) included. The walk uses an explicit
// stack, so deep documents cannot exhaust the call stack.
//
// WalkPart walks a part of a package once for several visitors. A part larger than
// WalkLimits::stream_over whose tree is not built is read in pieces instead of as one tree
// (docx/xml_stream.h): the elements too large to be one piece (the body, a long table; never a
// paragraph) are parsed alone, without their children, and stay open while their children are read
// as pieces of consecutive whole elements of about WalkLimits::piece_bytes. Every element is still
// given with its attributes, its parent chain (an open element seen from a piece is a copy of it,
// with its attributes) and, inside a whole element, its descendants: visitors must not look at the
// children of an element outside a paragraph, and must not change anything. Memory is bounded by a
// piece and the open elements, not by the part. A part with text or markup (comments, CDATA)
// directly between elements outside paragraphs, which a piece would not show, is walked through its
// tree. Covered by paragraph_text_test.cpp and part_walk_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "docx/package.h"

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
// The same, appended to `out` (a buffer reused from attribute to attribute).
void AppendQualifiedAttributeName(std::string& out, const xmlAttr* attribute);

// Calls `visit(element, paragraph)` for every element under and including `root`, in document
// order; `paragraph` is the number of the innermost paragraph the element is (or is inside), or 0.
using ElementVisitor = std::function<void(xmlNode* element, int paragraph)>;
void VisitElements(xmlNode* root, const ElementVisitor& visit);
// The same from a running count of the paragraphs met before `root`; `root_paragraph` is the
// paragraph `root` lies in.
void VisitElements(xmlNode* root, int& paragraphs, int root_paragraph, const ElementVisitor& visit);

struct WalkLimits {
  size_t stream_over = size_t{8} << 20;  // parts larger than this (bytes) are read in pieces
  size_t piece_bytes = size_t{256} << 10;
};

// Gives every element of the XML part `part` to each visitor in turn, in document order, as
// VisitElements does; the numbering of paragraphs is the same whichever way the part is read.
// An error when the part's bytes are not XML that parses (nothing was visited then).
Status WalkPart(Package& package, const PartInfo& part, const std::vector<ElementVisitor>& visitors,
              const WalkLimits& limits = {});
// The streamed walk alone: false, with nothing visited, when the bytes cannot be read in pieces
// (not well-formed, text between elements outside paragraphs, a root smaller than a piece).
bool WalkInPieces(std::string_view bytes, const std::vector<ElementVisitor>& visitors, const WalkLimits& limits);

}  // namespace dhr::scan
