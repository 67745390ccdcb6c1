// Hidden text: text formatted hidden (w:vanish), which Word neither shows nor prints but keeps in
// the file for anyone to reveal.
//
// Input: the root of a text part and the HiddenFormatting of the styles that apply to it.
// Output: the same tree where
//   - every hidden w:r is removed. A run is hidden by w:vanish in its own w:rPr, else by its
//     character style, else by its paragraph's style, else by the document defaults (the first
//     of these that says on or off decides; basedOn chains are followed). A hidden run holding a
//     field character (w:fldChar) keeps only that, so the fields around stay balanced, and a field
//     left holding nothing but its characters is removed whole;
//   - w:vanish is removed from paragraph marks (w:pPr/w:rPr), where it hides only the mark and
//     joins the paragraph to the next on screen; a paragraph with a hidden mark and nothing left
//     in it is removed when another paragraph or a table follows it and it ends no section.
// w:specVanish and w:webHidden hide nothing on the printed page and are kept.
// Covered by hidden_text_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace dhr::publish {

// Which styles hide text, read once from a styles part.
class HiddenFormatting {
 public:
  // `styles_root` is the w:styles element, or nullptr when the part has no styles.
  static HiddenFormatting FromStyles(const xmlNode* styles_root);

  bool RunHidden(const xmlNode* run) const;
  bool ParagraphMarkHidden(const xmlNode* paragraph) const;

 private:
  struct Style {
    std::optional<bool> vanish;
    std::string based_on;
  };
  // The vanish setting a style or the first of its ancestors makes, if any.
  std::optional<bool> StyleVanish(const std::string& style_id) const;
  std::optional<bool> ParagraphStyleVanish(const xmlNode* paragraph) const;

  std::map<std::string, Style> styles_;
  std::string default_paragraph_style_;
  bool default_vanish_ = false;
};

struct HiddenTextCounts {
  size_t runs = 0;             // hidden runs removed (or emptied, for field characters)
  size_t paragraph_marks = 0;  // w:vanish removed from paragraph marks
  size_t paragraphs = 0;       // empty paragraphs with a hidden mark removed
};

HiddenTextCounts RemoveHiddenText(xmlNode* root, const HiddenFormatting& formatting);

}  // namespace dhr::publish
