#include "docx/xml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace dhr {

XmlDocument::~XmlDocument() {
  if (doc_) xmlFreeDoc(doc_);
}

XmlDocument::XmlDocument(XmlDocument&& other) noexcept : doc_(other.doc_) { other.doc_ = nullptr; }

XmlDocument& XmlDocument::operator=(XmlDocument&& other) noexcept {
  if (this != &other) {
    if (doc_) xmlFreeDoc(doc_);
    doc_ = other.doc_;
    other.doc_ = nullptr;
  }
  return *this;
}

namespace {

// Depth of the deepest element, walked with an explicit stack.
int MaxDepth(xmlNode* root) {
  int deepest = 0;
  std::vector<std::pair<xmlNode*, int>> stack;
  if (root) stack.push_back({root, 1});
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (depth > deepest) deepest = depth;
    for (xmlNode* c = node->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE) stack.push_back({c, depth + 1});
  }
  return deepest;
}

std::string Trimmed(const char* message) {
  std::string s = message ? message : "malformed XML";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

struct FirstError {
  bool seen = false;
  int line = 0;
  std::string message;
};

void RecordFirstError(void* user_data, xmlErrorPtr error) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(user_data);
  auto* first = ctxt ? static_cast<FirstError*>(ctxt->_private) : nullptr;
  if (!first || first->seen || !error || error->level < XML_ERR_ERROR) return;
  first->seen = true;
  first->line = error->line;
  first->message = Trimmed(error->message);
}

}  // namespace

namespace {

// What a parse without a tree keeps: the first error (as Parse does), whether a document type was
// declared, and the element depth.
struct TreelessState {
  FirstError first;
  bool subset = false;
  int depth = 0, deepest = 0;
};

void TreelessStart(void* user_data, const xmlChar*, const xmlChar*, const xmlChar*, int, const xmlChar**, int, int,
                   const xmlChar**) {
  auto* state = static_cast<TreelessState*>(static_cast<xmlParserCtxtPtr>(user_data)->_private);
  if (++state->depth > state->deepest) state->deepest = state->depth;
}
void TreelessEnd(void* user_data, const xmlChar*, const xmlChar*, const xmlChar*) {
  --static_cast<TreelessState*>(static_cast<xmlParserCtxtPtr>(user_data)->_private)->depth;
}
void TreelessSubset(void* user_data, const xmlChar*, const xmlChar*, const xmlChar*) {
  static_cast<TreelessState*>(static_cast<xmlParserCtxtPtr>(user_data)->_private)->subset = true;
}
void RecordFirstTreelessError(void* user_data, xmlErrorPtr error) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(user_data);
  auto* state = ctxt ? static_cast<TreelessState*>(ctxt->_private) : nullptr;
  if (!state || state->first.seen || !error || error->level < XML_ERR_ERROR) return;
  state->first.seen = true;
  state->first.line = error->line;
  state->first.message = Trimmed(error->message);
}

// The checks Parse makes before libxml2 reads the bytes.
// Whether the bytes hold "<!DOCTYPE" or "<!ENTITY": each "<!" is found (FindMarkupOpening, not a
// stop at every '<' of the part as a search for the whole word makes), then what follows is read.
bool HasDeclaration(std::string_view bytes) {
  for (size_t at = FindMarkupOpening(bytes, 0, bytes.size(), '!'); at != std::string_view::npos;
       at = FindMarkupOpening(bytes, at + 2, bytes.size(), '!')) {
    const std::string_view rest = bytes.substr(at);
    if (rest.substr(0, 9) == "<!DOCTYPE" || rest.substr(0, 8) == "<!ENTITY") return true;
  }
  return false;
}

