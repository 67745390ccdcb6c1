#include "pipeline/scan/package_text.h"

#include <cctype>
#include <cstring>
#include <memory>

#include "docx/xml.h"
#include "pipeline/scan/binary_strings.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {
namespace {

std::string InParagraph(int paragraph) {
  return paragraph > 0 ? " in paragraph " + std::to_string(paragraph) : std::string();
}

bool IsTimestampAttribute(const xmlAttr* attribute) {
  const char* name = reinterpret_cast<const char*>(attribute->name);
  return name[0] == 'd' && (std::strcmp(name, "date") == 0 || std::strcmp(name, "dateUtc") == 0);
}

bool IsTimestampElement(const xmlNode* element) {
  const std::string_view name = LocalName(element);
  return name == "created" || name == "modified" || name == "lastPrinted" ||
         (HasNamespace(element, ns::kPropertyTypes) && (name == "filetime" || name == "date"));
}

// The text directly inside an element, without the white space that indents the XML.
std::string DirectText(const xmlNode* element, bool& has_element_children) {
  std::string text;
  has_element_children = false;
  for (const xmlNode* c = element->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) has_element_children = true;
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      text += reinterpret_cast<const char*>(c->content);
  }
  return text;
}

// Custom XML uses names of its author's choosing, which may themselves be identifiers: its elements
// are named by their number in the part.
bool HasFreeNames(const PartInfo& part) { return part.kind == PartKind::kCustomXml; }

std::string ElementTextLocation(const PartInfo& part, const xmlNode* element, int element_number) {
  if (HasFreeNames(part)) return "text of element " + std::to_string(element_number);
  if (part.kind == PartKind::kCoreProperties || part.kind == PartKind::kAppProperties)
    return "property " + QualifiedName(element);
  if (part.kind == PartKind::kCustomProperties) {
    for (const xmlNode* up = element; up; up = up->parent) {
      if (up->type == XML_ELEMENT_NODE && LocalName(up) == "property") {
        const std::string pid = Attr(up, nullptr, "pid");
        return "custom property" + (pid.empty() ? std::string() : " pid " + pid);
      }
    }
  }
  return "text of " + QualifiedName(element);
}

ElementVisitor TextItemVisitor(const PartInfo& part, const std::function<void(const TextItem&)>& visit) {
  // The item given to `visit` lives only during the call: one is kept and refilled, so a part's
  // many attributes reuse its strings' buffers instead of allocating new ones.
  auto reused = std::make_shared<TextItem>();
  reused->part = part.name;
  return [&part, &visit, reused, element_number = 0](xmlNode* element, int paragraph) mutable {
    ++element_number;
    TextItem& item = *reused;
    auto emit = [&](int item_paragraph, TextOrigin origin) {
      item.paragraph = item_paragraph;
      item.origin = origin;
      visit(item);
      item.other_readings.clear();
    };
    const bool free_names = HasFreeNames(part);
    const std::string element_name = !element->properties ? std::string()
                                     : free_names         ? "element " + std::to_string(element_number)
                                                          : QualifiedName(element);
    if (free_names) {
      item.location = "name of element " + std::to_string(element_number);
      item.text = QualifiedName(element);
      emit(0, TextOrigin::kPartName);
    }
    if (IsParagraph(element)) {
      ParagraphReadings readings = ReadParagraph(element);
      if (!IsBlank(readings.text)) {
        item.location = "paragraph " + std::to_string(paragraph);
        item.text = std::move(readings.text);
        item.other_readings = std::move(readings.others);
        emit(paragraph, TextOrigin::kParagraph);
      }
    }
    int attribute_number = 0;
    for (const xmlAttr* a = element->properties; a; a = a->next) {
      ++attribute_number;
      // The value straight into the item's text, and its name into the location: buffers reused.
      item.text.clear();
      for (const xmlNode* c = a->children; c; c = c->next)
        if (c->content) item.text += reinterpret_cast<const char*>(c->content);
      if (IsBlank(item.text)) continue;
      if (free_names) {
        std::string value = std::move(item.text);
        const std::string attribute_name = std::to_string(attribute_number);
        item.location = "name of attribute " + attribute_name + " of " + element_name;
        item.text = QualifiedAttributeName(a);
        emit(0, TextOrigin::kPartName);
        item.location = "attribute " + attribute_name + " of " + element_name + InParagraph(paragraph);
        item.text = std::move(value);
      } else {
        item.location.assign("attribute ");
        AppendQualifiedAttributeName(item.location, a);
        item.location.append(" of ").append(element_name);
        if (paragraph > 0) item.location.append(" in paragraph ").append(std::to_string(paragraph));
      }
      emit(paragraph, IsTimestampAttribute(a) ? TextOrigin::kTimestamp : TextOrigin::kAttribute);
    }
    if (paragraph == 0) {
      bool has_children = false;
      std::string text = DirectText(element, has_children);
      if (!IsBlank(text)) {
        item.location = ElementTextLocation(part, element, element_number);
        item.text = std::move(text);
        emit(0, IsTimestampElement(element) ? TextOrigin::kTimestamp : TextOrigin::kElementText);
      }
    }
    for (const xmlNode* c = element->children; c; c = c->next) {
      if (c->type == XML_COMMENT_NODE && c->content && !IsBlank(reinterpret_cast<const char*>(c->content))) {
        item.location = "XML comment" + InParagraph(paragraph);
        item.text = reinterpret_cast<const char*>(c->content);
        emit(paragraph, TextOrigin::kXmlComment);
      }
    }
  };
}

