#include "pipeline/mark/marking_style.h"

#include <cctype>

#include "base/text.h"
#include "docx/child_order.h"
#include "docx/related_part.h"

namespace dhr {
namespace {

// The main document's styles part, or "" when it has none (or it is not XML).
std::string StylesPart(Package& package) {
  const std::string part = FindMainDocumentPart(package, "styles");
  return !part.empty() && package.Xml(part) ? part : std::string();
}

// The main document's styles part, created beside it when it has none.
Result<std::string> StylesPartOrNew(Package& package) {
  const std::string& main = package.main_document();
  const size_t slash = main.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : main.substr(0, slash + 1);
  return MainDocumentPart(package, "styles", folder + "styles.xml");
}

xmlNode* AppendChild(xmlNode* parent, const char* local) {
  xmlNode* child = NewElementLike(parent, local);
  xmlAddChild(parent, child);
  return child;
}

bool IsOurStyle(const xmlNode* style) {
  return IsElement(style, ns::kW, "style") &&
         (Attr(style, ns::kW, "styleId") == kMarkingStyleId ||
          AsciiLower(Attr(Child(style, ns::kW, "name"), ns::kW, "val")) == AsciiLower(kMarkingStyleName));
}

}  // namespace

Status AddMarkingStyle(Package& package) {
  auto styles_part = StylesPartOrNew(package);
  if (!styles_part.ok()) return styles_part.status();
  const std::string part = *styles_part;
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
