#include "docx/properties.h"

#include <cstring>

namespace dhr {
namespace {

constexpr const char* kCustomFmtId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

struct PropertyPart {
  PartKind kind;
  const char* default_name;
  const char* content_type;
  const char* relationship_type;
  const char* empty_xml;
};

const PropertyPart kCorePart{
    PartKind::kCoreProperties, "docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"};
const PropertyPart kAppPart{
    PartKind::kAppProperties, "docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
    "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"/>"};
const PropertyPart kCustomPart{
    PartKind::kCustomProperties, "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
    "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"/>"};

// The canonical prefix of a core-properties element's namespace.
std::string CorePrefix(const xmlNode* n) {
  if (HasNamespace(n, ns::kDublinCore)) return "dc:";
  if (HasNamespace(n, ns::kDublinCoreTerms)) return "dcterms:";
  if (HasNamespace(n, ns::kCoreProperties)) return "cp:";
  return {};
}

std::string PartName(Package& package, const PropertyPart& spec) {
  auto names = package.PartsOfKind(spec.kind);
  return names.empty() ? std::string() : names.front();
}

XmlDocument* FindOrCreate(Package& package, const PropertyPart& spec, Status& status) {
  std::string name = PartName(package, spec);
  if (name.empty()) {
    name = spec.default_name;
    status = package.PutPart(name, spec.empty_xml, spec.content_type);
    if (!status.ok()) return nullptr;
    package.AddRelationship("", spec.relationship_type, name);
  }
  package.MarkEdited(name);
  return package.Xml(name);
}

xmlNs* Namespace(xmlNode* root, const char* href, const char* prefix) {
  xmlNs* ns = xmlSearchNsByHref(root->doc, root, reinterpret_cast<const xmlChar*>(href));
  return ns ? ns : xmlNewNs(root, reinterpret_cast<const xmlChar*>(href), reinterpret_cast<const xmlChar*>(prefix));
}

void SetTextContent(xmlNode* element, const std::string& value) {
  while (element->children) RemoveNode(element->children);
  xmlAddChild(element, xmlNewDocText(element->doc, reinterpret_cast<const xmlChar*>(value.c_str())));
}

std::vector<Property> ChildrenAsProperties(Package& package, const PropertyPart& spec, bool core) {
  std::vector<Property> out;
  XmlDocument* xml = package.Xml(PartName(package, spec));
  if (!xml || !xml->root()) return out;
  for (xmlNode* n : Children(xml->root())) {
    out.push_back({(core ? CorePrefix(n) : std::string()) + std::string(LocalName(n)), Content(n)});
  }
  return out;
}

xmlNode* FindChildNamed(xmlNode* root, const std::string& name, bool core) {
  for (xmlNode* n : Children(root))
    if ((core ? CorePrefix(n) : std::string()) + std::string(LocalName(n)) == name)
      return n;
  return nullptr;
}

xmlNode* FindCustom(xmlNode* root, const std::string& name) {
  for (xmlNode* n = root ? root->children : nullptr; n; n = n->next)
    if (IsElement(n, ns::kCustomProperties, "property") && Attr(n, nullptr, "name") == name) return n;
  return nullptr;
}

void RemoveChild(Package& package, const PropertyPart& spec, xmlNode* (*find)(xmlNode*, const std::string&),
                 const std::string& name) {
  const std::string part = PartName(package, spec);
  XmlDocument* xml = package.Xml(part);
  if (!xml) return;
  if (xmlNode* n = find(xml->root(), name)) {
    RemoveNode(n);
    package.MarkEdited(part);
  }
}

}  // namespace

std::vector<Property> CoreProperties(Package& package) { return ChildrenAsProperties(package, kCorePart, true); }
std::vector<Property> AppProperties(Package& package) { return ChildrenAsProperties(package, kAppPart, false); }

std::vector<Property> CustomProperties(Package& package) {
  std::vector<Property> out;
  XmlDocument* xml = package.Xml(PartName(package, kCustomPart));
  if (!xml || !xml->root()) return out;
  for (xmlNode* n : Children(xml->root(), ns::kCustomProperties, "property"))
    out.push_back({Attr(n, nullptr, "name"), Content(n)});
  return out;
}

Status SetCoreProperty(Package& package, const std::string& name, const std::string& value) {
  const size_t colon = name.find(':');
  const std::string prefix = colon == std::string::npos ? "" : name.substr(0, colon);
  const char* href = prefix == "dc"        ? ns::kDublinCore
                     : prefix == "dcterms" ? ns::kDublinCoreTerms
                     : prefix == "cp"      ? ns::kCoreProperties
                                           : nullptr;
  if (!href) return Status::Error("docx.property", "unknown core property \"" + name + "\"");
  Status status;
  XmlDocument* xml = FindOrCreate(package, kCorePart, status);
  if (!xml) return status;
  xmlNode* n = FindChildNamed(xml->root(), name, true);
  if (!n) {
    const std::string local = name.substr(colon + 1);
    n = xmlNewChild(xml->root(), Namespace(xml->root(), href, prefix.c_str()),
                    reinterpret_cast<const xmlChar*>(local.c_str()), nullptr);
    if (prefix == "dcterms") {
      xmlSetNsProp(n, Namespace(xml->root(), ns::kXmlSchemaInstance, "xsi"), reinterpret_cast<const xmlChar*>("type"),
                   reinterpret_cast<const xmlChar*>("dcterms:W3CDTF"));
    }
  }
  SetTextContent(n, value);
  return {};
}

Status SetAppProperty(Package& package, const std::string& name, const std::string& value) {
  Status status;
  XmlDocument* xml = FindOrCreate(package, kAppPart, status);
  if (!xml) return status;
  xmlNode* n = FindChildNamed(xml->root(), name, false);
  if (!n) n = xmlNewChild(xml->root(), xml->root()->ns, reinterpret_cast<const xmlChar*>(name.c_str()), nullptr);
  SetTextContent(n, value);
  return {};
}

Status SetCustomProperty(Package& package, const std::string& name, const std::string& value) {
  Status status;
  XmlDocument* xml = FindOrCreate(package, kCustomPart, status);
  if (!xml) return status;
  xmlNode* root = xml->root();
  xmlNode* n = FindCustom(root, name);
  if (n) {
    while (n->children) RemoveNode(n->children);
  } else {
    int pid = 1;
    for (xmlNode* c : Children(root, ns::kCustomProperties, "property"))
      pid = std::max(pid, std::atoi(Attr(c, nullptr, "pid").c_str()));
    n = xmlNewChild(root, root->ns, reinterpret_cast<const xmlChar*>("property"), nullptr);
    SetAttr(n, nullptr, "fmtid", kCustomFmtId);
    SetAttr(n, nullptr, "pid", std::to_string(pid + 1));
    SetAttr(n, nullptr, "name", name);
  }
  xmlNode* v =
      xmlNewChild(n, Namespace(root, ns::kPropertyTypes, "vt"), reinterpret_cast<const xmlChar*>("lpwstr"), nullptr);
  SetTextContent(v, value);
  return {};
}

void RemoveCoreProperty(Package& package, const std::string& name) {
  RemoveChild(package, kCorePart, [](xmlNode* r, const std::string& n) { return FindChildNamed(r, n, true); }, name);
}
void RemoveAppProperty(Package& package, const std::string& name) {
  RemoveChild(package, kAppPart, [](xmlNode* r, const std::string& n) { return FindChildNamed(r, n, false); }, name);
}
void RemoveCustomProperty(Package& package, const std::string& name) {
  RemoveChild(package, kCustomPart, FindCustom, name);
}

}  // namespace dhr
