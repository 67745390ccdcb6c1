#include "pipeline/mark/marking_style.h"

#include <cctype>

#include "docx/child_order.h"

namespace dhr {
namespace {

constexpr const char* kStylesType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
constexpr const char* kStylesContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The main document's styles part, or "" when it has none.
std::string StylesPart(Package& package) {
  for (const Relationship& rel : package.Relationships(package.main_document()))
    if (!rel.external && rel.type == kStylesType && package.Xml(rel.resolved)) return rel.resolved;
  return {};
}

Result<std::string> CreateStylesPart(Package& package) {
  const std::string& main = package.main_document();
  const size_t slash = main.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : main.substr(0, slash + 1);
  std::string name = folder + "styles.xml";
  for (int n = 2; package.Find(name); ++n) name = folder + "styles" + std::to_string(n) + ".xml";
  const std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") +
                          "<w:styles xmlns:w=\"" + ns::kW + "\"/>";
  if (Status s = package.PutPart(name, xml, kStylesContentType); !s.ok()) return s;
  package.AddRelationship(main, kStylesType, name);
  return name;
}

xmlNode* AppendChild(xmlNode* parent, const char* local) {
  xmlNode* child = NewElementLike(parent, local);
  xmlAddChild(parent, child);
  return child;
}

bool IsOurStyle(const xmlNode* style) {
  return IsElement(style, ns::kW, "style") &&
         (Attr(style, ns::kW, "styleId") == kMarkingStyleId ||
          Lower(Attr(Child(style, ns::kW, "name"), ns::kW, "val")) == Lower(kMarkingStyleName));
}

}  // namespace

Status AddMarkingStyle(Package& package) {
  std::string part = StylesPart(package);
  if (part.empty()) {
    auto created = CreateStylesPart(package);
    if (!created.ok()) return created.status();
    part = *created;
  }
  xmlNode* styles = package.Xml(part)->root();
  for (xmlNode* c = styles ? styles->children : nullptr; c; c = c->next)
    if (IsElement(c, ns::kW, "style") && Attr(c, ns::kW, "styleId") == kMarkingStyleId) return {};
  if (!IsElement(styles, ns::kW, "styles"))
    return Status::Error("mark.bad_styles", "the styles part has no w:styles element", InFile("", part));

  xmlNode* style = AppendChild(styles, "style");
  SetAttr(style, ns::kW, "type", "paragraph");
  SetAttr(style, ns::kW, "customStyle", "1");
  SetAttr(style, ns::kW, "styleId", kMarkingStyleId);
  SetAttr(AppendChild(style, "name"), ns::kW, "val", kMarkingStyleName);
  xmlNode* paragraph = AppendChild(style, "pPr");
  xmlNode* spacing = SchemaChild(paragraph, "spacing");
  SetAttr(spacing, ns::kW, "before", "0");
  SetAttr(spacing, ns::kW, "after", "0");
  SetAttr(SchemaChild(paragraph, "jc"), ns::kW, "val", "center");
  xmlNode* run = AppendChild(style, "rPr");
  SchemaChild(run, "b");
  SchemaChild(run, "bCs");
  package.MarkEdited(part);
  return {};
}

std::set<std::string> MarkingStyleIds(Package& package) {
  std::set<std::string> ids = {kMarkingStyleId};
  const std::string part = StylesPart(package);
  if (part.empty()) return ids;
  for (xmlNode* c = package.Xml(part)->root()->children; c; c = c->next)
    if (IsOurStyle(c) && Attr(c, ns::kW, "type") == "paragraph") ids.insert(Attr(c, ns::kW, "styleId"));
  return ids;
}

bool HasParagraphStyle(const xmlNode* paragraph, const std::set<std::string>& style_ids) {
  const xmlNode* style = Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "pStyle");
  return style && style_ids.count(Attr(style, ns::kW, "val")) > 0;
}

void RemoveMarkingStyle(Package& package) {
  const std::string part = StylesPart(package);
  if (part.empty()) return;
  xmlNode* styles = package.Xml(part)->root();
  bool removed = false;
  for (xmlNode* c = styles->children; c;) {
    xmlNode* next = c->next;
    if (IsOurStyle(c)) {
      RemoveNode(c);
      removed = true;
    }
    c = next;
  }
  if (!removed) return;
  package.MarkEdited(part);
  // A styles part holding nothing else is the one AddMarkingStyle created; Word always writes
  // document defaults into its own.
  for (xmlNode* c = styles->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) return;
  package.RemovePart(part);
}

}  // namespace dhr
