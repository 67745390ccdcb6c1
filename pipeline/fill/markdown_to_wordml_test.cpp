#include "pipeline/fill/markdown_to_wordml.h"

#include <doctest/doctest.h>

#include <vector>

namespace dhr {
namespace {

// A package stand-in: style ids as given, numbered links and lists, footnotes kept.
class RecordingTarget : public WordTarget {
 public:
  std::string StyleId(std::string_view builtin_id) override { return std::string(builtin_id); }
  std::string HyperlinkId(const std::string& url) override {
    links.push_back(url);
    return "rIdL" + std::to_string(links.size());
  }
  std::optional<std::pair<int, int>> RestartedNumbering(const std::string& style_id, int start) override {
    restarts.push_back(style_id + "@" + std::to_string(start));
    return std::make_pair(100 + static_cast<int>(restarts.size()), 0);
  }
  std::optional<int> AddFootnote(const std::string& paragraphs) override {
    if (!footnotes_allowed) return std::nullopt;
    notes.push_back(paragraphs);
    return static_cast<int>(notes.size());
  }
  bool footnotes_allowed = true;
  std::vector<std::string> links, restarts, notes;
};

std::string Convert(const std::string& markdown, RecordingTarget& target, int offset = 1,
                    const std::string& body = "BodyText") {
  return MarkdownToWordml(markdown, MarkdownStyle{offset, body}, target);
}

TEST_CASE("fill markdown to WordprocessingML: headings take the offset, paragraphs the body style") {
  RecordingTarget target;
  CHECK(Convert("# One\n\nText\n\n###### Six", target, 0, "") ==
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">One</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Text</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Heading6\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Six</w:t></w:r></w:p>");
  CHECK(Convert("###### Six", target, 5).find("Heading9") != std::string::npos);
  CHECK(Convert("Text", target).find("<w:pStyle w:val=\"BodyText\"/>") != std::string::npos);
}

TEST_CASE("fill markdown to WordprocessingML: lists nest, numbered lists restart, later paragraphs continue") {
  RecordingTarget target;
  const std::string xml = Convert("1. one\n\n   more of one\n2. two\n   - inner\n\n7. seven\n", target);
  CHECK(target.restarts == std::vector<std::string>{"ListNumber@1"});
  CHECK(xml.find("<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"101\"/></w:numPr>"
                 "</w:pPr><w:r><w:t xml:space=\"preserve\">one") != std::string::npos);
  CHECK(xml.find("<w:pStyle w:val=\"ListContinue\"/></w:pPr><w:r><w:t xml:space=\"preserve\">more of one") !=
        std::string::npos);
  CHECK(xml.find("<w:pStyle w:val=\"ListBullet2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">inner") !=
        std::string::npos);
  // "7." after a blank line still belongs to the same list in CommonMark.
  CHECK(xml.find("seven") != std::string::npos);
  RecordingTarget second;
  Convert("1. a\n\ntext\n\n7. b\n", second);
  CHECK(second.restarts == std::vector<std::string>{"ListNumber@1", "ListNumber@7"});
}

TEST_CASE("fill markdown to WordprocessingML: links, autolinks, images, raw HTML, line breaks") {
  RecordingTarget target;
  const std::string xml =
      Convert("See [the guidance](https://www.gov.uk/x \"t\") or https://example.org.  \n![a plan](p.png) <b>x</b>",
              target);
  CHECK(target.links == std::vector<std::string>{"https://www.gov.uk/x", "https://example.org"});
  CHECK(xml.find("<w:hyperlink r:id=\"rIdL1\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                 "<w:t xml:space=\"preserve\">the guidance</w:t></w:r></w:hyperlink>") != std::string::npos);
  CHECK(xml.find("<w:r><w:br/></w:r>") != std::string::npos);
  CHECK(xml.find(">a plan<") != std::string::npos);
  CHECK(xml.find("&lt;b&gt;") != std::string::npos);
}

TEST_CASE("fill markdown to WordprocessingML: footnotes are real where they can be, text where they cannot") {
  RecordingTarget target;
  const std::string xml = Convert("A[^a] and B[^b].\n\n[^b]: Note *b*.\n[^a]: Note a.\n", target);
  REQUIRE(target.notes.size() == 2);
  CHECK(target.notes[0] ==
        "<w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>"
        "</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:t "
        "xml:space=\"preserve\">Note a.</w:t></w:r></w:p>");
  CHECK(xml.find("<w:footnoteReference w:id=\"1\"/>") != std::string::npos);
  CHECK(xml.find("<w:footnoteReference w:id=\"2\"/>") != std::string::npos);

  RecordingTarget header;
  header.footnotes_allowed = false;
  const std::string text = Convert("A[^a].\n\n[^a]: Note a.\n", header);
  CHECK(text.find("<w:vertAlign w:val=\"superscript\"/></w:rPr><w:t xml:space=\"preserve\">1</w:t>") !=
        std::string::npos);
  CHECK(text.find("Note a.") > text.find("</w:p>"));  // after the paragraph that refers to it
}

TEST_CASE("fill markdown to WordprocessingML: a table row shorter than the header is padded") {
  RecordingTarget target;
  const std::string xml = Convert("| a | b | c |\n|---|:-:|---|\n| 1 |\n", target);
  CHECK(xml.find("<w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/>") != std::string::npos);
  size_t cells = 0;
  for (size_t at = xml.find("<w:tc>"); at != std::string::npos; at = xml.find("<w:tc>", at + 1)) ++cells;
  CHECK(cells == 6);
  CHECK(xml.find("<w:jc w:val=\"center\"/>") != std::string::npos);
}

TEST_CASE("fill markdown to WordprocessingML: empty and hostile input") {
  RecordingTarget target;
  CHECK(Convert("", target).empty());
  const std::string deep = std::string(5000, '>') + " deep";
  CHECK(Convert(deep, target).find("deep") != std::string::npos);
  CHECK(Convert("bad \xFF byte", target).find("\xEF\xBF\xBD") != std::string::npos);
}

}  // namespace
}  // namespace dhr
