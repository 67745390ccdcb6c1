// Paragraph text: the scan's own reading of one paragraph (w:p or a:p), independent of the
// anonymiser's text model.
//
// Input: a paragraph element. Output: its text, the concatenation of every text node under it in
// document order (w:t, w:delText, w:instrText, m:t, a:t...: a superset of what Word shows), with
// w:tab, w:br, w:cr and a:br read as a space, w:noBreakHyphen as '-', and a space where a nested
// paragraph (a text box) sits; the nested paragraph is not part of this one. White space that only
// indents the XML is ignored, so a name split across runs reads whole. When the paragraph holds
// tracked changes, two more readings are given: the text as if every change were accepted (no
// deleted text) and as if every change were rejected (no inserted text), so that a replacement
// such as deleted "Connor" followed by inserted "Adult X" is not read as one word.
// Covered by paragraph_text_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace dhr::scan {

// Another reading of a paragraph, made of bytes of the full text.
struct TextReading {
  std::string text;
  std::vector<size_t> offsets;  // offsets[i]: where byte i of `text` is in the full text
};

struct ParagraphReadings {
  std::string text;
  std::vector<TextReading> others;
};

ParagraphReadings ReadParagraph(const xmlNode* paragraph);

}  // namespace dhr::scan
