#include "pipeline/scan/xml_walk.h"

#include <vector>

#include "docx/xml.h"

namespace dhr::scan {
namespace {

std::string Prefixed(const xmlNs* ns, const xmlChar* name) {
  std::string out;
  if (ns && ns->prefix) out = std::string(reinterpret_cast<const char*>(ns->prefix)) + ":";
  return out + (name ? reinterpret_cast<const char*>(name) : "");
}

}  // namespace

bool IsParagraph(const xmlNode* node) {
  // Asked of every element: its name is looked at before its namespace.
  if (!node || node->type != XML_ELEMENT_NODE || !node->name || node->name[0] != 'p' || node->name[1] != '\0')
    return false;
  return HasNamespace(node, ns::kW) || HasNamespace(node, ns::kA);
}

std::string QualifiedName(const xmlNode* node) { return node ? Prefixed(node->ns, node->name) : std::string(); }

std::string QualifiedAttributeName(const xmlAttr* attribute) {
  std::string out;
  AppendQualifiedAttributeName(out, attribute);
  return out;
}

void AppendQualifiedAttributeName(std::string& out, const xmlAttr* attribute) {
  if (!attribute) return;
  if (attribute->ns && attribute->ns->prefix) out.append(reinterpret_cast<const char*>(attribute->ns->prefix)).append(1, ':');
  if (attribute->name) out.append(reinterpret_cast<const char*>(attribute->name));
}

void VisitElements(xmlNode* root, int& paragraphs, int root_paragraph, const ElementVisitor& visit) {
  if (!root || root->type != XML_ELEMENT_NODE) return;
  auto element = [](xmlNode* n) {
    while (n && n->type != XML_ELEMENT_NODE) n = n->next;
    return n;
  };
  std::vector<int> inherited;  // the paragraph each open ancestor's children inherit
  int current = root_paragraph;
  xmlNode* node = root;
  while (node) {
    const int paragraph = IsParagraph(node) ? ++paragraphs : current;
    visit(node, paragraph);
    if (xmlNode* child = element(node->children)) {
      inherited.push_back(current);
      current = paragraph;
      node = child;
      continue;
    }
    while (node) {
      if (node == root) return;
      if (xmlNode* next = element(node->next)) {
        node = next;
        break;
      }
      node = node->parent;
      current = inherited.back();
      inherited.pop_back();
    }
  }
}

void VisitElements(xmlNode* root, const ElementVisitor& visit) {
  int paragraphs = 0;
  VisitElements(root, paragraphs, 0, visit);
}

}  // namespace dhr::scan
