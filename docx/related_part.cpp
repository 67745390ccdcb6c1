#include "docx/related_part.h"

#include <cstdlib>

namespace dhr {
std::string FindMainDocumentPart(const Package& package, std::string_view short_type) {
  const std::string type = wordml::RelationshipType(short_type);
  for (const Relationship& rel : package.Relationships(package.main_document()))
    if (!rel.external && rel.type == type && package.Find(rel.resolved)) return rel.resolved;
  return {};
}

Result<std::string> MainDocumentPart(Package& package, std::string_view kind, const std::string& new_name,
                                     std::string_view content) {
  if (std::string existing = FindMainDocumentPart(package, kind); !existing.empty()) {
    if (!package.Xml(existing))
      return Status::Error("docx.bad_part", "the document's " + std::string(kind) + " part is not XML",
                           InFile(package.file_name(), existing));
    return existing;
  }
  std::string name = new_name;
  for (int n = 2; package.Find(name); ++n) {
    const size_t dot = new_name.rfind('.');
    name = new_name.substr(0, dot) + std::to_string(n) + new_name.substr(dot);
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:";
  xml += kind;
  xml += ' ';
  xml += wordml::kNamespaceDeclarations;
  if (content.empty()) {
    xml += "/>";
  } else {
    xml += '>';
    xml += content;
    xml += "</w:";
    xml += kind;
    xml += '>';
  }
  if (Status s = package.PutPart(name, std::move(xml), wordml::ContentType(kind)); !s.ok()) return s;
  package.AddRelationship(package.main_document(), wordml::RelationshipType(kind), name);
  return name;
}

int MaxIdOfChildren(const xmlNode* root, const char* element, const char* attribute, int floor) {
  int max = floor;
  for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
    if (!IsElement(n, ns::kW, element)) continue;
    const std::string value = Attr(n, ns::kW, attribute);
    if (!value.empty()) max = std::max(max, std::atoi(value.c_str()));
  }
  return max;
}

}  // namespace dhr
