#include "pipeline/fill/part_compiler.h"

#include <doctest/doctest.h>

#include "docx/text.h"
#include "pipeline/fill/fill_test_support.h"
#include "pipeline/fill/program_emitter.h"
#include "pipeline/fill/renderer.h"

namespace dhr {
namespace {

using fill_testing::kWordNamespaces;

std::string Render(const Program& program, const nlohmann::json& data) {
  FillReport report;
  ProblemLog problems(report);
  DataScope scope(data);
  RenderContext context{scope, problems, nullptr, false};
  std::string out;
  RenderProgram(program, context, out);
  return out;
}

// A part with what libxml2 writes in its own way: escapes in text and attributes, non-ASCII,
// namespaces declared below the root, comments, empty elements.
const std::string kRichPart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- made by hand -->\n"
    "<w:document " + std::string(kWordNamespaces) + "><w:body>"
    "<w:p w:rsidR=\"00AB\"><w:r><w:t>Tom &amp; Siân &lt;3 &gt; \"q\"</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
    "<mc:Choice Requires=\"w14\"><w:p w:rsidR=\"&lt;&amp;&gt; &quot;&#10;&#9;\u00e9\"><w:pPr><w:pStyle w:val=\"A&amp;B &quot;x&quot;&#10;\u00e9\"/></w:pPr>"
    "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">HOLE</w:t></w:r><w:r><w:tab/></w:r></w:p></mc:Choice>"
    "</mc:AlternateContent><w:p/></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>";

TEST_CASE("fill part compiler: literals are byte for byte what libxml2 writes, around the holes") {
  auto parsed = XmlDocument::Parse(kRichPart, "word/document.xml");
  REQUIRE(parsed.ok());
  XmlDocument doc = std::move(parsed).value();
  xmlNode* hole = nullptr;
  for (xmlNode* p : Paragraphs(doc.root())) {
    ParagraphText text = ReadParagraph(p);
    for (const TextPiece& piece : text.pieces)
      if (!piece.atomic && Content(piece.node) == "HOLE") hole = piece.node;
  }
  REQUIRE(hole);
  std::vector<TagSite> sites(1);
  sites[0].tag = FindTags("{{value}}").tags.at(0);
  sites[0].text = hole;
  sites[0].run = hole->parent;
  sites[0].paragraph = hole->parent->parent;
  std::vector<TemplateError> errors;
  Program program = EmitProgram(doc.get(), sites, {}, "word/document.xml", errors);
  CHECK(errors.empty());
  const std::string rendered = Render(program, {{"value", "Ç & <x>"}});

  xmlNodeSetContent(hole, reinterpret_cast<const xmlChar*>("\xC3\x87 &amp; &lt;x&gt;"));
  CHECK(rendered == doc.Serialize());
}

TEST_CASE("fill part compiler: a part without tags needs no rendering") {
  auto doc = XmlDocument::Parse(fill_testing::PartXml("document", "<w:body>" + fill_testing::Paragraph("{plain}") +
                                                                      "</w:body>"),
                                "word/document.xml");
  REQUIRE(doc.ok());
  CompiledPart part = CompilePart(*doc, "word/document.xml");
  CHECK_FALSE(part.has_tags);
  CHECK(part.errors.empty());
}

TEST_CASE("fill part compiler: every mistake of a part, with its paragraph number") {
  auto doc = XmlDocument::Parse(
      fill_testing::PartXml("document", "<w:body>" + fill_testing::Paragraph("Intro") +
                                            fill_testing::Paragraph("{{ name | loud }}") +
                                            fill_testing::Paragraph("See {{markdown summary}} here") +
                                            fill_testing::Paragraph("{{/if}}") + "</w:body>"),
      "word/document.xml");
  REQUIRE(doc.ok());
  CompiledPart part = CompilePart(*doc, "word/document.xml");
  CHECK(part.has_tags);
  CHECK(part.program.empty());
  REQUIRE(part.errors.size() == 3);
  CHECK(part.errors[0].id == "template.unknown_filter");
  CHECK(part.errors[0].paragraph == 2);
  CHECK(part.errors[1].id == "template.markdown_not_alone");
  CHECK(part.errors[1].paragraph == 3);
  CHECK(part.errors[1].context == "See {{markdown summary}} here");
  CHECK(part.errors[2].id == "template.unopened_block");
  CHECK(part.errors[2].paragraph == 4);
}

}  // namespace
}  // namespace dhr
