// Reading and editing a large XML part without building its tree.
//
// Input: the bytes of a well-formed XML part (one the engine wrote or has parsed once). Output:
//   - XmlTagReader: its tags one at a time (start, end and empty-element tags), each with its byte
//     span, its depth and its namespace URI resolved from the declarations in scope; comments,
//     processing instructions, CDATA sections and text are skipped, never copied;
//   - ParseElement: one element's bytes parsed on their own, the namespaces in scope where it
//     stood declared on a wrapper, so the element's handles work as in the whole tree;
//   - SerializeElement: an element written back as UTF-8, as XmlDocument::Serialize writes it,
//     to put back in the part's bytes (Package::EditBytes).
// Cost: one pass over the bytes and the stack of open elements; memory is bounded by the largest
// element parsed, not by the part. A reader meeting bytes that are not well-formed stops with
// ok() false, and the caller falls back to the whole tree. Knows nothing of WordprocessingML.
// Covered by xml_stream_test.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "docx/xml.h"

namespace dhr {

struct XmlTag {
  enum class Kind { kStart, kEnd, kEmpty };
  Kind kind = Kind::kStart;
  std::string_view local;  // "p"
  std::string_view ns;     // the namespace URI, "" when none (borrowed from the reader's bytes)
  size_t begin = 0;        // the tag's span in the bytes: from '<' to just after '>'
  size_t end = 0;
  int depth = 0;           // the element's depth: 1 for the root
};

// Borrows `bytes` for its lifetime. Not copyable.
class XmlTagReader {
 public:
  explicit XmlTagReader(std::string_view bytes) : bytes_(bytes) {}
  XmlTagReader(const XmlTagReader&) = delete;
  XmlTagReader& operator=(const XmlTagReader&) = delete;

  // The next tag; false at the end of the bytes or at bytes that are not well-formed (ok() false).
  bool Next(XmlTag& tag);
  // Where the end tag of the element whose start tag Next just returned begins; npos when the
  // last tag was not a start tag or the bytes end first. Only the tags of the element's own name
  // are looked for, where its start and end tags balance; when the content holds a comment, CDATA
  // section or processing instruction, or those tags do not balance, the tags in between are
  // counted instead (start, end, empty), not named or resolved. Either way the names of the tags
  // between are not checked against each other: the bytes are taken to be well-formed, as
  // everything this reader reads is.
  size_t ContentEnd() const;
  // Moves past the content of the element just opened, to `content_end` (from ContentEnd): the
  // next call to Next returns the element's end tag.
  void SkipContent(size_t content_end);
  bool ok() const { return ok_; }
  // The namespace declarations in scope after the last tag read, as attributes to write on a
  // wrapper: ` xmlns:w="..."` for each prefix (innermost declaration wins).
  std::string NamespaceDeclarations() const;
  // How many namespace declarations are in scope: equal counts at two points inside one element
  // mean the same declarations.
  size_t bindings() const { return bindings_.size(); }
  // Changes whenever a declaration comes into or goes out of scope: equal values at two points
  // mean the same declarations are in scope there.
  size_t scope() const { return generation_; }

 private:
  struct Binding {
    std::string_view prefix;  // "" for the default namespace
    std::string_view uri;
  };
  struct Open {
    std::string_view qname;
    size_t bindings;  // bindings_.size() before the element's own declarations
  };
  bool ReadDeclarations(std::string_view tag_body);
  // ContentEnd from the tags of the open element's own name alone; npos when that cannot decide.
  size_t ContentEndByName() const;
  std::string_view Resolve(std::string_view prefix);

  std::string_view bytes_;
  size_t at_ = 0;
  bool ok_ = true;
  std::vector<Binding> bindings_;
  std::vector<Open> open_;
  size_t pending_pop_ = 0;  // an end or empty tag's element is popped at the next call
  bool has_pending_pop_ = false;
  size_t generation_ = 0;  // changes with every declaration added or dropped
  size_t resolved_generation_ = ~size_t{0};
  std::string_view resolved_prefix_, resolved_uri_;
};

// The names of a start or empty tag's attributes (`tag` its text from '<' to '>'), as written
// ("w:val", "xmlns:w"), in order; false when the text cannot be followed (`names` then holds those
// read before).
bool TagAttributeNames(std::string_view tag, std::vector<std::string_view>& names);

// One element's bytes parsed on their own inside a wrapper that declares `declarations`
// (XmlTagReader::NamespaceDeclarations). The element is the wrapper's only element child:
// FragmentElement gives it.
Result<XmlDocument> ParseElement(std::string_view element, const std::string& declarations);
xmlNode* FragmentElement(const XmlDocument& fragment);

// An element written as UTF-8 without the namespace declarations its wrapper made.
std::string SerializeElement(xmlNode* element);

}  // namespace dhr
