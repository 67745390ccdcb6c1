#include "pipeline/fill/xml_fragment.h"

#include <libxml/parser.h>

namespace dhr {

Status InsertXmlFragment(xmlNode* parent, std::string_view xml, xmlNode* before) {
  if (!parent) return Status::Error("fill.xml_fragment", "no element to add the fragment to");
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
