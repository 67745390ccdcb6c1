#include "docx/word_markup.h"

#include <array>
#include <string_view>

namespace dhr {
namespace {

// The next node after `n` in preorder within `root`; children skipped when `descend` is false.
xmlNode* NextInPreorder(xmlNode* n, const xmlNode* root, bool descend) {
  if (descend && n->children) return n->children;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}

constexpr std::array<std::string_view, 19> kRangeMarkup = {
    "bookmarkStart",          "bookmarkEnd",               "commentRangeStart",
    "commentRangeEnd",        "permStart",                 "permEnd",
    "proofErr",               "moveFromRangeStart",        "moveFromRangeEnd",
    "moveToRangeStart",       "moveToRangeEnd",            "customXmlInsRangeStart",
    "customXmlInsRangeEnd",   "customXmlDelRangeStart",    "customXmlDelRangeEnd",
    "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
    "customXmlMoveToRangeEnd"};

constexpr std::array<std::string_view, 6> kBlocks = {"p", "tbl", "sdt", "customXml", "altChunk", "sectPr"};

template <size_t N>
bool NamedOneOf(const xmlNode* node, const std::array<std::string_view, N>& names) {
  if (!node || node->type != XML_ELEMENT_NODE || !HasNamespace(node, ns::kW)) return false;
  const std::string_view name = LocalName(node);
  for (std::string_view candidate : names)
    if (name == candidate) return true;
  return false;
}

// After `moved` left `old_parent`, redeclares any namespace it took from there: libxml2 nodes point
// at the declaration they were parsed under, and freeing `old_parent` would free it.
void KeepNamespaces(const xmlNode* old_parent, xmlNode* moved) {
  if (old_parent->nsDef && moved->type == XML_ELEMENT_NODE) xmlReconciliateNs(moved->doc, moved);
}

}  // namespace

std::vector<std::string> WordprocessingParts(Package& package) {
  std::vector<std::string> out;
  auto take = [&](const std::string& name) {
    for (const std::string& seen : out)
      if (seen == name) return;
    XmlDocument* xml = package.Xml(name);
    if (xml && HasNamespace(xml->root(), ns::kW)) out.push_back(name);
  };
  for (const std::string& name : package.TextParts()) take(name);
  for (const PartInfo& part : package.parts())
    if (part.is_xml && part.kind != PartKind::kRelationships) take(part.name);
  return out;
}

bool OnOffIsOn(const xmlNode* property) {
  if (!property) return false;
  if (!HasAttr(property, ns::kW, "val")) return true;
  const std::string value = Attr(property, ns::kW, "val");
  return value == "true" || value == "1" || value == "on";
}

std::vector<xmlNode*> CollectElements(xmlNode* root, const std::function<bool(const xmlNode*)>& matches,
                                      Descend descend) {
  std::vector<xmlNode*> out;
  for (xmlNode* n = root; n;) {
    bool visit_children = true;
    if (n->type != XML_ELEMENT_NODE) {
      visit_children = false;
    } else if (matches(n)) {
      out.push_back(n);
      visit_children = descend == Descend::kYes;
    }
    n = NextInPreorder(n, root, visit_children);
  }
  return out;
}

void UnwrapElement(xmlNode* element) {
  if (!element || !element->parent) return;
  while (xmlNode* child = element->children) {
    xmlUnlinkNode(child);
    xmlNode* placed = xmlAddPrevSibling(element, child);  // a text node may merge into its neighbour
    if (placed) KeepNamespaces(element, placed);
  }
  RemoveNode(element);
}

bool IsRangeMarkup(const xmlNode* node) { return NamedOneOf(node, kRangeMarkup); }

bool ParagraphHasContent(const xmlNode* paragraph) {
  for (const xmlNode* c = paragraph ? paragraph->children : nullptr; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (IsElement(c, ns::kW, "pPr") || IsRangeMarkup(c)) continue;
    return true;
  }
  return false;
}

xmlNode* NextBlock(const xmlNode* block) {
  for (xmlNode* n = block ? block->next : nullptr; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || IsRangeMarkup(n)) continue;
    return NamedOneOf(n, kBlocks) ? n : nullptr;
  }
  return nullptr;
}

void MoveContentToFront(xmlNode* from, xmlNode* to) {
  xmlNode* properties = Child(to, ns::kW, "pPr");
  xmlNode* anchor = properties ? properties->next : to->children;  // insert before this; null = append
  for (xmlNode* child = from->children; child;) {
    xmlNode* next = child->next;
    if (!IsElement(child, ns::kW, "pPr")) {
      xmlUnlinkNode(child);
      xmlNode* placed = anchor ? xmlAddPrevSibling(anchor, child) : xmlAddChild(to, child);
      if (placed) KeepNamespaces(from, placed);
    }
    child = next;
  }
}

void MoveRangeMarkupBefore(xmlNode* paragraph) {
  for (xmlNode* child = paragraph->children; child;) {
    xmlNode* next = child->next;
    if (IsRangeMarkup(child) && !IsElement(child, ns::kW, "proofErr")) {
      xmlUnlinkNode(child);
      if (xmlNode* placed = xmlAddPrevSibling(paragraph, child)) KeepNamespaces(paragraph, placed);
    }
    child = next;
  }
}

bool RunIsEmpty(const xmlNode* run) {
  for (const xmlNode* c = run ? run->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && !IsElement(c, ns::kW, "rPr")) return false;
  return true;
}

}  // namespace dhr
