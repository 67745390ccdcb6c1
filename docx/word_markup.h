// WordprocessingML helpers the cleaning passes share.
//
// Input: nodes of a parsed Word part (or the Package, for WordprocessingParts). Output: answers
// about the markup (is an on/off property on, is this range markup, does a paragraph hold content,
// which block follows) and a few structural edits: collect matching elements, unwrap an element
// into its parent, move a paragraph's content to the front of another. No publication policy lives
// here. Covered by word_markup_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <string>
#include <vector>

#include "docx/package.h"
#include "docx/xml.h"

namespace dhr {

// Every XML part whose root element is in the WordprocessingML namespace: the text parts first
// (document, glossary, headers, footers, notes, comments), then styles, numbering, settings and
// the rest.
std::vector<std::string> WordprocessingParts(Package& package);

// A CT_OnOff property (w:vanish, w:b...) is on when w:val is absent or "true", "1" or "on".
bool OnOffIsOn(const xmlNode* property);

// Elements under `root` (root itself included) for which `matches` holds, in document order.
// With Descend::kNo the descendants of a match are not visited, so removing every match is safe;
// with Descend::kYes they are (for unwrapping, which frees nothing).
enum class Descend { kNo, kYes };
std::vector<xmlNode*> CollectElements(xmlNode* root, const std::function<bool(const xmlNode*)>& matches,
                                      Descend descend = Descend::kNo);

// Moves the children of `element` to where it stands, then removes it.
void UnwrapElement(xmlNode* element);

// Markup that marks a position or a range and holds no content: bookmarks, comment and permission
// ranges, proofing marks, move and custom XML revision ranges.
bool IsRangeMarkup(const xmlNode* node);

// A w:p holds content when it has any child beyond w:pPr and range markup (a run, a hyperlink,
// a field, a content control, math...).
bool ParagraphHasContent(const xmlNode* paragraph);

// The next sibling of `block` that is a block-level element (w:p, w:tbl, w:sdt, w:customXml,
// w:altChunk, w:sectPr), skipping range markup; nullptr when none follows.
xmlNode* NextBlock(const xmlNode* block);

// Moves every child of `from` but its w:pPr to the front of `to` (after to's w:pPr), in order.
void MoveContentToFront(xmlNode* from, xmlNode* to);

// Moves the range markup children of `paragraph` to just before it, so removing the paragraph
// keeps bookmarks and similar ranges balanced.
void MoveRangeMarkupBefore(xmlNode* paragraph);

// True when a w:r holds nothing but its w:rPr.
bool RunIsEmpty(const xmlNode* run);

}  // namespace dhr
