#include "pipeline/publish/custom_xml.h"

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

bool IsDataBinding(const xmlNode* n) {
  return n->type == XML_ELEMENT_NODE && LocalName(n) == "dataBinding" && IsElement(n->parent, ns::kW, "sdtPr");
}

bool IsCustomWrapper(const xmlNode* n) {
  return IsElement(n, ns::kW, "customXml") || IsElement(n, ns::kW, "smartTag");
}

size_t RemoveDataBindings(xmlNode* root) {
  const auto bindings = CollectElements(root, IsDataBinding);
  for (xmlNode* binding : bindings) RemoveNode(binding);
  return bindings.size();
}

size_t UnwrapCustomMarkup(xmlNode* root) {
  // Unwrapping frees nothing but the wrapper and its properties, so nested wrappers stay valid.
  const auto wrappers = CollectElements(root, IsCustomWrapper, Descend::kYes);
  for (xmlNode* wrapper : wrappers) {
    RemoveNode(Child(wrapper, ns::kW, "customXmlPr"));
    RemoveNode(Child(wrapper, ns::kW, "smartTagPr"));
    UnwrapElement(wrapper);
  }
  return wrappers.size();
}

}  // namespace

void RemoveCustomXml(Package& package, CleanReport& report) {
  for (const std::string& part : WordprocessingParts(package)) {
    xmlNode* root = package.Xml(part)->root();
    const size_t bindings = RemoveDataBindings(root);
    const size_t wrappers = UnwrapCustomMarkup(root);
    if (bindings + wrappers == 0) continue;
    package.MarkEdited(part);
    report.Add(clean_category::kDataBindings, bindings);
    report.Add(clean_category::kCustomMarkup, wrappers);
  }
  for (const std::string& part : package.PartsOfKind(PartKind::kCustomXml)) {
    if (!package.Find(part)) continue;  // went with an item removed before it
    package.RemovePart(part);
    report.AddRemovedPart(part);
  }
}

}  // namespace dhr::publish
