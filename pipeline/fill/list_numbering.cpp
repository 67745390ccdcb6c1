#include "pipeline/fill/list_numbering.h"

#include "docx/related_part.h"
#include "docx/xml_fragment.h"
#include "docx/wordml.h"

namespace dhr {
namespace {

constexpr const char* kBulletSymbols[] = {"\u2022", "\u25E6", "\u25AA"};

std::string LevelXml(bool bullets, int level) {
  const std::string n = std::to_string(level);
  std::string xml = "<w:lvl w:ilvl=\"" + n + "\"><w:start w:val=\"1\"/>";
  if (bullets) {
    xml += "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"" + std::string(kBulletSymbols[level % 3]) + "\"/>";
  } else {
    xml += "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%" + std::to_string(level + 1) + ".\"/>";
  }
  return xml + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + std::to_string(360 * (level + 1)) +
         "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
}

// Where a new w:abstractNum goes: before the first w:num (the schema lists all definitions first).
xmlNode* FirstChild(xmlNode* root, const char* local) {
  for (xmlNode* n = root->children; n; n = n->next)
    if (IsElement(n, ns::kW, local)) return n;
  return nullptr;
}

}  // namespace

XmlDocument* ListNumbering::Numbering() {
  if (part_.empty()) {
    auto name = MainDocumentPart(package_, "numbering", "word/numbering.xml");
    if (!name.ok()) {
      status_ = name.status();
      return nullptr;
    }
    part_ = *name;
  }
  return package_.Xml(part_);
}

std::optional<int> ListNumbering::AddNum(int abstract_id, const std::string& overrides) {
  XmlDocument* doc = Numbering();
  if (!doc || !doc->root()) return std::nullopt;
  if (next_num_id_ == 0) next_num_id_ = MaxIdOfChildren(doc->root(), "num", "numId", 0) + 1;
  const int id = next_num_id_++;
  const std::string xml = "<w:num w:numId=\"" + std::to_string(id) + "\"><w:abstractNumId w:val=\"" +
                          std::to_string(abstract_id) + "\"/>" + overrides + "</w:num>";
  if (Status s = InsertXmlFragment(doc->root(), xml, FirstChild(doc->root(), "numIdMacAtCleanup")); !s.ok()) {
    status_ = s;
    return std::nullopt;
  }
  package_.MarkEdited(part_);
  return id;
}

std::optional<int> ListNumbering::AddList(bool bullets) {
  XmlDocument* doc = Numbering();
  if (!doc || !doc->root()) return std::nullopt;
  const int abstract_id = MaxIdOfChildren(doc->root(), "abstractNum", "abstractNumId", -1) + 1;
  std::string xml = "<w:abstractNum w:abstractNumId=\"" + std::to_string(abstract_id) +
                    "\"><w:multiLevelType w:val=\"hybridMultilevel\"/>";
  for (int level = 0; level < 9; ++level) xml += LevelXml(bullets, level);
  xml += "</w:abstractNum>";
  xmlNode* before = FirstChild(doc->root(), "num");
  if (!before) before = FirstChild(doc->root(), "numIdMacAtCleanup");
  if (Status s = InsertXmlFragment(doc->root(), xml, before); !s.ok()) {
    status_ = s;
    return std::nullopt;
  }
  return AddNum(abstract_id, "");
}

std::optional<int> ListNumbering::BulletList() {
  if (!bullets_) bullets_ = AddList(true);
  return bullets_;
}

std::optional<int> ListNumbering::DecimalList() {
  if (!decimals_) decimals_ = AddList(false);
  return decimals_;
}

std::optional<int> ListNumbering::Restarted(int num_id, int level, int start) {
  XmlDocument* doc = Numbering();
  if (!doc || !doc->root()) return std::nullopt;
  for (xmlNode* n = doc->root()->children; n; n = n->next) {
    if (!IsElement(n, ns::kW, "num") || Attr(n, ns::kW, "numId") != std::to_string(num_id)) continue;
    const std::string abstract_id = Attr(Child(n, ns::kW, "abstractNumId"), ns::kW, "val");
    if (abstract_id.empty()) return std::nullopt;
    return AddNum(std::atoi(abstract_id.c_str()),
                  "<w:lvlOverride w:ilvl=\"" + std::to_string(level) + "\"><w:startOverride w:val=\"" +
                      std::to_string(start) + "\"/></w:lvlOverride>");
  }
  return std::nullopt;
}

}  // namespace dhr
