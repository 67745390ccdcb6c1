#include "pipeline/publish/accessible_copy.h"

#include <string>
#include <string_view>
#include <vector>

#include "docx/child_order.h"
#include "docx/properties.h"
#include "docx/text.h"
#include "docx/xml.h"

namespace dhr::publish {
namespace {

constexpr std::string_view kStylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

bool IsBlank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string StylesPart(const Package& package) {
  for (const PartInfo& part : package.parts())
    if (part.content_type == kStylesType) return part.name;
  return "";
}

// The style ids of the Title style and of the level-1 headings ("heading 1" by name, or outline
// level 0).
void TitleAndHeadingStyles(XmlDocument* styles, std::string& title, std::vector<std::string>& headings) {
  if (!styles) return;
  for (const xmlNode* style : Children(styles->root(), ns::kW, "style")) {
    std::string name = Attr(Child(style, ns::kW, "name"), ns::kW, "val");
    for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const std::string id = Attr(style, ns::kW, "styleId");
    if (name == "title" && title.empty()) title = id;
    const xmlNode* outline = Child(Child(style, ns::kW, "pPr"), ns::kW, "outlineLvl");
    if (name == "heading 1" || (outline && Attr(outline, ns::kW, "val") == "0")) headings.push_back(id);
  }
}

// The text of the first Title paragraph of the main document, else of its first level-1 heading.
std::string TitleFromText(Package& package, XmlDocument* styles) {
  std::string title_style;
  std::vector<std::string> heading_styles;
  TitleAndHeadingStyles(styles, title_style, heading_styles);
  XmlDocument* body = package.Xml(package.main_document());
  if (!body) return "";
  std::string heading;
  for (xmlNode* p : Paragraphs(body->root())) {
    const std::string style = Attr(Child(Child(p, ns::kW, "pPr"), ns::kW, "pStyle"), ns::kW, "val");
    if (style.empty()) continue;
    const bool is_title = style == title_style;
    bool is_heading = false;
    for (const std::string& h : heading_styles) is_heading = is_heading || style == h;
    if (!is_title && !(is_heading && heading.empty())) continue;
    const std::string text = ReadParagraph(p).text;
    if (IsBlank(text)) continue;
    if (is_title) return text;
    heading = text;
  }
  return heading;
}

Status AddTitle(Package& package, XmlDocument* styles) {
  for (const Property& p : CoreProperties(package))
    if (p.name == "dc:title" && !IsBlank(p.value)) return Status();
  const std::string title = TitleFromText(package, styles);
  if (IsBlank(title)) return Status();
  return SetCoreProperty(package, "dc:title", title);
}

// The first w:`local` child of `parent`, created as its first child when there is none (the
// styles' w:docDefaults and its w:rPrDefault come first in their parents).
xmlNode* FirstChild(xmlNode* parent, const char* local) {
  if (xmlNode* found = Child(parent, ns::kW, local)) return found;
  xmlNode* child = NewElementLike(parent, local);
  if (parent->children) {
    xmlAddPrevSibling(parent->children, child);
  } else {
    xmlAddChild(parent, child);
  }
  return child;
}

void AddLanguage(Package& package, const std::string& styles_name, XmlDocument* styles) {
  if (!styles || !styles->root()) return;
  xmlNode* defaults = Child(styles->root(), ns::kW, "docDefaults");
  xmlNode* run_defaults = Child(Child(defaults, ns::kW, "rPrDefault"), ns::kW, "rPr");
  if (!IsBlank(Attr(Child(run_defaults, ns::kW, "lang"), ns::kW, "val"))) return;
  if (!run_defaults) run_defaults = FirstChild(FirstChild(FirstChild(styles->root(), "docDefaults"), "rPrDefault"), "rPr");
  SetAttr(SchemaChild(run_defaults, "lang"), ns::kW, "val", kPublicationLanguage);
  package.MarkEdited(styles_name);
}

}  // namespace

Status AddMissingTitleAndLanguage(Package& package) {
  const std::string styles_name = StylesPart(package);
  XmlDocument* styles = styles_name.empty() ? nullptr : package.Xml(styles_name);
  if (Status s = AddTitle(package, styles); !s.ok()) return s;
  AddLanguage(package, styles_name, styles);
  return Status();
}

}  // namespace dhr::publish
