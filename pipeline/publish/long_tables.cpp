#include "pipeline/publish/long_tables.h"

#include <set>
#include <string_view>

namespace dhr::publish {
namespace {

constexpr size_t kLongTableBytes = 64 << 10;

// Elements that only lay out and format a table's text.
bool IsInertElement(std::string_view local) {
  static const std::set<std::string_view, std::less<>> kElements = {
      "tbl", "tblPr", "tblStyle", "tblW", "tblInd", "tblLayout", "tblLook", "tblBorders", "tblCellMar", "tblGrid",
      "gridCol", "tr", "trPr", "cantSplit", "tblHeader", "trHeight", "tc", "tcPr", "tcW", "gridSpan", "vMerge",
      "vAlign", "shd", "tcBorders", "tcMar", "noWrap", "top", "left", "bottom", "right", "start", "end", "insideH",
      "insideV", "p", "pPr", "pStyle", "spacing", "ind", "jc", "keepNext", "keepLines", "r", "rPr", "b", "bCs", "i",
      "iCs", "u", "sz", "szCs", "color", "rFonts", "lang", "noProof", "t", "tab", "br", "tabs"};
  return kElements.count(local) > 0;
}

bool IsInertAttribute(std::string_view name) {
  static const std::set<std::string_view, std::less<>> kAttributes = {
      "w:val", "w:w", "w:type", "xml:space", "w:fill", "w:color", "w:themeColor", "w:sz", "w:space", "w:ascii",
      "w:hAnsi", "w:cs", "w:eastAsia", "w:before", "w:after", "w:line", "w:lineRule", "w:left", "w:right",
      "w:start", "w:end", "w:hanging", "w:firstLine", "w:firstRow", "w:lastRow", "w:firstColumn", "w:lastColumn",
      "w:noHBand", "w:noVBand", "w:hRule", "w:pos", "w:leader", "w:bidi", "w:clear"};
  return kAttributes.count(name) > 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A tag of an inert table: a w: element of the list, with attributes of the list only.
bool IsInertTag(const XmlTag& tag, std::string_view text) {
  if (tag.ns != ns::kW || text.substr(0, tag.kind == XmlTag::Kind::kEnd ? 4 : 3) !=
                              (tag.kind == XmlTag::Kind::kEnd ? "</w:" : "<w:") ||
      !IsInertElement(tag.local))
    return false;
  if (tag.kind == XmlTag::Kind::kEnd) return true;
  size_t i = 1;
  while (i < text.size() && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>') ++i;
  while (i < text.size()) {
    while (i < text.size() && (IsSpace(text[i]) || text[i] == '/' || text[i] == '>')) ++i;
    if (i >= text.size()) break;
    const size_t begin = i;
    while (i < text.size() && text[i] != '=' && !IsSpace(text[i])) ++i;
    if (!IsInertAttribute(text.substr(begin, i - begin))) return false;
    const size_t quote = text.find_first_of("\"'", i);
    if (quote == std::string_view::npos) return false;
    const size_t close = text.find(text[quote], quote + 1);
    if (close == std::string_view::npos) return false;
    i = close + 1;
  }
  return true;
}

// Whether any style of the package hides text (w:vanish, w:specVanish): hidden text could then be
// in a table of plain paragraphs, by its style.
bool StylesHideText(Package& package) {
  for (const PartInfo& part : package.parts()) {
    if (part.content_type.find("styles") == std::string::npos) continue;
    const std::string bytes = package.Bytes(part.name);
    if (bytes.find("anish") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

Result<SetAsideTables> SetAsideInertTables(Package& package) {
  const bool hidden_styles = StylesHideText(package);
  return SetAsideTables::Take(package, package.main_document(), kLongTableBytes,
                              [hidden_styles](const XmlTag& tag, std::string_view text) {
                                return !hidden_styles && IsInertTag(tag, text);
                              });
}

}  // namespace dhr::publish
