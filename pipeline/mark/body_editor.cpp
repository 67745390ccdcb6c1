#include "pipeline/mark/body_editor.h"

#include <algorithm>

#include "docx/text.h"
#include "docx/xml_stream.h"
#include "pipeline/mark/marking_style.h"
#include "pipeline/mark/sections.h"

namespace dhr {
namespace {

bool IsBlockName(std::string_view ns_uri, std::string_view local) {
  if (ns_uri == ns::kMc) return local == "AlternateContent";
  return ns_uri == ns::kW &&
         (local == "p" || local == "tbl" || local == "sdt" || local == "customXml" || local == "altChunk");
}

bool IsBlock(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE || !n->ns) return false;
  return IsBlockName(reinterpret_cast<const char*>(n->ns->href), LocalName(n));
}

// Subtrees that hold no section of the body (as sections.cpp): text boxes, tracked property
// changes and the fallback copy of alternate content.
bool HoldsNoSection(std::string_view ns_uri, std::string_view local) {
  if (ns_uri == ns::kMc) return local == "Fallback";
  return ns_uri == ns::kW && (local == "txbxContent" || local == "sectPrChange" || local == "pPrChange");
}

xmlNode* Body(Package& package) {
  XmlDocument* xml = package.Xml(package.main_document());
  return xml ? Child(xml->root(), ns::kW, "body") : nullptr;
}

}  // namespace

struct BodyEditor::Piece {
  size_t begin = 0;
  size_t end = 0;
  std::string declarations;  // empty: the body's
  std::unique_ptr<XmlDocument> fragment;
  xmlNode* node = nullptr;
  bool removed = false;
};

BodyEditor::BodyEditor(Package& package) : package_(package) {
  streamed_ = !package.IsParsed(package.main_document()) && package.CurrentBytes(package.main_document()) && Scan();
  if (!streamed_) {
    sections_.clear();
    paragraphs_.clear();
  }
}

BodyEditor::~BodyEditor() = default;

bool BodyEditor::Scan() {
  const std::string& bytes = *package_.CurrentBytes(package_.main_document());
  XmlTagReader reader(bytes);
  struct Frame {
    Piece* piece;
  };
  std::vector<Frame> stack;
  int body_depth = 0;
  int skip = 0;  // depth of the subtree that holds no section, 0 outside one
  size_t body_bindings = 0;
  // Where the bytes spell "sectPr": the content of a body element holding none (a long table) is
  // skipped, not read tag by tag.
  std::vector<size_t> section_words;
  for (size_t at = bytes.find("sectPr"); at != std::string::npos; at = bytes.find("sectPr", at + 1))
    section_words.push_back(at);
  auto holds_section_word = [&](size_t begin, size_t end) {
    auto it = std::lower_bound(section_words.begin(), section_words.end(), begin);
    return it != section_words.end() && *it < end;
  };
  XmlTag tag;
  while (reader.Next(tag)) {
    if (tag.kind == XmlTag::Kind::kEnd) {
      if (Piece* piece = stack.back().piece) piece->end = tag.end;
      if (skip == tag.depth) skip = 0;
      if (body_depth && tag.depth == body_depth) body_end_ = tag.begin;
      stack.pop_back();
      continue;
    }
    const bool w = tag.ns == ns::kW;
    Piece* piece = nullptr;
    auto start_piece = [&](std::vector<std::unique_ptr<Piece>>& into) {
      into.push_back(std::make_unique<Piece>());
      piece = into.back().get();
      piece->begin = tag.begin;
      if (reader.bindings() != body_bindings) piece->declarations = reader.NamespaceDeclarations();
    };
    if (!body_depth && tag.depth == 2 && w && tag.local == "body") {
      if (tag.kind == XmlTag::Kind::kEmpty) return false;
      body_depth = tag.depth;
      body_bindings = reader.bindings();
      declarations_ = reader.NamespaceDeclarations();
      const std::string_view qname(bytes.data() + tag.begin + 1, tag.local.data() - bytes.data() - tag.begin - 1);
      w_prefix_ = std::string(qname);  // "w:" or ""
    } else if (body_depth && tag.depth == body_depth + 1) {
      if (IsBlockName(tag.ns, tag.local)) ++body_blocks_;
      final_is_last_ = w && tag.local == "sectPr";
      if (w && tag.local == "p") start_piece(paragraphs_);
    }
    if (!skip && HoldsNoSection(tag.ns, tag.local)) skip = tag.depth;
    if (!skip && body_depth && tag.depth > body_depth && w && tag.local == "sectPr") {
      if (piece) return false;  // cannot be: a paragraph is not a sectPr
      start_piece(sections_);
    }
    if (tag.kind == XmlTag::Kind::kEmpty) {
      if (piece) piece->end = tag.end;
      if (skip == tag.depth) skip = 0;
    } else {
      stack.push_back({piece});
      if (body_depth && tag.depth == body_depth + 1) {
        const size_t content_end = reader.ContentEnd();
        if (content_end != std::string::npos && !holds_section_word(tag.end, content_end))
          reader.SkipContent(content_end);
      }
    }
  }
  if (!reader.ok() || !body_depth || !body_end_) return false;
  if (!sections_.empty() && final_is_last_ && sections_.back()->begin < body_end_) return true;
  final_is_last_ = false;
  return true;
}

xmlNode* BodyEditor::Parsed(Piece& piece) {
  if (piece.fragment || piece.removed) return piece.node;
  const std::string& bytes = *package_.CurrentBytes(package_.main_document());
  auto fragment = ParseElement(std::string_view(bytes).substr(piece.begin, piece.end - piece.begin),
                               piece.declarations.empty() ? declarations_ : piece.declarations);
  if (!fragment.ok()) return nullptr;
  piece.fragment = std::make_unique<XmlDocument>(std::move(fragment).value());
  piece.node = FragmentElement(*piece.fragment);
  return piece.node;
}

