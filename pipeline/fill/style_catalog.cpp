#include "pipeline/fill/style_catalog.h"
#include "base/text.h"

#include <cctype>

#include "docx/related_part.h"
#include "docx/xml_fragment.h"
#include "docx/wordml.h"

namespace dhr {
namespace {


// "Heading2" -> ("Heading", 2); "Quote" -> ("Quote", 0).
std::pair<std::string, int> SplitLevel(std::string_view id) {
  size_t digits = id.size();
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(id[digits - 1]))) --digits;
  const int level = digits < id.size() ? std::atoi(std::string(id.substr(digits)).c_str()) : 0;
  return {std::string(id.substr(0, digits)), level};
}

// The name Word gives the built-in style: "heading 2", "List Bullet 2", "Table Grid".
std::string BuiltinName(std::string_view id) {
  const auto [base, level] = SplitLevel(id);
  std::string suffix;
  if (level > 0) {
    suffix = ' ';
    suffix += std::to_string(level);
  }
  if (base == "Heading") return "heading" + suffix;
  if (base == "ListBullet") return "List Bullet" + suffix;
  if (base == "ListNumber") return "List Number" + suffix;
  if (base == "ListContinue") return "List Continue" + suffix;
  if (base == "TableGrid") return "Table Grid";
  if (base == "BodyText") return "Body Text";
  if (base == "FootnoteText") return "footnote text";
  if (base == "FootnoteReference") return "footnote reference";
  return std::string(id);
}

std::string Val(const char* element, const std::string& value) {
  return std::string("<w:") + element + " w:val=\"" + value + "\"/>";
}

std::string NumberingProperties(std::optional<int> num_id, int level) {
  if (!num_id) return {};
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(*num_id) +
         "\"/></w:numPr>";
}

}  // namespace

StyleCatalog::StyleCatalog(Package& package, ListNumbering& numbering) : package_(package), numbering_(numbering) {}

XmlDocument* StyleCatalog::Styles() {
  if (part_.empty()) {
    auto name = MainDocumentPart(
        package_, "styles", "word/styles.xml",
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
            "<w:qFormat/></w:style><w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>"
            "</w:style><w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal "
            "Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
            "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
            "</w:style>");
    if (!name.ok()) {
      status_ = name.status();
      return nullptr;
    }
    part_ = *name;
  }
  return package_.Xml(part_);
}

xmlNode* StyleCatalog::FindStyle(std::string_view id) {
  XmlDocument* styles = Styles();
  if (!styles || !styles->root()) return nullptr;
  for (xmlNode* n = styles->root()->children; n; n = n->next)
    if (IsElement(n, ns::kW, "style") && Attr(n, ns::kW, "styleId") == id) return n;
  return nullptr;
}

std::string StyleCatalog::DefaultStyle(const char* type, const char* fallback) {
  XmlDocument* styles = Styles();
  for (xmlNode* n = styles && styles->root() ? styles->root()->children : nullptr; n; n = n->next)
    if (IsElement(n, ns::kW, "style") && Attr(n, ns::kW, "type") == type && Attr(n, ns::kW, "default") == "1")
      return Attr(n, ns::kW, "styleId");
  return fallback;
}