Status CheckBeforeParsing(std::string_view bytes, const Location& where, const XmlLimits& limits) {
  if (bytes.size() > limits.max_bytes)
    return Status::Error("xml.too_large", "the part is larger than the limit of " +
                                              std::to_string(limits.max_bytes >> 20) + " MiB", where);
  // OOXML parts never carry a document type declaration; one here can only be an attack
  // (external entities, entity expansion), so refuse before libxml2 reads it.
  if (HasDeclaration(bytes))
    return Status::Error("xml.doctype", "the part has a DOCTYPE or ENTITY declaration, which Word "
                                        "documents never contain; refusing it", where);
  if (bytes.size() > static_cast<size_t>(INT32_MAX))
    return Status::Error("xml.too_large", "the part is too large", where);
  return {};
}

Status Malformed(xmlParserCtxtPtr ctxt, const FirstError& first, Location at) {
  std::string message = "malformed XML";
  if (first.seen) {
    at.line = first.line;
    message = "malformed XML: " + first.message;
  } else if (const xmlError* err = xmlCtxtGetLastError(ctxt)) {
    at.line = err->line;
    message = "malformed XML: " + Trimmed(err->message);
  }
  return Status::Error("xml.malformed", message, at);
}

Status DoctypeFound(const Location& where) {
  return Status::Error("xml.doctype", "the part has a DOCTYPE declaration, which Word documents "
                                      "never contain; refusing it", where);
}

Status TooDeep(const Location& where, const XmlLimits& limits) {
  return Status::Error("xml.too_deep", "elements are nested deeper than " + std::to_string(limits.max_depth) + " levels",
                       where);
}

constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

}  // namespace

Result<XmlDocument> XmlDocument::Parse(std::string_view bytes, std::string_view name,
                                       const XmlLimits& limits) {
  const Location where{"", std::string(name), 0, 0};
  if (Status s = CheckBeforeParsing(bytes, where, limits); !s.ok()) return s;

  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) return Status::Error("xml.memory", "out of memory while parsing", where);
  // The first error explains a malformed part; later ones are its echoes.
  FirstError first;
  ctxt->_private = &first;
  ctxt->sax->serror = RecordFirstError;
  const std::string url(name);
  xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()),
                                    url.c_str(), nullptr, kParseOptions);
  if (!doc || !ctxt->wellFormed) {
    Status malformed = Malformed(ctxt, first, where);
    if (doc) xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return malformed;
  }
  xmlFreeParserCtxt(ctxt);
  XmlDocument result(doc);
  // The byte check above cannot see a declaration in a UTF-16 part; this one can.
  if (doc->intSubset || doc->extSubset) return DoctypeFound(where);
  if (limits.max_depth < 256 && MaxDepth(result.root()) > limits.max_depth) return TooDeep(where, limits);
  return result;
}

Status XmlDocument::Check(std::string_view bytes, std::string_view name, const XmlLimits& limits) {
  const Location where{"", std::string(name), 0, 0};
  if (Status s = CheckBeforeParsing(bytes, where, limits); !s.ok()) return s;
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) return Status::Error("xml.memory", "out of memory while parsing", where);
  // A handler that builds nothing: libxml2 still checks every well-formedness constraint.
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = TreelessStart;
  sax.endElementNs = TreelessEnd;
  sax.internalSubset = TreelessSubset;
  sax.serror = RecordFirstTreelessError;
  std::memcpy(ctxt->sax, &sax, sizeof sax);
  TreelessState state;
  ctxt->_private = &state;
  ctxt->userData = ctxt;
  const std::string url(name);
  xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), url.c_str(), nullptr,
                                    kParseOptions);
  if (doc) xmlFreeDoc(doc);  // none is built; freed should one ever be
  Status result;
  if (!ctxt->wellFormed)
    result = Malformed(ctxt, state.first, where);
  else if (state.subset)
    result = DoctypeFound(where);
  else if (limits.max_depth < 256 && state.deepest > limits.max_depth)
    result = TooDeep(where, limits);
  xmlFreeParserCtxt(ctxt);
  return result;
}

std::string XmlDocument::Serialize() const {
  if (!doc_) return {};
  xmlChar* mem = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc_, &mem, &size, "UTF-8");
  std::string out(reinterpret_cast<const char*>(mem), static_cast<size_t>(size));
  xmlFree(mem);
  return out;
}

