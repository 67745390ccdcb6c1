// Safe XML parsing with libxml2, one RAII owner and plain node handles.
//
// Parse refuses any document with a DOCTYPE (OOXML never has one, and refusing it shuts out XXE and
// entity expansion such as "billion laughs" before libxml2 sees them), loads nothing from the
// network, substitutes no entities, and limits the nesting depth. Serialize writes UTF-8 with the
// declaration the part had (standalone="yes" kept). Covered by xml_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dhr {

// The namespaces the engine speaks.
namespace ns {
inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kA = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr const char* kM = "http://schemas.openxmlformats.org/officeDocument/2006/math";
inline constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr const char* kXml = "http://www.w3.org/XML/1998/namespace";
inline constexpr const char* kRels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
// Document properties (docProps/core.xml, app.xml, custom.xml).
inline constexpr const char* kCoreProperties =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* kDublinCore = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kDublinCoreTerms = "http://purl.org/dc/terms/";
inline constexpr const char* kXmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr const char* kExtendedProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr const char* kCustomProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
inline constexpr const char* kPropertyTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
}  // namespace ns

struct XmlLimits {
  size_t max_bytes = 256u << 20;
  int max_depth = 256;
};

// Owns one libxml2 document. Movable, not copyable. Node pointers taken from it live as long as it
// does and the node is not removed.
class XmlDocument {
 public:
  XmlDocument() = default;
  ~XmlDocument();
  XmlDocument(XmlDocument&& other) noexcept;
  XmlDocument& operator=(XmlDocument&& other) noexcept;
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;

  // `name` is only used in error messages (the part name).
  static Result<XmlDocument> Parse(std::string_view bytes, std::string_view name,
                                   const XmlLimits& limits = {});
  // Whether Parse would accept the bytes (the same checks, the same message for the first error),
  // without building the tree: memory does not grow with the part.
  [[nodiscard]] static Status Check(std::string_view bytes, std::string_view name, const XmlLimits& limits = {});
  std::string Serialize() const;

  xmlDocPtr get() const { return doc_; }
  xmlNodePtr root() const { return doc_ ? xmlDocGetRootElement(doc_) : nullptr; }

 private:
  explicit XmlDocument(xmlDocPtr doc) : doc_(doc) {}
  xmlDocPtr doc_ = nullptr;
};

// Where the next "<" + `mark` starts in bytes[from, to) ('!' opens a comment, a CDATA section or a
// declaration; '?' a processing instruction), or npos. The mark, rare in a part, is looked for
// with memchr, then the '<' before it.
size_t FindMarkupOpening(std::string_view bytes, size_t from, size_t to, char mark);

// Node helpers. All accept nullptr and then answer "no" / empty.
bool IsElement(const xmlNode* node, const char* ns_uri, const char* local);
bool HasNamespace(const xmlNode* node, const char* ns_uri);
std::string_view LocalName(const xmlNode* node);
// The attribute's value, or "" when absent. ns_uri may be nullptr for an unqualified attribute.
std::string Attr(const xmlNode* node, const char* ns_uri, const char* local);
bool HasAttr(const xmlNode* node, const char* ns_uri, const char* local);
// Sets (creating if needed) a namespaced attribute; the prefix is taken from the element's scope.
void SetAttr(xmlNode* node, const char* ns_uri, const char* local, std::string_view value);
void RemoveAttr(xmlNode* node, const char* ns_uri, const char* local);
// The first element child with this name, or nullptr.
xmlNode* Child(const xmlNode* node, const char* ns_uri, const char* local);
// The element children of `node` in document order; with a name, only the elements of that name.
// The next child is found before the loop body runs, so the body may remove the one it is on:
//   for (xmlNode* p : Children(body, ns::kW, "p")) ...
class ChildElements {
 public:
  class iterator {
   public:
    using value_type = xmlNode*;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(xmlNode* at, const char* ns_uri, const char* local) : ns_(ns_uri), local_(local) {
      current_ = Matching(at);
      next_ = current_ ? Matching(current_->next) : nullptr;
    }
    xmlNode* operator*() const { return current_; }
    iterator& operator++() {
      current_ = next_;
      next_ = current_ ? Matching(current_->next) : nullptr;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& other) const { return current_ == other.current_; }

   private:
    xmlNode* Matching(xmlNode* n) const {
      for (; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && (!local_ || IsElement(n, ns_, local_))) return n;
      return nullptr;
    }
    xmlNode* current_ = nullptr;
    xmlNode* next_ = nullptr;
    const char* ns_ = nullptr;
    const char* local_ = nullptr;
  };

  ChildElements(const xmlNode* parent, const char* ns_uri, const char* local)
      : first_(parent ? parent->children : nullptr), ns_(ns_uri), local_(local) {}
  iterator begin() const { return iterator(first_, ns_, local_); }
  iterator end() const { return iterator(); }
  bool empty() const { return begin() == end(); }

 private:
  xmlNode* first_;
  const char* ns_;
  const char* local_;
};

inline ChildElements Children(const xmlNode* node, const char* ns_uri = nullptr, const char* local = nullptr) {
  return ChildElements(node, ns_uri, local);
}

// The text content of a node and its descendants.
std::string Content(const xmlNode* node);
// Creates an element in the same namespace prefix scope as `like` (reusing its xmlNs).
xmlNode* NewElementLike(const xmlNode* like, const char* local);
// Unlinks and frees a node.
void RemoveNode(xmlNode* node);

}  // namespace dhr
