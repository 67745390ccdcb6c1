#include "pipeline/publish/long_tables.h"

#include <algorithm>
#include <set>
#include <vector>
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

// A tag of an inert table: a w: element of the list, with attributes of the list only.
bool IsInertTag(const XmlTag& tag, std::string_view text) {
  if (tag.ns != ns::kW || text.substr(0, tag.kind == XmlTag::Kind::kEnd ? 4 : 3) !=
                              (tag.kind == XmlTag::Kind::kEnd ? "</w:" : "<w:") ||
      !IsInertElement(tag.local))
    return false;
  if (tag.kind == XmlTag::Kind::kEnd) return true;
  thread_local std::vector<std::string_view> names;
  return TagAttributeNames(text, names) && std::all_of(names.begin(), names.end(), IsInertAttribute);
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
