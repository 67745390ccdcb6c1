// Editing a large part's paragraphs a batch at a time, without building the part's tree.
//
// Input: a Package and one of its XML parts whose tree has not been built (Package::IsParsed false,
// as the fill stage leaves the parts it writes), and handlers. Output: the part's bytes with the
// handlers' edits spliced in (Package::EditBytes). The part is read once (docx/xml_stream.h):
//   - its outermost paragraphs (w:p, a:p; paragraphs nested in them come with them) are parsed in
//     batches of consecutive paragraphs of about `batch_bytes`, under one wrapper element, and
//     given one by one to `paragraph`; only those it edits are written back;
//   - each element outside every paragraph whose local name and attribute names `may_edit`
//     accepts is parsed alone, without its children, and given to `element`.
// Memory is bounded by a batch (and, with same_bytes_same_edit, 16 MB of outcomes remembered),
// not by the part; cost is one pass and one parse of every paragraph (of every distinct one with
// same_bytes_same_edit). When the bytes cannot be followed nothing is changed and Edit answers false: the
// caller then uses the tree. Knows nothing of what the handlers look for.
// Covered by paragraph_stream_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "docx/package.h"
#include "docx/xml_stream.h"
#include "base/status.h"

namespace dhr {

struct ParagraphStreamHandlers {
  // Edits one outermost paragraph (with the paragraphs nested in it), called in document order;
  // answers whether it changed anything. The paragraph's siblings in its batch are other paragraphs
  // of the part and must not be touched.
  std::function<Result<bool>(xmlNode* paragraph)> paragraph;
  // Whether an element outside the paragraphs may need `element`, by its local name and the local
  // names of its attributes. Elements it refuses are never parsed.
  std::function<bool(std::string_view local, const std::vector<std::string_view>& attributes)> may_edit;
  // Edits one such element (parsed alone); answers whether it changed anything. Its children
  // must not be touched (they are not there).
  std::function<bool(xmlNode* element)> element;
  // Set when what `paragraph` does to a paragraph depends on nothing but its bytes and the
  // namespaces in scope (it keeps no count or record of the paragraphs it sees): a paragraph whose
  // bytes were met before in the same scope then gets the earlier one's outcome without being
  // parsed or handled again. A long table repeats most of its cells.
  bool same_bytes_same_edit = false;
};

// Whether a tag read by XmlTagReader is a paragraph's (w:p, a:p).
bool IsParagraphTag(const XmlTag& tag);

// Runs the handlers over `part`. Answers true when the part was read to its end (edits applied),
// false when the part's tree is built already or its bytes cannot be followed (nothing changed).
Result<bool> EditParagraphStream(Package& package, const std::string& part, const ParagraphStreamHandlers& handlers,
                                 size_t batch_bytes = 256 << 10);

}  // namespace dhr
