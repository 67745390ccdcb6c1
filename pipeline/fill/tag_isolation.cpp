#include "pipeline/fill/tag_isolation.h"

#include <cctype>

#include "docx/text.h"
#include "docx/xml.h"

namespace dhr {
namespace {

bool SubtreeDeclaresNamespaces(const xmlNode* node) {
  if (node->type == XML_ELEMENT_NODE && node->nsDef) return true;
  for (const xmlNode* c = node->children; c; c = c->next)
    if (SubtreeDeclaresNamespaces(c)) return true;
  return false;
}

// A deep copy of an element (run properties, a run) that shares the original's namespace
// declarations, so that inserted beside the original it declares nothing anew.
xmlNode* CopyInPlaceOf(const xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE || SubtreeDeclaresNamespaces(node))
    return xmlDocCopyNode(const_cast<xmlNode*>(node), node->doc, 1);
  xmlNode* copy = xmlNewDocNode(node->doc, node->ns, node->name, nullptr);
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    xmlChar* value = xmlNodeListGetString(node->doc, a->children, 1);
    xmlNewNsProp(copy, a->ns, a->name, value ? value : reinterpret_cast<const xmlChar*>(""));
    xmlFree(value);
  }
  for (const xmlNode* c = node->children; c; c = c->next) {
    xmlNode* child = c->type == XML_ELEMENT_NODE ? CopyInPlaceOf(c) : xmlDocCopyNode(const_cast<xmlNode*>(c), c->doc, 1);
    if (child) xmlAddChild(copy, child);
  }
  return copy;
}

// A new run after `after` with a copy of `run`'s attributes and properties (no content).
xmlNode* SiblingRunLike(xmlNode* run, xmlNode* after) {
  xmlNode* sibling = NewElementLike(run, "r");
  for (const xmlAttr* a = run->properties; a; a = a->next) {
    xmlChar* value = xmlNodeListGetString(run->doc, a->children, 1);
    xmlNewNsProp(sibling, a->ns, a->name, value ? value : reinterpret_cast<const xmlChar*>(""));
    xmlFree(value);
  }
  if (xmlNode* properties = Child(run, ns::kW, "rPr")) xmlAddChild(sibling, CopyInPlaceOf(properties));
  xmlAddNextSibling(after, sibling);
  return sibling;
}

void SetTextPreserving(xmlNode* t, const std::string& text) {
  while (t->children) RemoveNode(t->children);
  xmlAddChild(t, xmlNewDocTextLen(t->doc, reinterpret_cast<const xmlChar*>(text.data()), static_cast<int>(text.size())));
  const bool edges = !text.empty() && (std::isspace(static_cast<unsigned char>(text.front())) ||
                                       std::isspace(static_cast<unsigned char>(text.back())));
  if (edges) SetAttr(t, ns::kXml, "space", "preserve");
}

xmlNode* NewTextElement(xmlNode* like, const std::string& text) {
  xmlNode* t = NewElementLike(like, "t");
  SetTextPreserving(t, text);
  return t;
}

// Splits the run of text element `t` so that bytes [from, to) of its content stand alone in a
// run of their own; returns that run's w:t.
Result<xmlNode*> SplitOut(xmlNode* t, size_t from, size_t to) {
  xmlNode* run = t->parent;
  if (!IsElement(run, ns::kW, "r"))
    return Status::Error("fill.unsupported_run", "a tag's text is not inside a Word run");
  const std::string content = Content(t);
  const std::string before = content.substr(0, from);
  const std::string tag = content.substr(from, to - from);
  const std::string after = content.substr(to);

  xmlNode* tag_run = SiblingRunLike(run, run);
  xmlNode* tag_text = NewTextElement(t, tag);
  xmlAddChild(tag_run, tag_text);
  if (!after.empty() || t->next) {
    xmlNode* rest_run = SiblingRunLike(run, tag_run);
    if (!after.empty()) xmlAddChild(rest_run, NewTextElement(t, after));
    while (xmlNode* moved = t->next) {
      xmlUnlinkNode(moved);
      xmlAddChild(rest_run, moved);
    }
  }
  if (before.empty()) {
    RemoveNode(t);
    bool empty = true;
    for (xmlNode* c = run->children; c && empty; c = c->next)
      if (c->type == XML_ELEMENT_NODE && !IsElement(c, ns::kW, "rPr")) empty = false;
    if (empty) RemoveNode(run);
  } else {
    SetTextPreserving(t, before);
  }
  return tag_text;
}

}  // namespace

Result<std::vector<xmlNode*>> IsolateTags(xmlNode* paragraph, const std::vector<std::pair<size_t, size_t>>& ranges) {
  ParagraphText text = ReadParagraph(paragraph);
  // First gather each tag into one text element (the one where it starts)...
  std::vector<TextEdit> gathers;
  for (const auto& [begin, end] : ranges) {
    for (const TextPiece& piece : text.pieces) {
      if (piece.end <= begin || piece.begin >= end) continue;
      if (piece.atomic || piece.begin > begin || piece.end < end)
        gathers.push_back({begin, end, text.text.substr(begin, end - begin)});
      break;
    }
  }
  if (!gathers.empty())
    if (Status s = ApplyEdits(text, gathers); !s.ok()) return s;
  // ...then split that element's run around it, last tag first so earlier positions hold.
  std::vector<xmlNode*> out(ranges.size(), nullptr);
  for (size_t i = ranges.size(); i-- > 0;) {
    const auto [begin, end] = ranges[i];
    const TextPiece* holder = nullptr;
    for (const TextPiece& piece : text.pieces)
      if (!piece.atomic && piece.begin <= begin && end <= piece.end) holder = &piece;
    if (!holder || !IsElement(holder->node, ns::kW, "t"))
      return Status::Error("fill.unsupported_run", "a tag could not be gathered into one run");
    auto split = SplitOut(holder->node, holder->offset + begin - holder->begin, holder->offset + end - holder->begin);
    if (!split.ok()) return split.status();
    out[i] = *split;
  }
  return out;
}

}  // namespace dhr
