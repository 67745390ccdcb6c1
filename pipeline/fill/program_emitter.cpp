#include "pipeline/fill/program_emitter.h"

#include <unordered_map>
#include <unordered_set>

#include "docx/child_order.h"
#include "docx/xml.h"
#include "docx/xml_output.h"

namespace dhr {
namespace {

// Containers that Word wants to end with a paragraph.
bool MustHoldParagraph(const xmlNode* n) {
  if (!HasNamespace(n, ns::kW)) return false;
  const std::string_view name = LocalName(n);
  return name == "tc" || name == "hdr" || name == "ftr" || name == "footnote" || name == "endnote" ||
         name == "txbxContent" || name == "comment";
}

TagOrigin OriginOf(const TagSite& site, const std::string& part) {
  return TagOrigin{site.tag, part, site.paragraph_number, site.context};
}

class Emitter {
 public:
  Emitter(const std::vector<TagSite>& sites, const std::vector<Block>& blocks, const std::string& part,
          std::vector<TemplateError>& errors)
      : blocks_(blocks), part_(part), errors_(errors) {
    for (const TagSite& site : sites) {
      if (site.tag.kind == TagKind::kValue) {
        values_[site.text] = &site;
        MarkSpine(site.text);
      } else if (site.tag.kind == TagKind::kMarkdown || site.tag.kind == TagKind::kImage) {
        markdowns_[site.paragraph] = &site;
        MarkSpine(site.paragraph);
        if (MustHoldParagraph(site.paragraph->parent)) paragraph_guards_.insert(site.paragraph->parent);
      } else if (site.tag.kind == TagKind::kShade) {
        PlaceShade(site);
      }
    }
    for (const Block& b : blocks) {
      starts_[b.first].push_back(&b);
      MarkSpine(b.first);
      for (xmlNode* n : b.dropped) {
        dropped_.insert(n);
        MarkSpine(n);
      }
      if (b.placement == Placement::kParagraphs && MustHoldParagraph(b.first->parent))
        paragraph_guards_.insert(b.first->parent);
    }
    GuardTablesWithoutFixedRows(blocks);
  }

  Program Emit(xmlDoc* doc) {
    Program program;
    Literal(program) += XmlDeclaration(doc);
    for (xmlNode* c = doc->children; c; c = c->next) {
      EmitAt(c, program, 0);
      Literal(program) += '\n';
    }
    if (emitted_.size() != blocks_.size()) {
      for (const Block& b : blocks_)
        if (!emitted_.count(&b))
          errors_.push_back(ErrorAt(*b.open, part_, "template.crossed_blocks",
                                    b.open->tag.text + " lies inside a tag paragraph or row of another block"));
    }
    return program;
  }

 private:
  // A table all of whose rows are in row blocks may end up with no row, which Word refuses: it
  // is guarded (taken out when no row was written).
  void GuardTablesWithoutFixedRows(const std::vector<Block>& blocks) {
    std::unordered_set<const xmlNode*> in_blocks;
    std::unordered_set<xmlNode*> tables;
    for (const Block& b : blocks) {
      if (b.placement != Placement::kRows) continue;
      tables.insert(b.first->parent);
      for (xmlNode* n = b.first; n; n = n->next) {
        in_blocks.insert(n);
        if (n == b.last) break;
      }
    }
    for (xmlNode* table : tables) {
      bool fixed_row = false;
      for (xmlNode* n = table->children; n && !fixed_row; n = n->next)
        fixed_row = IsElement(n, ns::kW, "tr") && !in_blocks.count(n);
      if (!fixed_row) table_guards_.insert(table);
    }
  }

  // A {{shade}} tag writes nothing where it stands; its cell's w:shd becomes a slot filled from the
  // data (the cell's own w:shd, if any, is kept for when the value is empty).
  void PlaceShade(const TagSite& site) {
    silent_.insert(site.text);
    MarkSpine(site.text);
    xmlNode* cell = site.paragraph->parent;
    while (cell && !IsElement(cell, ns::kW, "tc")) cell = cell->parent;
    if (!cell) {
      errors_.push_back(ErrorAt(site, part_, "template.shade_outside_cell",
                                site.tag.text + " shades the table cell it is typed in, but it is not in a table cell"));
      return;
    }
    if (!shaded_cells_.insert(cell).second) {
      errors_.push_back(ErrorAt(site, part_, "template.duplicate_shade",
                                site.tag.text + " is the second {{shade}} tag in its table cell: a cell has one shading"));
      return;
    }
    xmlNode* slot = ShadingSlot(cell);
    shades_[slot] = &site;
    MarkSpine(slot);
  }

  // The cell's w:shd, created in its schema place in w:tcPr (and w:tcPr created) when missing.
  static xmlNode* ShadingSlot(xmlNode* cell) {
    xmlNode* properties = Child(cell, ns::kW, "tcPr");
    if (!properties) {
      properties = NewElementLike(cell, "tcPr");
      if (cell->children)
        xmlAddPrevSibling(cell->children, properties);
      else
        xmlAddChild(cell, properties);
    }
    return SchemaChild(properties, "shd");
  }

  // Every ancestor of `n` is on the way to a tag and is written element by element.
  void MarkSpine(const xmlNode* n) {
    for (const xmlNode* p = n ? n->parent : nullptr; p && p->type == XML_ELEMENT_NODE; p = p->parent)
      if (!spine_.insert(p).second) break;
  }

