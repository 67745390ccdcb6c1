#include "pipeline/publish/revision_session_ids.h"

#include <string_view>
#include <vector>

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

bool IsSessionIdAttribute(const xmlAttr* a) {
  return a->ns && a->ns->href && std::string_view(reinterpret_cast<const char*>(a->ns->href)) == ns::kW &&
         std::string_view(reinterpret_cast<const char*>(a->name)).rfind("rsid", 0) == 0;
}

}  // namespace

size_t RemoveRevisionSessionIds(xmlNode* root) {
  size_t removed = 0;
  const auto session_elements = CollectElements(root, [](const xmlNode* n) { return IsElement(n, ns::kW, "rsid"); });
  for (xmlNode* n : CollectElements(root, [](const xmlNode*) { return true; }, Descend::kYes)) {
    for (xmlAttr* a = n->properties; a;) {
      xmlAttr* next = a->next;
      if (IsSessionIdAttribute(a)) {
        xmlRemoveProp(a);
        ++removed;
      }
      a = next;
    }
  }
  for (xmlNode* n : session_elements) {
    if (IsElement(n->parent, ns::kW, "rsids")) continue;  // the settings list, removed whole elsewhere
    RemoveNode(n);
    ++removed;
  }
  return removed;
}

}  // namespace dhr::publish