size_t FindMarkupOpening(std::string_view bytes, size_t from, size_t to, char mark) {
  to = std::min(to, bytes.size());
  for (size_t at = from; at < to;) {
    const auto* found = static_cast<const char*>(std::memchr(bytes.data() + at, mark, to - at));
    if (!found) break;
    const size_t i = static_cast<size_t>(found - bytes.data());
    if (i > from && bytes[i - 1] == '<') return i - 1;
    at = i + 1;
  }
  return std::string_view::npos;
}

bool HasNamespace(const xmlNode* node, const char* ns_uri) {
  if (!node) return false;
  if (!ns_uri) return node->ns == nullptr;
  return node->ns && node->ns->href && std::strcmp(reinterpret_cast<const char*>(node->ns->href), ns_uri) == 0;
}

bool IsElement(const xmlNode* node, const char* ns_uri, const char* local) {
  return node && node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), local) == 0 && HasNamespace(node, ns_uri);
}

std::string_view LocalName(const xmlNode* node) {
  return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

namespace {
xmlAttr* FindAttr(const xmlNode* node, const char* ns_uri, const char* local) {
  if (!node || node->type != XML_ELEMENT_NODE) return nullptr;
  for (xmlAttr* a = node->properties; a; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), local) != 0) continue;
    if (!ns_uri ? a->ns == nullptr
                : a->ns && std::strcmp(reinterpret_cast<const char*>(a->ns->href), ns_uri) == 0)
      return a;
  }
  return nullptr;
}
}  // namespace

std::string Attr(const xmlNode* node, const char* ns_uri, const char* local) {
  xmlAttr* a = FindAttr(node, ns_uri, local);
  if (!a) return {};
  xmlChar* v = xmlNodeListGetString(node->doc, a->children, 1);
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

bool HasAttr(const xmlNode* node, const char* ns_uri, const char* local) {
  return FindAttr(node, ns_uri, local) != nullptr;
}

void SetAttr(xmlNode* node, const char* ns_uri, const char* local, std::string_view value) {
  if (!node) return;
  const std::string v(value);
  const auto* name = reinterpret_cast<const xmlChar*>(local);
  if (!ns_uri) {
    xmlSetProp(node, name, reinterpret_cast<const xmlChar*>(v.c_str()));
    return;
  }
  xmlNs* ns = xmlSearchNsByHref(node->doc, node, reinterpret_cast<const xmlChar*>(ns_uri));
  if (!ns) {
    // Declare the namespace on the root, with the prefix Word uses for it.
    xmlNode* root = xmlDocGetRootElement(node->doc);
    const char* prefix = std::strcmp(ns_uri, ns::kW) == 0 ? "w" : std::strcmp(ns_uri, ns::kR) == 0 ? "r" : "ns";
    ns = xmlNewNs(root ? root : node, reinterpret_cast<const xmlChar*>(ns_uri),
                  reinterpret_cast<const xmlChar*>(prefix));
  }
  xmlSetNsProp(node, ns, name, reinterpret_cast<const xmlChar*>(v.c_str()));
}

void RemoveAttr(xmlNode* node, const char* ns_uri, const char* local) {
  if (xmlAttr* a = FindAttr(node, ns_uri, local)) xmlRemoveProp(a);
}

xmlNode* Child(const xmlNode* node, const char* ns_uri, const char* local) {
  if (!node) return nullptr;
  for (xmlNode* c = node->children; c; c = c->next)
    if (IsElement(c, ns_uri, local)) return c;
  return nullptr;
}

std::string Content(const xmlNode* node) {
  if (!node) return {};
  xmlChar* v = xmlNodeGetContent(node);
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

xmlNode* NewElementLike(const xmlNode* like, const char* local) {
  return xmlNewDocNode(like->doc, like->ns, reinterpret_cast<const xmlChar*>(local), nullptr);
}

void RemoveNode(xmlNode* node) {
  if (!node) return;
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

}  // namespace dhr
