// Tracked changes: counting them, and accepting them all as Word's "Accept All Changes" does.
//
// Input: the root element of a WordprocessingML part (document, glossary, header, footer,
// footnotes, endnotes, comments, styles, numbering). Output of AcceptTrackedChanges: the same
// tree with no revision left:
//   insertions   w:ins and w:moveTo around content are unwrapped, the content kept; insertion
//                markers (w:ins/w:moveTo in a paragraph mark's w:rPr, in w:trPr or w:numPr, and
//                w:cellIns) are removed;
//   deletions    w:del and w:moveFrom are removed with their content; a row whose w:trPr holds
//                w:del is removed, and its table when no row is left; a cell with w:cellDel is
//                removed, and its row when no cell is left;
//   paragraph    a paragraph whose mark is deleted (w:pPr/w:rPr/w:del or w:moveFrom) joins the
//   marks        next paragraph: its content moves to the front of the following w:p, which keeps
//                its own properties. With no paragraph to join (a table follows, or it is the
//                last of a cell), an empty one is removed and one with content is kept;
//   formatting   w:rPrChange, w:pPrChange, w:sectPrChange, w:tblPrChange, w:tblPrExChange,
//                w:trPrChange, w:tcPrChange, w:tblGridChange, w:numberingChange and w:cellMerge
//                are removed, the current formatting kept;
//   markers      move ranges and custom XML revision ranges are removed, and so is any w:delText
//                or w:delInstrText found outside a deletion.
// CountTrackedChanges only reads; its total is what AcceptTrackedChanges would accept.
// Covered by tracked_changes_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <cstddef>

namespace dhr::publish {

struct TrackedChangeCounts {
  size_t insertions = 0;         // inserted content and insertion markers
  size_t deletions = 0;          // deleted content, rows, cells and paragraph marks
  size_t formatting = 0;         // property changes
  size_t merged_paragraphs = 0;  // paragraphs joined to the next (or removed) at a deleted mark
  size_t Total() const { return insertions + deletions + formatting; }
};

TrackedChangeCounts CountTrackedChanges(xmlNode* root);
TrackedChangeCounts AcceptTrackedChanges(xmlNode* root);

}  // namespace dhr::publish
