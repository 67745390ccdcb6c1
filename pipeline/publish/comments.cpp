#include "pipeline/publish/comments.h"

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

bool IsCommentAnchor(const xmlNode* n) {
  return IsElement(n, ns::kW, "commentRangeStart") || IsElement(n, ns::kW, "commentRangeEnd") ||
         IsElement(n, ns::kW, "commentReference");
}

size_t CountComments(Package& package, const std::string& part) {
  XmlDocument* xml = package.Xml(part);
  if (!xml) return 0;
  return CollectElements(xml->root(), [](const xmlNode* n) { return IsElement(n, ns::kW, "comment"); }).size();
}

// Removes the anchors of a part; returns how many there were.
size_t RemoveAnchors(xmlNode* root) {
  const std::vector<xmlNode*> anchors = CollectElements(root, IsCommentAnchor);
  for (xmlNode* anchor : anchors) {
    xmlNode* run = IsElement(anchor->parent, ns::kW, "r") ? anchor->parent : nullptr;
    RemoveNode(anchor);
    if (run && RunIsEmpty(run)) RemoveNode(run);
  }
  return anchors.size();
}

}  // namespace

void RemoveComments(Package& package, CleanReport& report) {
  for (const std::string& part : package.PartsOfKind(PartKind::kComments))
    report.Add(clean_category::kComments, CountComments(package, part));

  for (const std::string& part : WordprocessingParts(package)) {
    const PartInfo* info = package.Find(part);
    if (info->kind == PartKind::kComments) continue;  // goes as a whole
    const size_t removed = RemoveAnchors(package.Xml(part)->root());
    if (removed == 0) continue;
    package.MarkEdited(part);
    report.Add(clean_category::kCommentAnchors, removed);
  }

  for (PartKind kind : {PartKind::kComments, PartKind::kCommentsExtended, PartKind::kPeople}) {
    for (const std::string& part : package.PartsOfKind(kind)) {
      package.RemovePart(part);
      report.AddRemovedPart(part);
    }
  }
}

}  // namespace dhr::publish
