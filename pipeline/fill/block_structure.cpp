#include "pipeline/fill/block_structure.h"

#include <algorithm>

#include "docx/xml.h"

namespace dhr {
namespace {

xmlNode* Ancestor(xmlNode* node, const char* local) {
  for (xmlNode* n = node ? node->parent : nullptr; n; n = n->parent)
    if (IsElement(n, ns::kW, local)) return n;
  return nullptr;
}

std::string Trimmed(std::string s) {
  const size_t from = s.find_first_not_of(" \t\r\n");
  if (from == std::string::npos) return {};
  return s.substr(from, s.find_last_not_of(" \t\r\n") - from + 1);
}

// A row whose whole text is this tag.
bool RowHoldsOnly(xmlNode* row, const TagSite& site) { return Trimmed(Content(row)) == site.tag.text; }

std::string Opening(const TagSite& site) { return site.tag.text; }
std::string ClosingFor(TagKind open) { return std::string("{{/") + BlockName(open) + "}}"; }

class Matcher {
 public:
  Matcher(const std::string& part, std::vector<TemplateError>& errors) : part_(part), errors_(errors) {}

  void Place(const TagSite& open, const TagSite& close, const TagSite* otherwise) {
    Block b;
    b.open = &open;
    b.close = &close;
    b.otherwise = otherwise;
    xmlNode* open_cell = Ancestor(open.paragraph, "tc");
    xmlNode* close_cell = Ancestor(close.paragraph, "tc");
    xmlNode* open_row = Ancestor(open.paragraph, "tr");
    xmlNode* close_row = Ancestor(close.paragraph, "tr");
    if (open.paragraph == close.paragraph) {
      if (!PlaceInline(b)) return;
    } else if (open_cell && close_cell && open_cell != close_cell && open_row && close_row &&
               open_row->parent == close_row->parent) {
      if (!PlaceRows(b, open_row, close_row)) return;
    } else if (open.alone && close.alone && open.paragraph->parent == close.paragraph->parent) {
      if (!PlaceParagraphs(b)) return;
    } else {
      Fail(open, "template.block_placement",
           !open.alone || !close.alone
               ? Opening(open) + " and its " + close.tag.text + " are in different paragraphs, so each must stand alone "
                 "in its own paragraph (to repeat the paragraphs between them); or put both in one paragraph (to "
                 "repeat text inline), or in different cells of one table (to repeat rows)"
               : Opening(open) + " and its " + close.tag.text + " stand in different places (one inside a table, "
                 "text box or field, the other outside): put them side by side");
      return;
    }
    blocks_.push_back(std::move(b));
  }

  void Fail(const TagSite& site, std::string id, std::string message) {
    errors_.push_back(ErrorAt(site, part_, std::move(id), std::move(message)));
  }

  std::vector<Block> TakeBlocks() { return std::move(blocks_); }

 private:
  bool PlaceInline(Block& b) {
    const TagSite& open = *b.open;
    if (open.run->parent != b.close->run->parent) {
      Fail(open, "template.block_placement", Opening(open) + " and its " + b.close->tag.text +
                                                 " are in one paragraph but one is inside a hyperlink or field and "
                                                 "the other is not");
      return false;
    }
    b.placement = Placement::kInline;
    b.first = open.run;
    b.last = b.close->run;
    b.dropped = {open.run, b.close->run};
    if (b.otherwise) {
      if (b.otherwise->paragraph != open.paragraph || b.otherwise->run->parent != open.run->parent) {
        Fail(*b.otherwise, "template.misplaced_else",
             "{{else}} must be in the same paragraph as " + Opening(open) + " when the block is inside one paragraph");
        return false;
      }
      b.else_node = b.otherwise->run;
      b.dropped.push_back(b.else_node);
    }
    return true;
  }

