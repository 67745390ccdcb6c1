#include "pipeline/mark/sections.h"

#include <vector>

#include "docx/child_order.h"
#include "docx/wordml.h"
#include "pipeline/mark/body_editor.h"

namespace dhr {
namespace {


const char* ReferenceName(HeaderOrFooter which) {
  return which == HeaderOrFooter::kHeader ? "headerReference" : "footerReference";
}
const char* PartStem(HeaderOrFooter which) { return which == HeaderOrFooter::kHeader ? "header" : "footer"; }

bool IsReference(const xmlNode* n) {
  return IsElement(n, ns::kW, "headerReference") || IsElement(n, ns::kW, "footerReference");
}

// An on/off property (w:titlePg, w:evenAndOddHeaders): on unless w:val says otherwise.
bool IsOn(const xmlNode* property) {
  if (!property) return false;
  const std::string value = Attr(property, ns::kW, "val");
  return value != "0" && value != "false" && value != "off";
}

// Subtrees that hold no section of the body: text boxes, tracked property changes and the
// fallback copy of alternate content.
bool HoldsNoSection(const xmlNode* n) {
  return IsElement(n, ns::kW, "txbxContent") || IsElement(n, ns::kW, "sectPrChange") ||
         IsElement(n, ns::kW, "pPrChange") || IsElement(n, ns::kMc, "Fallback");
}

xmlNode* Body(Package& package) {
  XmlDocument* xml = package.Xml(package.main_document());
  return xml ? Child(xml->root(), ns::kW, "body") : nullptr;
}

std::string MainRelationshipType(std::string_view short_type) { return wordml::RelationshipType(short_type); }

}  // namespace

const char* PageKindName(PageKind kind) {
  switch (kind) {
    case PageKind::kDefault: return "default";
    case PageKind::kFirst: return "first";
    case PageKind::kEven: return "even";
  }
  return "default";
}

std::vector<xmlNode*> SectionProperties(Package& package, bool create_final) {
  std::vector<xmlNode*> sections;
  xmlNode* body = Body(package);
  if (!body) return sections;
  // Preorder walk with an explicit stack; children pushed in reverse to come out in order.
  std::vector<xmlNode*> stack;
  for (xmlNode* c = body->last; c; c = c->prev) stack.push_back(c);
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type != XML_ELEMENT_NODE || HoldsNoSection(n)) continue;
    if (IsElement(n, ns::kW, "sectPr")) {
      sections.push_back(n);
      continue;
    }
    for (xmlNode* c = n->last; c; c = c->prev) stack.push_back(c);
  }
  if (create_final && (sections.empty() || sections.back()->parent != body)) {
    xmlNode* final_properties = NewElementLike(body, "sectPr");
    xmlAddChild(body, final_properties);
    sections.push_back(final_properties);
    package.MarkEdited(package.main_document());
  }
  return sections;
}

bool HasTitlePage(const xmlNode* section_properties) {
  return IsOn(Child(section_properties, ns::kW, "titlePg"));
}

bool HasEvenAndOddHeaders(Package& package) {
  for (const Relationship& rel : package.Relationships(package.main_document())) {
    if (rel.external || rel.type != MainRelationshipType("settings")) continue;
    if (XmlDocument* settings = package.Xml(rel.resolved))
      return IsOn(Child(settings->root(), ns::kW, "evenAndOddHeaders"));
  }
  return false;
}

xmlNode* FindReference(const xmlNode* section_properties, HeaderOrFooter which, PageKind kind) {
  if (!section_properties) return nullptr;
  for (xmlNode* c = section_properties->children; c; c = c->next) {
    if (!IsElement(c, ns::kW, ReferenceName(which))) continue;
    std::string type = Attr(c, ns::kW, "type");
    if (type.empty()) type = "default";
    if (type == PageKindName(kind)) return c;
  }
  return nullptr;
}

xmlNode* AddReference(xmlNode* section_properties, HeaderOrFooter which, PageKind kind,
                      const std::string& relationship_id) {
  xmlNode* reference = InsertInSchemaOrder(section_properties, NewElementLike(section_properties, ReferenceName(which)));
  SetAttr(reference, ns::kW, "type", PageKindName(kind));
  SetAttr(reference, ns::kR, "id", relationship_id);
  return reference;
}

std::string ReferencedPart(Package& package, const xmlNode* reference) {
  const std::string id = Attr(reference, ns::kR, "id");
  if (id.empty()) return {};
  for (const Relationship& rel : package.Relationships(package.main_document())) {
    if (rel.id != id || rel.external) continue;
    return package.Find(rel.resolved) ? rel.resolved : std::string();
  }
  return {};
}

Result<CreatedPart> CreateHeaderFooterPart(Package& package, HeaderOrFooter which) {
  const std::string& main = package.main_document();
  const size_t slash = main.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : main.substr(0, slash + 1);
  std::string name;
  for (int n = 1;; ++n) {
    name = folder + PartStem(which) + std::to_string(n) + ".xml";
    if (!package.Find(name)) break;
  }
  const char* root = which == HeaderOrFooter::kHeader ? "w:hdr" : "w:ftr";
  const std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<") + root +
                          " xmlns:w=\"" + ns::kW + "\" xmlns:r=\"" + ns::kR + "\"/>";
  const std::string content_type = wordml::ContentType(which == HeaderOrFooter::kHeader ? "header" : "footer");
  if (Status s = package.PutPart(name, xml, content_type); !s.ok()) return s;
  CreatedPart created;
  created.name = name;
  created.relationship_id = package.AddRelationship(main, MainRelationshipType(PartStem(which)), name);
  return created;
}

void RemoveHeaderFooterPart(Package& package, const std::string& part) {
  std::vector<std::string> ids;
  for (const Relationship& rel : package.Relationships(package.main_document()))
    if (!rel.external && rel.resolved == part) ids.push_back(rel.id);
  BodyEditor body(package);
  bool edited = false;
  for (xmlNode* section : body.Sections(false)) {
    for (xmlNode* c = section->children; c;) {
      xmlNode* next = c->next;
      if (IsReference(c)) {
        const std::string id = Attr(c, ns::kR, "id");
        for (const std::string& gone : ids) {
          if (id != gone) continue;
          RemoveNode(c);
          edited = true;
          break;
        }
      }
      c = next;
    }
  }
  if (edited) {
    // Final section properties left empty are the ones SectionProperties created: none at all
    // means the same to Word.
    body.MarkEdited();
    body.RemoveEmptyFinalSection();
    (void)body.Commit();  // the part was read from these bytes a moment ago: splicing cannot fail
  }
  package.RemovePart(part);
}

}  // namespace dhr
