#include "docx/text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>

namespace dhr {
namespace {

bool IsParagraph(const xmlNode* n) { return IsElement(n, ns::kW, "p") || IsElement(n, ns::kA, "p"); }

// Subtrees that hold no text of this paragraph: nested paragraphs' containers and properties.
bool IsOpaque(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE) return true;
  if (HasNamespace(n, ns::kW)) {
    const std::string_view name = LocalName(n);
    return name == "txbxContent" || name == "rPr" || name == "pPr" || name == "sectPr" || name == "tblPr" ||
           name == "sdtPr" || name == "sdtEndPr";
  }
  if (HasNamespace(n, ns::kA)) {
    const std::string_view name = LocalName(n);
    return name == "rPr" || name == "pPr" || name == "endParaRPr";
  }
  return false;
}

// The next node after `n` in preorder within `root`; children skipped when `descend` is false.
xmlNode* Next(xmlNode* n, const xmlNode* root, bool descend) {
  if (descend && n->children) return n->children;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}

void AppendUtf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// What a one-character element reads as, or "" when the element is not one.
std::string AtomicText(const xmlNode* n) {
  if (HasNamespace(n, ns::kW)) {
    const std::string_view name = LocalName(n);
    if (name == "tab" || name == "ptab") return "\t";
    if (name == "br" || name == "cr") return "\n";
    if (name == "noBreakHyphen") return "\u2011";
    if (name == "softHyphen") return "\u00AD";
    if (name == "sym") {
      std::string out;
      AppendUtf8(out, static_cast<unsigned>(std::strtoul(Attr(n, ns::kW, "char").c_str(), nullptr, 16)));
      return out == std::string(1, '\0') ? std::string() : out;
    }
    return {};
  }
  if (IsElement(n, ns::kA, "br")) return "\n";
  return {};
}

bool HoldsLayerText(const xmlNode* n, TextLayer layer) {
  switch (layer) {
    case TextLayer::kVisible:
      return IsElement(n, ns::kW, "t") || IsElement(n, ns::kA, "t") || IsElement(n, ns::kM, "t");
    case TextLayer::kDeleted:
      return IsElement(n, ns::kW, "delText") || IsElement(n, ns::kW, "delInstrText");
    case TextLayer::kFieldCode:
      return IsElement(n, ns::kW, "instrText");
  }
  return false;
}

bool IsRun(const xmlNode* n) {
  return IsElement(n, ns::kW, "r") || IsElement(n, ns::kA, "r") || IsElement(n, ns::kM, "r");
}

void SetText(xmlNode* element, const std::string& text) {
  while (element->children) RemoveNode(element->children);
  if (!text.empty())
    xmlAddChild(element, xmlNewDocTextLen(element->doc, reinterpret_cast<const xmlChar*>(text.data()),
                                          static_cast<int>(text.size())));
  if (HasNamespace(element, ns::kW)) {
    const bool edges = !text.empty() && (std::isspace(static_cast<unsigned char>(text.front())) ||
                                         std::isspace(static_cast<unsigned char>(text.back())));
    if (edges) SetAttr(element, ns::kXml, "space", "preserve");
  }
}

// A run is empty when it holds nothing but its properties.
bool RunIsEmpty(const xmlNode* run) {
  for (const xmlNode* c : Children(run)) {
    if (LocalName(c) == "rPr") continue;
    return false;
  }
  return true;
}

xmlNode* EnclosingRun(xmlNode* n) {
  for (xmlNode* p = n ? n->parent : nullptr; p; p = p->parent)
    if (IsRun(p)) return p;
  return nullptr;
}

// Puts a text element holding `text` where the one-character element `atomic` stands, or just
// before it (an insertion at the atom's start).
xmlNode* TextElementInPlaceOf(xmlNode* atomic, const std::string& text, bool before = false) {
  xmlNode* t;
  auto place = [&](xmlNode* added) { before ? xmlAddPrevSibling(atomic, added) : xmlAddNextSibling(atomic, added); };
  if (IsElement(atomic, ns::kA, "br")) {
    xmlNode* run = NewElementLike(atomic, "r");
    t = NewElementLike(atomic, "t");
    xmlAddChild(run, t);
    place(run);
  } else {
    t = NewElementLike(atomic, "t");
    place(t);
  }
  SetText(t, text);
  return t;
}

}  // namespace

std::vector<xmlNode*> Paragraphs(xmlNode* root) {
  std::vector<xmlNode*> out;
  for (xmlNode* n = root; n; n = Next(n, root, true))
    if (IsParagraph(n)) out.push_back(n);
  return out;
}