  bool PlaceRows(Block& b, xmlNode* open_row, xmlNode* close_row) {
    b.placement = Placement::kRows;
    b.first = open_row;
    b.last = close_row;
    b.dropped = {b.open->run, b.close->run};
    if (open_row != close_row) {
      if (RowHoldsOnly(open_row, *b.open)) b.dropped.push_back(open_row);
      if (RowHoldsOnly(close_row, *b.close)) b.dropped.push_back(close_row);
    }
    if (b.otherwise) {
      xmlNode* else_row = Ancestor(b.otherwise->paragraph, "tr");
      if (!else_row || else_row->parent != open_row->parent || else_row == open_row || else_row == close_row ||
          !RowHoldsOnly(else_row, *b.otherwise)) {
        Fail(*b.otherwise, "template.misplaced_else",
             "in a block that repeats or hides table rows, {{else}} must stand alone in a row of its own between the "
             "rows of " + Opening(*b.open) + " and " + b.close->tag.text);
        return false;
      }
      b.else_node = else_row;
      b.dropped.push_back(else_row);
    }
    return true;
  }

  bool PlaceParagraphs(Block& b) {
    b.placement = Placement::kParagraphs;
    b.first = b.open->paragraph;
    b.last = b.close->paragraph;
    b.dropped = {b.first, b.last};
    if (b.otherwise) {
      if (!b.otherwise->alone || b.otherwise->paragraph->parent != b.first->parent) {
        Fail(*b.otherwise, "template.misplaced_else",
             "{{else}} must stand alone in its own paragraph, beside the paragraphs of " + Opening(*b.open));
        return false;
      }
      b.else_node = b.otherwise->paragraph;
      b.dropped.push_back(b.else_node);
    }
    return true;
  }

  const std::string& part_;
  std::vector<TemplateError>& errors_;
  std::vector<Block> blocks_;
};

struct OpenBlock {
  const TagSite* open;
  const TagSite* otherwise;
};

}  // namespace

TemplateError ErrorAt(const TagSite& site, const std::string& part, std::string id, std::string message) {
  TemplateError e;
  e.id = std::move(id);
  e.part = part;
  e.paragraph = site.paragraph_number;
  e.tag = site.tag.text;
  e.context = site.context;
  e.message = std::move(message);
  return e;
}

std::vector<Block> MatchBlocks(const std::vector<TagSite>& sites, const std::string& part,
                               std::vector<TemplateError>& errors) {
  Matcher matcher(part, errors);
  std::vector<OpenBlock> stack;
  for (const TagSite& site : sites) {
    const TagKind kind = site.tag.kind;
    if (IsBlockOpen(kind)) {
      stack.push_back({&site, nullptr});
    } else if (kind == TagKind::kElse) {
      if (stack.empty() || stack.back().open->tag.kind == TagKind::kEachOpen) {
        matcher.Fail(site, "template.stray_else",
                     stack.empty() ? "{{else}} stands outside any {{#if}} or {{#unless}}"
                                   : "{{else}} belongs to {{#if}} or {{#unless}}, not to " + stack.back().open->tag.text);
      } else if (stack.back().otherwise) {
        matcher.Fail(site, "template.duplicate_else",
                     stack.back().open->tag.text + " already has an {{else}} in paragraph " +
                         std::to_string(stack.back().otherwise->paragraph_number));
      } else {
        stack.back().otherwise = &site;
      }
    } else if (IsBlockClose(kind)) {
      const TagKind wanted = OpeningOf(kind);
      auto match = std::find_if(stack.rbegin(), stack.rend(),
                                [&](const OpenBlock& b) { return b.open->tag.kind == wanted; });
      if (match == stack.rend()) {
        matcher.Fail(site, "template.unopened_block",
                     site.tag.text + " closes no block: there is no {{#" + BlockName(kind) + " ...}} open before it");
        continue;
      }
      // Blocks opened after the match and not closed: each is one mistake.
      while (&stack.back() != &*match) {
        const TagSite& unclosed = *stack.back().open;
        matcher.Fail(unclosed, "template.unclosed_block",
                     unclosed.tag.text + " is not closed before " + site.tag.text + " in paragraph " +
                         std::to_string(site.paragraph_number) + ": add " + ClosingFor(unclosed.tag.kind));
        stack.pop_back();
      }
      matcher.Place(*stack.back().open, site, stack.back().otherwise);
      stack.pop_back();
    }
  }
  for (const OpenBlock& b : stack)
    matcher.Fail(*b.open, "template.unclosed_block",
                 b.open->tag.text + " is never closed: add " + ClosingFor(b.open->tag.kind));
  std::vector<Block> blocks = matcher.TakeBlocks();
  // Outer blocks first: an outer block opens before the blocks inside it.
  std::sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return a.open < b.open; });
  return blocks;
}

}  // namespace dhr
