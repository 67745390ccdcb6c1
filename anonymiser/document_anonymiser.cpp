#include "anonymiser/document_anonymiser.h"

#include <cstring>
#include <set>

#include "docx/paragraph_stream.h"
#include "docx/text.h"

namespace dhr {
namespace {

// The text of `text` with every match replaced, and the audit rows for it.
std::string Replaced(std::string_view text, const std::vector<Match>& matches, const std::string& part,
                     const std::string& where, std::vector<AuditRow>* audit) {
  std::string out;
  size_t at = 0;
  for (const Match& m : matches) {
    out.append(text.substr(at, m.begin - at));
    out += m.replacement;
    at = m.end;
    if (audit)
      audit->push_back({.part = part, .where = where, .original = std::string(text.substr(m.begin, m.end - m.begin)),
                        .replacement = m.replacement, .rule = m.rule, .ambiguous = m.ambiguous, .begin = m.begin,
                        .end = m.end});
  }
  out.append(text.substr(at));
  return out;
}

const char* LayerName(TextLayer layer) {
  switch (layer) {
    case TextLayer::kVisible: return "";
    case TextLayer::kDeleted: return " (deleted text)";
    case TextLayer::kFieldCode: return " (field code)";
  }
  return "";
}

// The paragraphs under `root`, numbered from `number` on (which it advances).
Status AnonymiseParagraphsUnder(xmlNode* root, const std::string& part, const Matcher& matcher,
                                std::vector<AuditRow>* audit, size_t& number, bool& edited) {
  for (xmlNode* paragraph : Paragraphs(root)) {
    ++number;
    for (TextLayer layer : {TextLayer::kVisible, TextLayer::kDeleted, TextLayer::kFieldCode}) {
      ParagraphText text = ReadParagraph(paragraph, layer);
      if (text.text.empty()) continue;
      const std::vector<Match> matches = matcher.Find(text.text);
      if (matches.empty()) continue;
      std::vector<TextEdit> edits;
      const std::string where = "paragraph " + std::to_string(number) + LayerName(layer);
      for (const Match& m : matches) {
        edits.push_back({m.begin, m.end, m.replacement});
        if (audit)
          audit->push_back({.part = part, .where = where, .original = text.text.substr(m.begin, m.end - m.begin),
                            .replacement = m.replacement, .rule = m.rule, .ambiguous = m.ambiguous,
                            .paragraph = number, .layer = layer, .begin = m.begin, .end = m.end});
      }
      if (Status s = ApplyEdits(text, std::move(edits)); !s.ok()) return s;
      edited = true;
    }
  }
  return {};
}

Status AnonymiseParagraphs(Package& package, const std::string& part, const Matcher& matcher,
                           std::vector<AuditRow>* audit, bool& edited) {
  XmlDocument* xml = package.Xml(part);
  if (!xml) return {};
  size_t number = 0;
  if (Status s = AnonymiseParagraphsUnder(xml->root(), part, matcher, audit, number, edited); !s.ok())
    return s.At(package.file_name(), part);
  return {};
}

// Whether an attribute of this local name, on an element of this local name, may hold text people
// wrote (IsTextAttribute, without the checks of the element's parent).
bool MayBeTextAttribute(std::string_view owner, std::string_view name) {
  if (name == "author" || name == "initials" || name == "descr" || name == "title" || name == "alt" ||
      name == "tooltip" || name == "instr" || name == "userId" || name == "string")
    return true;
  if (name == "name") return owner == "bookmarkStart" || owner == "docPr" || owner == "cNvPr";
  if (name == "val") {
    static const std::set<std::string_view> kTextValues = {"tag",      "alias",     "docVar",     "query",
                                                           "helpText", "statusText", "default",   "listEntry",
                                                           "name",     "connectString", "format"};
    return kTextValues.count(owner) > 0;
  }
  return false;
}

// Attributes that hold text people wrote, by the local names of attribute and element.
bool IsTextAttribute(const xmlNode* element, const xmlAttr* attr) {
  const std::string_view name(reinterpret_cast<const char*>(attr->name));
  const std::string_view owner = LocalName(element);
  if (!MayBeTextAttribute(owner, name)) return false;
  if (name != "val") return true;
  return (owner != "name" || LocalName(element->parent) == "ffData") &&
         (owner != "format" || LocalName(element->parent) == "textInput");
}

std::string QualifiedName(const xmlNode* element, const xmlAttr* attr) {
  std::string out = "attribute ";
  if (attr->ns && attr->ns->prefix) out += std::string(reinterpret_cast<const char*>(attr->ns->prefix)) + ":";
  out += reinterpret_cast<const char*>(attr->name);
  out += " of ";
  if (element->ns && element->ns->prefix) out += std::string(reinterpret_cast<const char*>(element->ns->prefix)) + ":";
  return out + reinterpret_cast<const char*>(element->name);
}

std::string AttrValue(const xmlAttr* attr) {
  xmlChar* v = xmlNodeListGetString(attr->doc, attr->children, 1);
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

// Typed timestamps (dcterms:created, cp:lastPrinted) must stay valid W3CDTF dates; publication
// clears them instead.
bool IsTypedDate(const xmlNode* element) {
  return element && (HasNamespace(element, "http://purl.org/dc/terms/") || LocalName(element) == "lastPrinted");
}

bool IsParagraphElement(const xmlNode* n) { return IsElement(n, ns::kW, "p") || IsElement(n, ns::kA, "p"); }

// Walks every element of a part: text attributes, and (when `loose_text`) text nodes outside
// paragraphs. Uses an explicit stack; part trees can be deep.
void AnonymiseNodesUnder(xmlNode* root, const Package& package, const std::string& part, const Matcher& matcher,
                         bool loose_text, std::vector<AuditRow>* audit, bool& edited) {
  if (!root) return;
  std::vector<std::pair<xmlNode*, bool>> stack = {{root, false}};  // node, inside a paragraph
  while (!stack.empty()) {
    auto [node, in_paragraph] = stack.back();
    stack.pop_back();
    if (node->type == XML_ELEMENT_NODE) {
      for (xmlAttr* attr = node->properties; attr; attr = attr->next) {
        if (!IsTextAttribute(node, attr)) continue;
        const std::string value = AttrValue(attr);
        const std::vector<Match> matches = matcher.Find(value);
        if (matches.empty()) continue;
        std::string replaced = Replaced(value, matches, part, QualifiedName(node, attr), audit);
        if (LocalName(node) == "bookmarkStart")  // bookmark names cannot hold spaces
          for (char& c : replaced) c = c == ' ' ? '_' : c;
        xmlSetNsProp(node, attr->ns, attr->name, reinterpret_cast<const xmlChar*>(replaced.c_str()));
        edited = true;
      }
      const bool inside = in_paragraph || IsParagraphElement(node);
      for (xmlNode* c = node->last; c; c = c->prev) stack.push_back({c, inside});
    } else if (loose_text && !in_paragraph && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
               !IsTypedDate(node->parent)) {
      const std::string value = reinterpret_cast<const char*>(node->content ? node->content : BAD_CAST "");
      const std::vector<Match> matches = matcher.Find(value);
      if (matches.empty()) continue;
      const std::string owner = node->parent ? std::string(LocalName(node->parent)) : "";
      const std::string where = (package.Find(part)->kind == PartKind::kCoreProperties ||
                                 package.Find(part)->kind == PartKind::kAppProperties ||
                                 package.Find(part)->kind == PartKind::kCustomProperties)
                                    ? "property " + owner
                                    : "text of " + owner;
      const std::string replaced = Replaced(value, matches, part, where, audit);
      xmlNodeSetContentLen(node, nullptr, 0);
      xmlNodeAddContentLen(node, reinterpret_cast<const xmlChar*>(replaced.data()), static_cast<int>(replaced.size()));
      edited = true;
    }
  }
}

void AnonymiseNodes(Package& package, const std::string& part, const Matcher& matcher, bool loose_text,
                    std::vector<AuditRow>* audit, bool& edited) {
  XmlDocument* xml = package.Xml(part);
  if (xml) AnonymiseNodesUnder(xml->root(), package, part, matcher, loose_text, audit, edited);
}

// A text part whose tree is not built (a large part the fill stage wrote), paragraph batch by
// batch (docx/paragraph_stream.h): the same paragraphs in the same order, and the same
// attributes, as the walks above on the tree. False when its bytes cannot be followed.
Result<bool> AnonymiseStreamedPart(Package& package, const std::string& part, const Matcher& matcher,
                                   std::vector<AuditRow>* audit) {
  std::vector<AuditRow> rows;  // kept only if the whole part is read
  std::vector<AuditRow>* found = audit ? &rows : nullptr;
  size_t number = 0;
  ParagraphStreamHandlers handlers;
  handlers.paragraph = [&](xmlNode* paragraph) -> Result<bool> {
    bool edited = false;
    if (Status s = AnonymiseParagraphsUnder(paragraph, part, matcher, found, number, edited); !s.ok()) return s;
    AnonymiseNodesUnder(paragraph, package, part, matcher, false, found, edited);
    return edited;
  };
  handlers.may_edit = [](std::string_view local, const std::vector<std::string_view>& attributes) {
    for (std::string_view name : attributes)
      if (MayBeTextAttribute(local, name)) return true;
    return false;
  };
  handlers.element = [&](xmlNode* element) {
    bool edited = false;
    AnonymiseNodesUnder(element, package, part, matcher, false, found, edited);
    return edited;
  };
  // Without an audit, a paragraph's edit is a function of its bytes (the matcher keeps no state):
  // a chronology's repeated cells are matched once.
  handlers.same_bytes_same_edit = audit == nullptr;
  auto read = EditParagraphStream(package, part, handlers);
  if (read.ok() && *read && audit) audit->insert(audit->end(), rows.begin(), rows.end());
  return read;
}

std::string PercentEncodeSpaces(const std::string& s) {
  std::string out;
  for (char c : s) out += c == ' ' ? std::string("%20") : std::string(1, c);
  return out;
}

void AnonymiseLinks(Package& package, const std::string& rels_part, const Matcher& matcher,
                    std::vector<AuditRow>* audit, bool& edited) {
  XmlDocument* xml = package.Xml(rels_part);
  if (!xml || !xml->root()) return;
  for (xmlNode* n : Children(xml->root(), ns::kRels, "Relationship")) {
    if (Attr(n, nullptr, "TargetMode") != "External") continue;
    const std::string target = Attr(n, nullptr, "Target");
    const std::vector<Match> matches = matcher.Find(target);
    if (matches.empty()) continue;
    const std::string replaced = PercentEncodeSpaces(
        Replaced(target, matches, rels_part, "relationship " + Attr(n, nullptr, "Id") + " target", audit));
    SetAttr(n, nullptr, "Target", replaced);
    edited = true;
  }
}

}  // namespace

Status AnonymiseDocument(Package& package, const Matcher& matcher, std::vector<AuditRow>* audit) {
  const std::vector<std::string> text_parts = package.TextParts();
  const std::set<std::string> text_set(text_parts.begin(), text_parts.end());
  for (const PartInfo& info : package.parts()) {
    if (!info.is_xml) continue;
    bool edited = false;
    if (text_set.count(info.name) && !package.IsParsed(info.name) && info.kind != PartKind::kChart) {
      auto streamed = AnonymiseStreamedPart(package, info.name, matcher, audit);
      if (!streamed.ok()) return streamed.status();
      if (*streamed) continue;
    }
    if (text_set.count(info.name)) {
      if (Status s = AnonymiseParagraphs(package, info.name, matcher, audit, edited); !s.ok()) return s;
    }
    switch (info.kind) {
      case PartKind::kRelationships:
        AnonymiseLinks(package, info.name, matcher, audit, edited);
        break;
      case PartKind::kContentTypes:
        break;
      case PartKind::kCoreProperties:
      case PartKind::kAppProperties:
      case PartKind::kCustomProperties:
      case PartKind::kCustomXml:
      case PartKind::kChart:
        AnonymiseNodes(package, info.name, matcher, /*loose_text=*/true, audit, edited);
        break;
      default:
        AnonymiseNodes(package, info.name, matcher, /*loose_text=*/false, audit, edited);
        break;
    }
    if (edited) package.MarkEdited(info.name);
  }
  return {};
}

}  // namespace dhr
