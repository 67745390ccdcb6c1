// The package side of Markdown output: a WordTarget and a MarkdownWriter for one part.
//
// Input: the package being filled, the shared style catalog, numbering and footnote collector,
// and the name of the part being rendered. Output: style ids, hyperlink relationships from that
// part (one per distinct URL), restarted list numbering, footnotes (only the main document
// takes footnote references), and the Markdown blocks themselves. Covered by
// fill_markdown_test.cpp.
#pragma once

#include <map>
#include <string>

#include "docx/package.h"
#include "pipeline/fill/footnote_collector.h"
#include "pipeline/fill/list_numbering.h"
#include "pipeline/fill/markdown_to_wordml.h"
#include "pipeline/fill/renderer.h"
#include "pipeline/fill/style_catalog.h"

namespace dhr {

class PackageWordTarget : public WordTarget {
 public:
  // All borrowed for the target's lifetime; `footnotes` is null when the part cannot hold them.
  PackageWordTarget(Package& package, StyleCatalog& styles, ListNumbering& numbering, FootnoteCollector* footnotes,
                    std::string part)
      : package_(package), styles_(styles), numbering_(numbering), footnotes_(footnotes), part_(std::move(part)) {}

  std::string StyleId(std::string_view builtin_id) override { return styles_.Resolve(builtin_id); }
  std::string HyperlinkId(const std::string& url) override;
  std::optional<std::pair<int, int>> RestartedNumbering(const std::string& style_id, int start) override;
  std::optional<int> AddFootnote(const std::string& paragraphs) override;

 private:
  Package& package_;
  StyleCatalog& styles_;
  ListNumbering& numbering_;
  FootnoteCollector* footnotes_;
  std::string part_;
  std::map<std::string, std::string> links_;  // url -> relationship id
};

class PackageMarkdownWriter : public MarkdownWriter {
 public:
  // `target` is borrowed. `body_style` overrides the tag paragraph's style when not empty.
  PackageMarkdownWriter(WordTarget& target, int heading_offset, std::string body_style)
      : target_(target), heading_offset_(heading_offset), body_style_(std::move(body_style)) {}

  std::string Blocks(const std::string& markdown, const std::string& paragraph_style) override {
    MarkdownStyle style;
    style.heading_offset = heading_offset_;
    style.body_style = body_style_.empty() ? paragraph_style : target_.StyleId(body_style_);
    return MarkdownToWordml(markdown, style, target_);
  }

 private:
  WordTarget& target_;
  int heading_offset_;
  std::string body_style_;
};

// Pictures for {{image}} tags in one part: each becomes a PNG part under word/media/, a
// relationship from the part, and an inline drawing in a paragraph of its own, centred. The
// picture is `width_mm` wide (default 160, the text width of an A4 page with 25 mm margins) and as
// tall as its aspect ratio says; `description` is its alternative text for screen readers.
// Errors: "fill.bad_image" (not a PNG, bad base64, a width out of range).
class PackageImageWriter : public ImageWriter {
 public:
  // Both borrowed for the writer's lifetime.
  PackageImageWriter(Package& package, const std::string& part) : package_(package), part_(part) {}
  Result<std::string> Paragraph(const nlohmann::json& image, const std::string& paragraph_style) override;

 private:
  int NextDrawingId();

  Package& package_;
  const std::string& part_;
  int next_drawing_id_ = 0;  // 0: not yet known
};

}  // namespace dhr
