#include "pipeline/fill/block_structure.h"

#include <doctest/doctest.h>

#include "docx/text.h"
#include "pipeline/fill/fill_test_support.h"
#include "pipeline/fill/tag_isolation.h"

namespace dhr {
namespace {

using fill_testing::Paragraph;

// The tag sites of a body, as the part compiler finds them.
struct Sites {
  explicit Sites(const std::string& body) {
    auto parsed = XmlDocument::Parse(fill_testing::PartXml("document", "<w:body>" + body + "</w:body>"), "d");
    REQUIRE(parsed.ok());
    doc = std::move(parsed).value();
    int number = 0;
    for (xmlNode* p : Paragraphs(doc.root())) {
      ++number;
      const std::string text = ReadParagraph(p).text;
      TagScan scan = FindTags(text);
      std::vector<std::pair<size_t, size_t>> ranges;
      for (const Tag& t : scan.tags) ranges.emplace_back(t.begin, t.end);
      if (ranges.empty()) continue;
      auto isolated = IsolateTags(p, ranges);
      REQUIRE(isolated.ok());
      for (size_t i = 0; i < scan.tags.size(); ++i) {
        TagSite site;
        site.tag = scan.tags[i];
        site.paragraph_number = number;
        site.paragraph = p;
        site.text = (*isolated)[i];
        site.run = site.text->parent;
        site.alone = scan.tags.size() == 1 && text == scan.tags[i].text;
        all.push_back(site);
      }
    }
  }
  std::vector<Block> Match() { return MatchBlocks(all, "word/document.xml", errors); }
  XmlDocument doc;
  std::vector<TagSite> all;
  std::vector<TemplateError> errors;
};

std::string Row(const std::string& a, const std::string& b) {
  return "<w:tr><w:tc>" + Paragraph(a) + "</w:tc><w:tc>" + Paragraph(b) + "</w:tc></w:tr>";
}

TEST_CASE("fill block structure: the placement follows where the tags stand") {
  Sites s(Paragraph("a {{#if x}}b{{/if}}") + Paragraph("{{#each y}}") + Paragraph("c") + Paragraph("{{/each}}") +
          "<w:tbl>" + Row("{{#each z}}", "") + Row("d", "e") + Row("", "{{/each}}") + "</w:tbl>");
  std::vector<Block> blocks = s.Match();
  REQUIRE(s.errors.empty());
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].placement == Placement::kInline);
  CHECK(blocks[0].first == s.all[0].run);
  CHECK(blocks[1].placement == Placement::kParagraphs);
  CHECK(blocks[1].first == s.all[2].paragraph);
  CHECK(blocks[1].dropped.size() == 2);
  CHECK(blocks[2].placement == Placement::kRows);
  // The rows holding nothing but a tag are left out; the row between repeats.
  CHECK(blocks[2].dropped.size() == 4);
}

TEST_CASE("fill block structure: outer blocks come first, even when they start at the same row") {
  Sites s("<w:tbl>" + Row("{{#each a}}{{#if b}}", "{{/if}}{{/each}}") + "</w:tbl>");
  std::vector<Block> blocks = s.Match();
  REQUIRE(s.errors.empty());
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].open->tag.text == "{{#each a}}");
  CHECK(blocks[0].first == blocks[1].first);
}

TEST_CASE("fill block structure: a closing that skips an open block reports the skipped one") {
  Sites s(Paragraph("{{#each a}}{{#unless b}}{{#if c}}{{/each}}"));
  s.Match();
  REQUIRE(s.errors.size() == 2);
  CHECK(s.errors[0].tag == "{{#if c}}");
  CHECK(s.errors[1].tag == "{{#unless b}}");
  CHECK(s.errors[0].message == "{{#if c}} is not closed before {{/each}} in paragraph 1: add {{/if}}");
}

}  // namespace
}  // namespace dhr