  static std::string& Literal(Program& out) {
    if (out.empty() || out.back().op != Op::kLiteral) out.emplace_back();
    return out.back().literal;
  }

  // Writes `n` (and, when it starts blocks, the whole extent of the next one); returns the last
  // node written, whose next sibling comes next.
  xmlNode* EmitAt(xmlNode* n, Program& out, size_t entered) {
    if (auto s = starts_.find(n); s != starts_.end() && s->second.size() > entered)
      return EmitBlock(*s->second[entered], entered + 1, out);
    if (auto v = values_.find(n); v != values_.end()) {
      Literal(out) += "<w:t xml:space=\"preserve\">";
      Instruction value;
      value.op = Op::kValue;
      value.origin = OriginOf(*v->second, part_);
      out.push_back(std::move(value));
      Literal(out) += "</w:t>";
      return n;
    }
    if (auto m = markdowns_.find(n); m != markdowns_.end()) {
      EmitMarkdown(*m->second, out);
      return n;
    }
    if (silent_.count(n)) return n;
    if (auto s = shades_.find(n); s != shades_.end()) {
      Instruction shade;
      shade.op = Op::kShade;
      shade.origin = OriginOf(*s->second, part_);
      if (n->properties) AppendSubtree(shade.literal, n);  // the cell's own shading
      out.push_back(std::move(shade));
      return n;
    }
    if (dropped_.count(n)) {
      KeepSectionBreak(n, out);
      return n;
    }
    if (spine_.count(n)) {
      EmitElement(n, out);
      return n;
    }
    AppendSubtree(Literal(out), n);
    return n;
  }

  void EmitElement(xmlNode* n, Program& out) {
    Program* target = &out;
    Instruction table_guard;
    table_guard.op = Op::kTableGuard;
    if (table_guards_.count(n)) target = &table_guard.body;
    AppendStartTag(Literal(*target), n);
    Instruction paragraph_guard;
    paragraph_guard.op = Op::kParagraphGuard;
    Program* children = paragraph_guards_.count(n) ? &paragraph_guard.body : target;
    for (xmlNode* c = n->children; c; c = c->next) c = EmitAt(c, *children, 0);
    if (children != target) target->push_back(std::move(paragraph_guard));
    AppendEndTag(Literal(*target), n);
    if (target != &out) out.push_back(std::move(table_guard));
  }

  xmlNode* EmitBlock(const Block& b, size_t entered, Program& out) {
    emitted_.insert(&b);
    Instruction block;
    block.op = b.open->tag.kind == TagKind::kEachOpen ? Op::kEach
               : b.open->tag.kind == TagKind::kIfOpen ? Op::kIf
                                                       : Op::kUnless;
    block.origin = OriginOf(*b.open, part_);
    Program* target = &block.body;
    for (xmlNode* n = b.first; n;) {
      xmlNode* end = n;
      if (n == b.else_node) {
        target = &block.else_body;
      } else {
        end = EmitAt(n, *target, n == b.first ? entered : 0);
      }
      if (end == b.last) break;
      n = end->next;
      if (!n) {
        errors_.push_back(ErrorAt(*b.open, part_, "template.crossed_blocks",
                                  b.open->tag.text + " and a block inside it overlap: close the inner block first"));
      }
    }
    out.push_back(std::move(block));
    return b.last;
  }

  void EmitMarkdown(const TagSite& site, Program& out) {
    Instruction markdown;
    markdown.op = site.tag.kind == TagKind::kImage ? Op::kImage : Op::kMarkdown;
    markdown.origin = OriginOf(site, part_);
    xmlNode* properties = Child(site.paragraph, ns::kW, "pPr");
    markdown.paragraph_style = Attr(Child(properties, ns::kW, "pStyle"), ns::kW, "val");
    out.push_back(std::move(markdown));
    KeepSectionBreak(site.paragraph, out);
  }

  // A paragraph left out that carries a section break leaves an empty paragraph holding it.
  void KeepSectionBreak(xmlNode* n, Program& out) {
    if (!IsElement(n, ns::kW, "p")) return;
    xmlNode* properties = Child(n, ns::kW, "pPr");
    if (!Child(properties, ns::kW, "sectPr")) return;
    std::string& literal = Literal(out);
    AppendStartTag(literal, n);
    AppendSubtree(literal, properties);
    AppendEndTag(literal, n);
  }

  const std::vector<Block>& blocks_;
  const std::string& part_;
  std::vector<TemplateError>& errors_;
  std::unordered_map<const xmlNode*, const TagSite*> values_;
  std::unordered_map<const xmlNode*, const TagSite*> markdowns_;
  std::unordered_map<const xmlNode*, const TagSite*> shades_;  // w:shd slot -> its {{shade}} tag
  std::unordered_set<const xmlNode*> silent_;                  // {{shade}} tags' own w:t
  std::unordered_set<const xmlNode*> shaded_cells_;
  std::unordered_map<const xmlNode*, std::vector<const Block*>> starts_;
  std::unordered_set<const xmlNode*> dropped_;
  std::unordered_set<const xmlNode*> spine_;
  std::unordered_set<const xmlNode*> paragraph_guards_;
  std::unordered_set<const xmlNode*> table_guards_;
  std::unordered_set<const Block*> emitted_;
};

}  // namespace

Program EmitProgram(xmlDoc* doc, const std::vector<TagSite>& sites, const std::vector<Block>& blocks,
                    const std::string& part, std::vector<TemplateError>& errors) {
  return Emitter(sites, blocks, part, errors).Emit(doc);
}

}  // namespace dhr
