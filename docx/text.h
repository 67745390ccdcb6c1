// The text model: a paragraph's text as one UTF-8 string built across runs, with a map back to the
// nodes that hold each piece, and edits of text ranges that keep the runs' formatting.
//
// Input: a w:p (WordprocessingML) or a:p (DrawingML: charts, SmartArt, shapes) element. Output: a
// ParagraphText for one layer of it:
//   kVisible    w:t, w:tab "\t", w:br/w:cr "\n", w:noBreakHyphen U+2011, w:softHyphen U+00AD,
//               w:sym (its character), m:t, a:t, a:br; inserted and moved text included.
//   kDeleted    w:delText, w:delInstrText (tracked deletions).
//   kFieldCode  w:instrText (field codes such as HYPERLINK "..." or MERGEFIELD).
// Paragraphs nested inside (text boxes, w:txbxContent) are their own paragraphs and are not part of
// the outer one's text. Edits replace [begin, end) byte ranges of the text: the replacement takes
// the formatting of the run where the range starts, other runs lose their share, runs left empty
// are removed, and xml:space="preserve" is set where the new text needs it.
// Covered by text_test.cpp and tests/corpus_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "base/status.h"
#include "docx/xml.h"

namespace dhr {

enum class TextLayer { kVisible, kDeleted, kFieldCode };

// One stretch of a paragraph's text and the node it comes from. For a text-holding element (w:t,
// w:delText, w:instrText, m:t, a:t) `node` is that element and `offset` is where the stretch starts
// in its content; for a one-character element (w:tab, w:br, w:sym...) `atomic` is true.
struct TextPiece {
  size_t begin = 0;  // byte range in ParagraphText::text
  size_t end = 0;
  xmlNode* node = nullptr;
  size_t offset = 0;
  bool atomic = false;
};

// Borrowed view of a paragraph: the nodes belong to the XmlDocument and stay valid until that
// paragraph is edited (ApplyEdits rebuilds the view).
struct ParagraphText {
  xmlNode* paragraph = nullptr;
  TextLayer layer = TextLayer::kVisible;
  std::string text;
  std::vector<TextPiece> pieces;  // in text order, covering `text` exactly
};

struct TextEdit {
  size_t begin = 0;
  size_t end = 0;
  std::string replacement;
};

// Every w:p and a:p element under `root`, in document order, nested paragraphs included.
std::vector<xmlNode*> Paragraphs(xmlNode* root);

ParagraphText ReadParagraph(xmlNode* paragraph, TextLayer layer = TextLayer::kVisible);

// Applies non-overlapping edits (in any order) and rebuilds `text` from the edited paragraph.
// Fails without touching anything if edits overlap or fall outside the text.
Status ApplyEdits(ParagraphText& text, std::vector<TextEdit> edits);

}  // namespace dhr
