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
  return IsElement(node, ns::kW, "p") || IsElement(node, ns::kA, "p");
}

std::string QualifiedName(const xmlNode* node) { return node ? Prefixed(node->ns, node->name) : std::string(); }

std::string QualifiedAttributeName(const xmlAttr* attribute) {
  return attribute ? Prefixed(attribute->ns, attribute->name) : std::string();
}

void VisitElements(xmlNode* root, const std::function<void(xmlNode* element, int paragraph)>& visit) {
  struct Pending {
    xmlNode* node;
    int paragraph;
  };
  int paragraphs = 0;
  std::vector<Pending> stack;
  if (root) stack.push_back({root, 0});
  while (!stack.empty()) {
    Pending top = stack.back();
    stack.pop_back();
    if (top.node->type != XML_ELEMENT_NODE) continue;
    int paragraph = top.paragraph;
    if (IsParagraph(top.node)) paragraph = ++paragraphs;
    visit(top.node, paragraph);
    std::vector<xmlNode*> children;
    for (xmlNode* child : Children(top.node)) children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, paragraph});
  }
}

}  // namespace dhr::scan