// A relationship id as Word writes them ("rId5", "R3f2a"); anything else could be document text
// and is replaced by the relationship's number.
std::string RelationshipName(const std::string& id, int number) {
  size_t start = id.rfind("rId", 0) == 0 ? 3 : (id.rfind('R', 0) == 0 ? 1 : 0);
  bool plain = start > 0 && id.size() > start && id.size() <= 24;
  for (size_t i = start; plain && i < id.size(); ++i)
    plain = std::isxdigit(static_cast<unsigned char>(id[i])) != 0;
  return plain ? id : "number " + std::to_string(number);
}

void VisitRelationships(const PartInfo& part, XmlDocument& xml, const std::function<void(const TextItem&)>& visit) {
  int number = 0;
  for (const xmlNode* r : Children(xml.root(), ns::kRels, "Relationship")) {
    ++number;
    const std::string target = Attr(r, nullptr, "Target");
    if (IsBlank(target)) continue;
    visit({part.name, "relationship " + RelationshipName(Attr(r, nullptr, "Id"), number) + " target", 0,
           TextOrigin::kRelationshipTarget, target, {}});
  }
}

void VisitBinaryPart(const PartInfo& part, const std::string& bytes,
                     const std::function<void(const TextItem&)>& visit) {
  for (EmbeddedString& s : EmbeddedStrings(bytes))
    visit({part.name, "string at byte " + std::to_string(s.offset), 0, TextOrigin::kBinaryString,
           std::move(s.text), {}});
}

}  // namespace

Status ForEachTextItem(Package& package, const std::function<void(const TextItem&)>& visit, const PartVisitors& more,
                       const WalkLimits& limits) {
  for (const PartInfo& part : package.parts()) {
    visit({part.name, "part name", 0, TextOrigin::kPartName, part.name, {}});
    if (part.is_xml && part.kind == PartKind::kRelationships) {
      if (XmlDocument* xml = package.Xml(part.name)) VisitRelationships(part, *xml, visit);
    } else if (part.is_xml) {
      std::vector<ElementVisitor> visitors = {TextItemVisitor(part, visit)};
      if (more)
        for (ElementVisitor& v : more(part)) visitors.push_back(std::move(v));
      if (Status s = WalkPart(package, part, visitors, limits); !s.ok()) return s;
    } else {
      VisitBinaryPart(part, package.Bytes(part.name), visit);
    }
  }
  return {};
}

}  // namespace dhr::scan
