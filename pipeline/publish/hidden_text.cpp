#include "pipeline/publish/hidden_text.h"

#include <set>
#include <vector>

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

std::optional<bool> VanishIn(const xmlNode* properties) {
  if (const xmlNode* vanish = Child(properties, ns::kW, "vanish")) return OnOffIsOn(vanish);
  return std::nullopt;
}

const xmlNode* EnclosingParagraph(const xmlNode* n) {
  for (const xmlNode* p = n ? n->parent : nullptr; p; p = p->parent)
    if (IsElement(p, ns::kW, "p")) return p;
  return nullptr;
}

bool HasAncestorIn(const xmlNode* n, const std::set<const xmlNode*>& nodes) {
  for (const xmlNode* p = n->parent; p; p = p->parent)
    if (nodes.count(p)) return true;
  return false;
}

// A run whose content includes a field character (begin, separate, end).
bool HoldsFieldCharacter(const xmlNode* run) { return Child(run, ns::kW, "fldChar") != nullptr; }

// A run holding nothing but field characters (and its properties).
bool OnlyFieldCharacters(const xmlNode* run) {
  bool any = false;
  for (const xmlNode* c : Children(run)) {
    if (IsElement(c, ns::kW, "rPr")) continue;
    if (!IsElement(c, ns::kW, "fldChar")) return false;
    any = true;
  }
  return any;
}

// Keeps the run's field characters and properties, without the hiding.
void KeepOnlyFieldCharacters(xmlNode* run) {
  for (xmlNode* c = run->children; c;) {
    xmlNode* next = c->next;
    if (c->type == XML_ELEMENT_NODE && !IsElement(c, ns::kW, "rPr") && !IsElement(c, ns::kW, "fldChar"))
      RemoveNode(c);
    c = next;
  }
  RemoveNode(Child(Child(run, ns::kW, "rPr"), ns::kW, "vanish"));
}

// Removes fields whose runs (all emptied here, all siblings) now hold only field characters:
// a hidden index entry { XE "..." } leaves nothing behind.
void RemoveEmptiedFields(const std::vector<xmlNode*>& emptied_runs) {
  const std::set<const xmlNode*> emptied(emptied_runs.begin(), emptied_runs.end());
  std::set<const xmlNode*> gone;
  for (xmlNode* run : emptied_runs) {
    if (gone.count(run)) continue;
    if (Attr(Child(run, ns::kW, "fldChar"), ns::kW, "fldCharType") != "begin") continue;
    std::vector<xmlNode*> field;
    int depth = 0;
    for (xmlNode* n = run; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (!emptied.count(n) || !OnlyFieldCharacters(n)) break;
      field.push_back(n);
      for (const xmlNode* c = n->children; c; c = c->next) {
        const std::string type = Attr(c, ns::kW, "fldCharType");
        depth += type == "begin" ? 1 : type == "end" ? -1 : 0;
      }
      if (depth <= 0) break;
    }
    if (depth != 0) continue;
    for (xmlNode* n : field) {
      gone.insert(n);
      RemoveNode(n);
    }
  }
}

bool EndsSection(const xmlNode* paragraph) {
  return Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "sectPr") != nullptr;
}

}  // namespace

HiddenFormatting HiddenFormatting::FromStyles(const xmlNode* styles_root) {
  HiddenFormatting formatting;
  const xmlNode* defaults = Child(Child(Child(styles_root, ns::kW, "docDefaults"), ns::kW, "rPrDefault"), ns::kW, "rPr");
  formatting.default_vanish_ = VanishIn(defaults).value_or(false);
  for (const xmlNode* s : Children(styles_root, ns::kW, "style")) {
    const std::string id = Attr(s, ns::kW, "styleId");
    Style& style = formatting.styles_[id];
    style.vanish = VanishIn(Child(s, ns::kW, "rPr"));
    style.based_on = Attr(Child(s, ns::kW, "basedOn"), ns::kW, "val");
    const std::string is_default = Attr(s, ns::kW, "default");
    if (Attr(s, ns::kW, "type") == "paragraph" && (is_default == "1" || is_default == "true"))
      formatting.default_paragraph_style_ = id;
  }
  return formatting;
}

std::optional<bool> HiddenFormatting::StyleVanish(const std::string& style_id) const {
  std::string id = style_id;
  for (int depth = 0; depth < 32 && !id.empty(); ++depth) {  // bounded: basedOn may loop
    auto it = styles_.find(id);
    if (it == styles_.end()) return std::nullopt;
    if (it->second.vanish) return it->second.vanish;
    id = it->second.based_on;
  }
  return std::nullopt;
}

std::optional<bool> HiddenFormatting::ParagraphStyleVanish(const xmlNode* paragraph) const {
  const xmlNode* style = Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "pStyle");
  return StyleVanish(style ? Attr(style, ns::kW, "val") : default_paragraph_style_);
}

bool HiddenFormatting::RunHidden(const xmlNode* run) const {
  const xmlNode* properties = Child(run, ns::kW, "rPr");
  if (auto direct = VanishIn(properties)) return *direct;
  if (const xmlNode* style = Child(properties, ns::kW, "rStyle"))
    if (auto by_style = StyleVanish(Attr(style, ns::kW, "val"))) return *by_style;
  if (auto by_paragraph = ParagraphStyleVanish(EnclosingParagraph(run))) return *by_paragraph;
  return default_vanish_;
}

bool HiddenFormatting::ParagraphMarkHidden(const xmlNode* paragraph) const {
  if (auto direct = VanishIn(Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "rPr"))) return *direct;
  return ParagraphStyleVanish(paragraph).value_or(default_vanish_);
}

HiddenTextCounts RemoveHiddenText(xmlNode* root, const HiddenFormatting& formatting) {
  HiddenTextCounts counts;
  if (!root) return counts;
  const auto runs = CollectElements(root, [](const xmlNode* n) { return IsElement(n, ns::kW, "r"); }, Descend::kYes);
  std::set<const xmlNode*> hidden;
  for (xmlNode* run : runs)
    if (formatting.RunHidden(run)) hidden.insert(run);
  // Decided before anything is freed: a hidden run inside another (in a text box) goes with it.
  std::vector<xmlNode*> outermost;
  for (xmlNode* run : runs)
    if (hidden.count(run) && !HasAncestorIn(run, hidden)) outermost.push_back(run);
  std::vector<xmlNode*> emptied;
  for (xmlNode* run : outermost) {
    ++counts.runs;
    if (HoldsFieldCharacter(run)) {
      KeepOnlyFieldCharacters(run);
      emptied.push_back(run);
    } else {
      RemoveNode(run);
    }
  }
  RemoveEmptiedFields(emptied);

  for (xmlNode* paragraph : CollectElements(root, [](const xmlNode* n) { return IsElement(n, ns::kW, "p"); },
                                            Descend::kYes)) {
    const bool mark_hidden = formatting.ParagraphMarkHidden(paragraph);
    xmlNode* vanish = Child(Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "rPr"), ns::kW, "vanish");
    if (vanish && OnOffIsOn(vanish)) {
      RemoveNode(vanish);
      ++counts.paragraph_marks;
    }
    if (!mark_hidden || ParagraphHasContent(paragraph) || EndsSection(paragraph)) continue;
    xmlNode* next = NextBlock(paragraph);
    if (!IsElement(next, ns::kW, "p") && !IsElement(next, ns::kW, "tbl")) continue;
    MoveRangeMarkupBefore(paragraph);
    RemoveNode(paragraph);
    ++counts.paragraphs;
  }
  return counts;
}

}  // namespace dhr::publish