ParagraphText ReadParagraph(xmlNode* paragraph, TextLayer layer) {
  ParagraphText result;
  result.paragraph = paragraph;
  result.layer = layer;
  if (!paragraph) return result;
  for (xmlNode* n = paragraph->children; n;) {
    bool descend = true;
    if (n->type != XML_ELEMENT_NODE || IsParagraph(n) || IsOpaque(n)) {
      descend = false;
    } else if (HoldsLayerText(n, layer)) {
      descend = false;
      std::string content = Content(n);
      if (!content.empty()) {
        const size_t begin = result.text.size();
        result.text += content;
        result.pieces.push_back({begin, result.text.size(), n, 0, false});
      }
    } else if (layer == TextLayer::kVisible) {
      std::string atom = AtomicText(n);
      if (!atom.empty()) {
        descend = false;
        const size_t begin = result.text.size();
        result.text += atom;
        result.pieces.push_back({begin, result.text.size(), n, 0, true});
      }
    }
    n = Next(n, paragraph, descend);
  }
  return result;
}

Status ApplyEdits(ParagraphText& text, std::vector<TextEdit> edits) {
  std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  for (size_t i = 0; i < edits.size(); ++i) {
    if (edits[i].begin > edits[i].end || edits[i].end > text.text.size())
      return Status::Error("text.bad_range", "an edit falls outside the paragraph's text");
    if (i > 0 && edits[i].begin < edits[i - 1].end)
      return Status::Error("text.overlap", "two edits of one paragraph overlap");
  }
  if (text.pieces.empty()) {
    if (edits.empty() || std::all_of(edits.begin(), edits.end(), [](const TextEdit& e) { return e.replacement.empty(); }))
      return {};
    if (!IsElement(text.paragraph, ns::kW, "p"))
      return Status::Error("text.empty_paragraph", "cannot insert text into an empty drawing paragraph");
    xmlNode* run = NewElementLike(text.paragraph, "r");
    xmlNode* t = NewElementLike(text.paragraph, "t");
    xmlAddChild(run, t);
    xmlAddChild(text.paragraph, run);
    SetText(t, edits.front().replacement);
    text = ReadParagraph(text.paragraph, text.layer);
    return {};
  }

  std::set<xmlNode*> touched;  // text elements and atoms whose content changed
  // Back to front: an edit never moves the text an earlier edit refers to.
  for (auto e = edits.rbegin(); e != edits.rend(); ++e) {
    // The piece where the range starts: the first piece ending after `begin` (for an insertion at the
    // very end, the last piece).
    size_t first = 0;
    while (first < text.pieces.size() && text.pieces[first].end <= e->begin) ++first;
    if (first == text.pieces.size()) first = text.pieces.size() - 1;
    // Prefer a text piece over an atom to carry the replacement: it keeps the run's formatting
    // without creating elements.
    size_t carrier = first;
    if (text.pieces[carrier].atomic) {
      for (size_t k = first; k < text.pieces.size() && text.pieces[k].begin < e->end; ++k)
        if (!text.pieces[k].atomic) { carrier = k; break; }
    }
    for (size_t k = text.pieces.size(); k-- > 0;) {
      TextPiece& piece = text.pieces[k];
      const bool overlaps = piece.begin < e->end && piece.end > e->begin;
      if (!overlaps && k != carrier) continue;
      const size_t from = std::max(e->begin, piece.begin) - piece.begin;
      const size_t to = std::min(e->end, piece.end) - piece.begin;
      if (piece.atomic) {
        const bool covered = overlaps;
        if (k == carrier && !e->replacement.empty()) {
          xmlNode* t = TextElementInPlaceOf(piece.node, e->replacement, !covered && e->end <= piece.begin);
          touched.insert(t);
        }
        if (covered) {
          touched.insert(piece.node->parent);
          xmlNode* run = EnclosingRun(piece.node);
          RemoveNode(piece.node);
          piece.node = nullptr;
          if (run) touched.insert(run);
        }
        continue;
      }
      std::string content = Content(piece.node);
      const size_t at = piece.offset + std::min(from, to);
      const size_t len = to > from ? to - from : 0;
      content.replace(at, len, k == carrier ? e->replacement : std::string());
      SetText(piece.node, content);
      touched.insert(piece.node);
    }
  }
  // Drop text elements left empty, then runs left holding nothing.
  std::set<xmlNode*> runs;
  for (xmlNode* n : touched) {
    if (!n || n->type != XML_ELEMENT_NODE) continue;
    if (IsRun(n)) { runs.insert(n); continue; }
    if (HoldsLayerText(n, text.layer) || IsElement(n, ns::kW, "t") || IsElement(n, ns::kA, "t")) {
      if (Content(n).empty()) {
        xmlNode* run = EnclosingRun(n);
        RemoveNode(n);
        if (run) runs.insert(run);
      }
    }
  }
  for (xmlNode* run : runs)
    if (RunIsEmpty(run)) RemoveNode(run);
  text = ReadParagraph(text.paragraph, text.layer);
  return {};
}

}  // namespace dhr
