#include "pipeline/publish/embedded_objects.h"

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

constexpr const char* kOffice = "urn:schemas-microsoft-com:office:office";

bool IsObjectData(const xmlNode* node) {
  return IsElement(node, kOffice, "OLEObject") || IsElement(node, ns::kW, "objectEmbed") ||
         IsElement(node, ns::kW, "objectLink") || IsElement(node, ns::kW, "control");
}

}  // namespace

size_t RemoveEmbeddedObjectData(xmlNode* root) {
  const std::vector<xmlNode*> found = CollectElements(root, IsObjectData);
  for (xmlNode* node : found) RemoveNode(node);
  return found.size();
}

void ReplaceEmbeddedObjectsByPictures(Package& package, CleanReport& report) {
  for (const std::string& part : WordprocessingParts(package)) {
    const size_t removed = RemoveEmbeddedObjectData(package.Xml(part)->root());
    if (removed == 0) continue;
    package.MarkEdited(part);
    report.Add(clean_category::kEmbeddedObjects, removed);
  }
}

}  // namespace dhr::publish