std::vector<xmlNode*> BodyEditor::Sections(bool create_final) {
  if (!streamed_) return SectionProperties(package_, create_final);
  std::vector<xmlNode*> out;
  for (auto& piece : sections_)
    if (xmlNode* node = Parsed(*piece)) out.push_back(node);
  if (create_final && !final_is_last_ && !created_final_) {
    created_final_ = std::make_unique<Piece>();
    created_final_->begin = created_final_->end = body_end_;
    std::string element = "<" + w_prefix_ + "sectPr/>";
    auto fragment = ParseElement(element, declarations_);
    if (fragment.ok()) {
      created_final_->fragment = std::make_unique<XmlDocument>(std::move(fragment).value());
      created_final_->node = FragmentElement(*created_final_->fragment);
      edited_ = true;
    }
  }
  if (create_final && created_final_ && created_final_->node) out.push_back(created_final_->node);
  return out;
}

std::vector<xmlNode*> BodyEditor::BodyParagraphs() {
  std::vector<xmlNode*> out;
  if (!streamed_) {
    xmlNode* body = Body(package_);
    for (xmlNode* c = body ? body->children : nullptr; c; c = c->next)
      if (IsElement(c, ns::kW, "p")) out.push_back(c);
    return out;
  }
  for (auto& piece : paragraphs_)
    if (xmlNode* node = Parsed(*piece)) out.push_back(node);
  return out;
}

bool BodyEditor::BodyHasOtherBlocks(xmlNode* paragraph) {
  if (!streamed_) {
    for (const xmlNode* c = paragraph->parent ? paragraph->parent->children : nullptr; c; c = c->next)
      if (c != paragraph && IsBlock(c)) return true;
    return false;
  }
  return body_blocks_ > 1;
}

void BodyEditor::RemoveParagraph(xmlNode* paragraph) {
  if (streamed_) {
    for (auto& piece : paragraphs_)
      if (piece->node == paragraph) {
        piece->removed = true;
        piece->node = nullptr;
        --body_blocks_;
      }
  }
  RemoveNode(paragraph);
  edited_ = true;
}

void BodyEditor::RemoveEmptyFinalSection() {
  if (!streamed_) {
    xmlNode* body = Body(package_);
    xmlNode* last = body ? body->last : nullptr;
    while (last && last->type != XML_ELEMENT_NODE) last = last->prev;
    if (IsElement(last, ns::kW, "sectPr") && !last->children && !last->properties) {
      RemoveNode(last);
      edited_ = true;
    }
    return;
  }
  Piece* final_piece = created_final_ ? created_final_.get() : final_is_last_ ? sections_.back().get() : nullptr;
  xmlNode* last = final_piece ? Parsed(*final_piece) : nullptr;
  if (last && !last->children && !last->properties) {
    RemoveNode(last);
    final_piece->node = nullptr;
    final_piece->removed = true;
    edited_ = true;
  }
}

Status BodyEditor::Commit() {
  if (!edited_) return {};
  const std::string& main = package_.main_document();
  if (!streamed_) {
    package_.MarkEdited(main);
    return {};
  }
  std::vector<Package::ByteEdit> edits;
  auto add = [&](Piece& piece) {
    if (piece.fragment || piece.removed) edits.push_back({piece.begin, piece.end, SerializeElement(piece.node)});
  };
  for (auto& piece : sections_) add(*piece);
  for (auto& piece : paragraphs_) add(*piece);
  if (created_final_) add(*created_final_);
  sections_.clear();
  paragraphs_.clear();
  created_final_.reset();
  edited_ = false;
  return package_.EditBytes(main, std::move(edits));
}

bool MainDocumentUsesParagraphStyle(Package& package, const std::set<std::string>& style_ids) {
  const std::string& main = package.main_document();
  if (const std::string* bytes = package.IsParsed(main) ? nullptr : package.CurrentBytes(main)) {
    if (std::none_of(style_ids.begin(), style_ids.end(),
                     [&](const std::string& id) { return bytes->find(id) != std::string::npos; }))
      return false;
    // A w:pStyle of a paragraph's w:pPr, read on its own.
    XmlTagReader reader(*bytes);
    std::vector<std::string_view> open;  // local names of the WordprocessingML elements open ("" for others)
    XmlTag tag;
    while (reader.Next(tag)) {
      if (tag.kind == XmlTag::Kind::kEnd) {
        open.pop_back();
        continue;
      }
      const std::string_view local = tag.ns == ns::kW ? tag.local : std::string_view();
      if (local == "pStyle" && open.size() >= 2 && open.back() == "pPr" && open[open.size() - 2] == "p") {
        if (tag.kind != XmlTag::Kind::kEmpty) return true;  // not as Word writes it: assume the worst
        auto style = ParseElement(std::string_view(*bytes).substr(tag.begin, tag.end - tag.begin),
                                  reader.NamespaceDeclarations());
        if (!style.ok() || style_ids.count(Attr(FragmentElement(*style), ns::kW, "val"))) return true;
      }
      if (tag.kind == XmlTag::Kind::kStart) open.push_back(local);
    }
    if (reader.ok()) return false;
    // Bytes the reader cannot follow: the tree decides.
  }
  XmlDocument* xml = package.Xml(main);
  if (!xml) return false;
  for (xmlNode* paragraph : Paragraphs(xml->root()))
    if (IsElement(paragraph, ns::kW, "p") && HasParagraphStyle(paragraph, style_ids)) return true;
  return false;
}

}  // namespace dhr