std::string StyleCatalog::Resolve(std::string_view builtin_id) {
  if (auto it = resolved_.find(builtin_id); it != resolved_.end()) return it->second;
  std::string id(builtin_id);
  XmlDocument* styles = Styles();
  if (!styles || !styles->root()) return id;
  if (!FindStyle(id)) {
    const std::string name = AsciiLower(BuiltinName(builtin_id));
    xmlNode* by_name = nullptr;
    for (xmlNode* n = styles->root()->children; n && !by_name; n = n->next)
      if (IsElement(n, ns::kW, "style") && AsciiLower(Attr(Child(n, ns::kW, "name"), ns::kW, "val")) == name) by_name = n;
    if (by_name) {
      id = Attr(by_name, ns::kW, "styleId");
    } else {
      const auto [base, level] = SplitLevel(builtin_id);
      const bool character = base == "Hyperlink" || base == "FootnoteReference";
      const bool table = base == "TableGrid";
      const char* type = character ? "character" : table ? "table" : "paragraph";
      const std::string normal = DefaultStyle("paragraph", "Normal");
      std::string xml = std::string("<w:style w:type=\"") + type + "\" w:styleId=\"" + id + "\">" +
                        Val("name", BuiltinName(builtin_id)) +
                        Val("basedOn", character ? DefaultStyle(type, "DefaultParagraphFont")
                                       : table   ? DefaultStyle(type, "TableNormal")
                                                 : normal);
      const int depth = std::max(1, level);
      if (base == "Heading") {
        static constexpr int kSizes[] = {32, 28, 26, 24, 22, 22, 22, 22, 22};
        xml += Val("next", normal) + Val("uiPriority", "9") + "<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>"
               "<w:spacing w:before=\"240\" w:after=\"60\"/>" + Val("outlineLvl", std::to_string(depth - 1)) +
               "</w:pPr><w:rPr><w:b/>" + Val("sz", std::to_string(kSizes[std::min(depth, 9) - 1])) + "</w:rPr>";
      } else if (base == "ListBullet" || base == "ListNumber") {
        const std::optional<int> num = base == "ListBullet" ? numbering_.BulletList() : numbering_.DecimalList();
        xml += Val("uiPriority", "99") + "<w:unhideWhenUsed/><w:pPr>" + NumberingProperties(num, depth - 1) +
               "<w:contextualSpacing/></w:pPr>";
      } else if (base == "ListContinue") {
        xml += Val("uiPriority", "99") + "<w:unhideWhenUsed/><w:pPr><w:spacing w:after=\"120\"/><w:ind w:left=\"" +
               std::to_string(360 * depth) + "\"/></w:pPr>";
      } else if (base == "Quote") {
        xml += Val("next", normal) + Val("uiPriority", "29") + "<w:qFormat/><w:pPr><w:spacing w:before=\"200\" "
               "w:after=\"160\"/><w:ind w:left=\"864\" w:right=\"864\"/></w:pPr><w:rPr><w:i/><w:color "
               "w:val=\"404040\"/></w:rPr>";
      } else if (table) {
        xml += Val("uiPriority", "39") + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
               "</w:pPr><w:tblPr><w:tblBorders>";
        for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
          xml += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
        xml += "</w:tblBorders></w:tblPr>";
      } else if (base == "Hyperlink") {
        xml += Val("uiPriority", "99") + "<w:unhideWhenUsed/><w:rPr>" + Val("color", "0563C1") + Val("u", "single") +
               "</w:rPr>";
      } else if (base == "FootnoteText") {
        xml += Val("uiPriority", "99") + "<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after=\"0\" "
               "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr>" + Val("sz", "20") + "</w:rPr>";
      } else if (base == "FootnoteReference") {
        xml += Val("uiPriority", "99") + "<w:semiHidden/><w:unhideWhenUsed/><w:rPr>" + Val("vertAlign", "superscript") +
               "</w:rPr>";
      } else {
        xml += "<w:qFormat/><w:pPr><w:spacing w:after=\"120\"/></w:pPr>";
      }
      xml += "</w:style>";
      if (Status s = InsertXmlFragment(styles->root(), xml); !s.ok()) {
        status_ = s;
      } else {
        package_.MarkEdited(part_);
      }
    }
  }
  resolved_[std::string(builtin_id)] = id;
  return id;
}

std::optional<std::pair<int, int>> StyleCatalog::NumberingOf(const std::string& style_id) {
  // Follows w:basedOn a few steps: a style may take its numbering from the one it is based on.
  std::string id = style_id;
  for (int step = 0; step < 8 && !id.empty(); ++step) {
    xmlNode* style = FindStyle(id);
    if (!style) return std::nullopt;
    xmlNode* numbering = Child(Child(style, ns::kW, "pPr"), ns::kW, "numPr");
    const std::string num = Attr(Child(numbering, ns::kW, "numId"), ns::kW, "val");
    if (!num.empty()) {
      const std::string level = Attr(Child(numbering, ns::kW, "ilvl"), ns::kW, "val");
      return std::make_pair(std::atoi(num.c_str()), level.empty() ? 0 : std::atoi(level.c_str()));
    }
    id = Attr(Child(style, ns::kW, "basedOn"), ns::kW, "val");
  }
  return std::nullopt;
}

}  // namespace dhr
