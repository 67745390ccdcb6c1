// Block structure: pairs each {{#each}}/{{#if}}/{{#unless}} with its {{else}} and closing tag
// and decides what the block repeats or hides.
//
// Input: the tags of one part in document order, each isolated in a run of its own (see
// tag_isolation.h). Output: the blocks, outer before inner, each a range of sibling nodes:
//   inline      both tags in one paragraph: the runs between them
//   rows        the tags in different cells of one table: the rows from the opening tag's row to
//               the closing tag's row (a row holding nothing but a tag is left out)
//   paragraphs  each tag alone in its own paragraph, the paragraphs under one parent: the
//               paragraphs (and tables) between them
// and the errors: unclosed and unopened blocks, mismatched closings, a misplaced {{else}}, tags
// that fit none of the placements. Covered by block_structure_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "pipeline/fill/tag_syntax.h"
#include "pipeline/fill/template_error.h"

namespace dhr {

// A tag in a part, with the nodes it stands in. Node pointers belong to the part's document.
struct TagSite {
  Tag tag;
  int paragraph_number = 0;  // 1-based among the part's paragraphs
  std::string context;       // the paragraph's text around the tag
  xmlNode* paragraph = nullptr;
  xmlNode* text = nullptr;  // the w:t holding exactly the tag
  xmlNode* run = nullptr;   // its w:r
  bool alone = false;       // nothing else but blanks in the paragraph
};

enum class Placement { kInline, kRows, kParagraphs };

struct Block {
  const TagSite* open = nullptr;
  const TagSite* close = nullptr;
  const TagSite* otherwise = nullptr;  // the {{else}}, if any
  Placement placement = Placement::kInline;
  xmlNode* first = nullptr;      // the block's extent: first..last, siblings in order
  xmlNode* last = nullptr;
  xmlNode* else_node = nullptr;  // the extent's node that separates the body from the else body
  std::vector<xmlNode*> dropped;  // nodes left out of the output: tag runs, tag paragraphs, tag rows
};

// `sites` must stay alive and unmoved while the blocks are used. Errors are appended to `errors`
// with `part` as their part.
std::vector<Block> MatchBlocks(const std::vector<TagSite>& sites, const std::string& part,
                               std::vector<TemplateError>& errors);

// A TemplateError about the tag at `site`.
TemplateError ErrorAt(const TagSite& site, const std::string& part, std::string id, std::string message);

}  // namespace dhr
