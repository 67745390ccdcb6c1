// Markdown to WordprocessingML: the blocks a {{markdown}} tag puts in place of its paragraph.
//
// Input: Markdown text (CommonMark with the GitHub extensions: tables, strikethrough, task lists,
// autolinks, footnotes), the heading offset and body style, and a WordTarget that answers for
// the package (style ids, hyperlink relationships, list numbering, footnotes). Output: a string
// of w:p and w:tbl elements ("w:" and "r:" prefixes):
//   "# X"            paragraph of style Heading(1 + offset), capped at Heading9
//   paragraph        the body style (the tag paragraph's style, or one given)
//   *em* **strong** ~~strike~~ `code`   run properties (italic, bold, strike, Courier New)
//   - item / 1. item ListBullet / ListNumber, ListBullet2... when nested; later paragraphs of an
//                    item ListContinue; every ordered list restarts its numbering
//   > quote          style Quote
//   table            w:tbl of style TableGrid, the header row bold and repeated on each page
//   [^1]             a real Word footnote (or, where footnotes cannot go, a superscript number
//                    and the note as a paragraph after the blocks)
//   [text](url)      w:hyperlink to an external relationship, style Hyperlink
//   code block, thematic break, images (their alt text), raw HTML (as text)
// Covered by markdown_to_wordml_test.cpp and fill_markdown_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dhr {

// What a conversion needs from the package it writes into.
class WordTarget {
 public:
  virtual ~WordTarget() = default;
  // The id to use for a built-in style ("Heading2", "ListBullet", "Quote", "TableGrid",
  // "Hyperlink", "FootnoteText", "FootnoteReference", "ListContinue"...).
  virtual std::string StyleId(std::string_view builtin_id) = 0;
  // The relationship id of an external hyperlink from the part being written.
  virtual std::string HyperlinkId(const std::string& url) = 0;
  // A numbering instance (numId, ilvl) for a new list of paragraphs in `style_id` that starts
  // at `start`, or nullopt to rely on the style's own numbering.
  virtual std::optional<std::pair<int, int>> RestartedNumbering(const std::string& style_id, int start) = 0;
  // Adds a footnote holding these paragraphs (XML, the footnoteRef run included) and returns its
  // id, or nullopt when the part being written cannot hold footnote references.
  virtual std::optional<int> AddFootnote(const std::string& paragraphs) = 0;
};

struct MarkdownStyle {
  int heading_offset = 1;  // "# X" becomes Heading(1 + heading_offset)
  std::string body_style;  // style id of plain paragraphs; "" for the document's default
};

std::string MarkdownToWordml(std::string_view markdown, const MarkdownStyle& style, WordTarget& target);

}  // namespace dhr
