#include "docx/xml_fragment.h"

#include <libxml/parser.h>

#include <cstring>

#include "docx/xml.h"

namespace dhr {

bool DeclarePrefix(xmlNode* root, const char* prefix, const char* uri) {
  if (!root) return false;
  for (const xmlNs* ns = root->nsDef; ns; ns = ns->next)
    if (ns->prefix && std::strcmp(reinterpret_cast<const char*>(ns->prefix), prefix) == 0)
      return ns->href && std::strcmp(reinterpret_cast<const char*>(ns->href), uri) == 0;
  return xmlNewNs(root, reinterpret_cast<const xmlChar*>(uri), reinterpret_cast<const xmlChar*>(prefix)) != nullptr;
}

Status InsertXmlFragment(xmlNode* parent, std::string_view xml, xmlNode* before) {
  if (!parent) return Status::Error("fill.xml_fragment", "no element to add the fragment to");
  xmlNode* root = xmlDocGetRootElement(parent->doc);
  if (!DeclarePrefix(root, "w", ns::kW) || !DeclarePrefix(root, "r", ns::kR))
    return Status::Error("fill.namespace_prefix", "the part binds the prefix \"w\" or \"r\" to another namespace");
  xmlNode* list = nullptr;
  const xmlParserErrors result =
      xmlParseInNodeContext(parent, xml.data(), static_cast<int>(xml.size()),
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING, &list);
  if (result != XML_ERR_OK) {
    xmlFreeNodeList(list);
    return Status::Error("fill.xml_fragment", "an XML fragment written by the fill stage is malformed");
  }
  while (list) {
    xmlNode* next = list->next;
    xmlUnlinkNode(list);
    if (before) {
      xmlAddPrevSibling(before, list);
    } else {
      xmlAddChild(parent, list);
    }
    list = next;
  }
  return {};
}

}  // namespace dhr
