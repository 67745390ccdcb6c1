#include "pipeline/scan/hidden_text.h"

#include <set>

#include "docx/xml.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {
namespace {

// A w:vanish element that is on: present with no w:val, or with a true value.
int VanishState(const xmlNode* properties) {
  const xmlNode* vanish = Child(properties, ns::kW, "vanish");
  if (!vanish) return -1;  // not said
  const std::string value = Attr(vanish, ns::kW, "val");
  return (value.empty() || value == "1" || value == "true" || value == "on") ? 1 : 0;
}

std::set<std::string> HiddenStyles(Package& package) {
  std::set<std::string> hidden;
  for (const PartInfo& part : package.parts()) {
    // Styles parts (the document's, the glossary's, stylesWithEffects) by their content type: the
    // document's body is never made a tree to learn it is not one.
    const bool styles = part.content_type.find("styles") != std::string::npos;
    XmlDocument* xml = part.is_xml && styles ? package.Xml(part.name) : nullptr;
    if (!xml || !IsElement(xml->root(), ns::kW, "styles")) continue;
    for (const xmlNode* s : Children(xml->root(), ns::kW, "style")) {
      if (VanishState(Child(s, ns::kW, "rPr")) == 1)
        hidden.insert(Attr(s, ns::kW, "styleId"));
    }
  }
  return hidden;
}

std::string RunText(const xmlNode* run) {
  std::string text;
  for (const xmlNode* c = run->children; c; c = c->next) {
    if (IsElement(c, ns::kW, "t") || IsElement(c, ns::kW, "delText") || IsElement(c, ns::kW, "instrText"))
      text += Content(c);
  }
  return text;
}

bool IsHidden(const xmlNode* run, const std::set<std::string>& hidden_styles) {
  const xmlNode* properties = Child(run, ns::kW, "rPr");
  const int own = VanishState(properties);
  if (own >= 0) return own == 1;
  if (hidden_styles.count(Attr(Child(properties, ns::kW, "rStyle"), ns::kW, "val"))) return true;
  for (const xmlNode* up = run->parent; up; up = up->parent) {
    if (IsElement(up, ns::kW, "p")) {
      const std::string style = Attr(Child(Child(up, ns::kW, "pPr"), ns::kW, "pStyle"), ns::kW, "val");
      return hidden_styles.count(style) > 0;
    }
  }
  return false;
}

}  // namespace

HiddenTextFinder::HiddenTextFinder(Package& package) : hidden_styles_(HiddenStyles(package)) {}

ElementVisitor HiddenTextFinder::VisitorFor(const PartInfo& part) {
  return [this, &part](xmlNode* element, int paragraph) {
    if (!IsElement(element, ns::kW, "r") || !IsHidden(element, hidden_styles_)) return;
    const std::string text = RunText(element);
    if (IsBlank(text)) return;
    if (!found_.empty() && found_.back().part == part.name && found_.back().paragraph == paragraph && paragraph > 0) {
      found_.back().text += text;
    } else {
      found_.push_back({part.name, paragraph, text});
    }
  };
}

}  // namespace dhr::scan
