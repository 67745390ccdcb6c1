#include "pipeline/publish/settings_cleanup.h"

#include <string_view>

#include "docx/child_order.h"
#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

constexpr const char* kW14 = "http://schemas.microsoft.com/office/word/2010/wordml";
constexpr const char* kW15 = "http://schemas.microsoft.com/office/word/2012/wordml";

struct RemovedSetting {
  const char* ns_uri;
  const char* local;
  const char* label;
};

constexpr RemovedSetting kRemovedSettings[] = {
    {ns::kW, "attachedTemplate", "w:attachedTemplate"},
    {ns::kW, "docVars", "w:docVars"},
    {ns::kW, "mailMerge", "w:mailMerge"},
    {ns::kW, "rsids", "w:rsids"},
    {ns::kW, "trackRevisions", "w:trackRevisions"},
    {kW14, "docId", "w14:docId"},
    {kW15, "docId", "w15:docId"},
};

// Every relationship id a subtree names (r:id on w:attachedTemplate, w:dataSource...).
std::vector<std::string> RelationshipIdsIn(const xmlNode* subtree) {
  std::vector<std::string> ids;
  for (const xmlNode* n : CollectElements(const_cast<xmlNode*>(subtree), [](const xmlNode*) { return true; },
                                          Descend::kYes)) {
    for (const xmlAttr* a = n->properties; a; a = a->next)
      if (a->ns && a->ns->href && std::string_view(reinterpret_cast<const char*>(a->ns->href)) == ns::kR)
        ids.push_back(Attr(n, ns::kR, reinterpret_cast<const char*>(a->name)));
  }
  return ids;
}

// Removes the listed settings from one settings part; returns whether anything changed.
bool RemoveIdentifyingSettings(Package& package, const std::string& part, CleanReport& report) {
  xmlNode* root = package.Xml(part)->root();
  bool changed = false;
  for (const RemovedSetting& setting : kRemovedSettings) {
    while (xmlNode* element = Child(root, setting.ns_uri, setting.local)) {
      for (const std::string& id : RelationshipIdsIn(element)) package.RemoveRelationship(part, id);
      RemoveNode(element);
      report.AddSettingChange(std::string(setting.label) + " removed");
      changed = true;
    }
  }
  return changed;
}

// Puts an on/off setting in the settings at its schema place. Returns whether anything changed.
bool SetOnOff(xmlNode* root, const char* local) {
  if (xmlNode* existing = Child(root, ns::kW, local)) {
    if (OnOffIsOn(existing)) return false;
    RemoveAttr(existing, ns::kW, "val");
    return true;
  }
  InsertInSchemaOrder(root, NewElementLike(root, local));
  return true;
}

}  // namespace

void CleanSettings(Package& package, CleanReport& report) {
  for (const std::string& part : package.PartsOfKind(PartKind::kSettings)) {
    XmlDocument* xml = package.Xml(part);
    if (!xml || !IsElement(xml->root(), ns::kW, "settings")) continue;
    bool changed = RemoveIdentifyingSettings(package, part, report);
    for (const char* setting : {"removePersonalInformation", "removeDateAndTime"}) {
      if (!SetOnOff(xml->root(), setting)) continue;
      report.AddSettingChange(std::string("w:") + setting + " set");
      changed = true;
    }
    if (changed) package.MarkEdited(part);
  }
}

}  // namespace dhr::publish
