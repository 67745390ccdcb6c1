#include "pipeline/fill/renderer.h"

#include <doctest/doctest.h>

#include "pipeline/fill/part_compiler.h"
#include "pipeline/fill/fill_test_support.h"

namespace dhr {
namespace {

using namespace fill_testing;

CompiledPart Compile(const std::string& body) {
  auto doc = XmlDocument::Parse(PartXml("document", "<w:body>" + body + "</w:body>"), "word/document.xml");
  REQUIRE(doc.ok());
  CompiledPart part = CompilePart(*doc, "word/document.xml");
  REQUIRE(part.errors.empty());
  return part;
}

std::string Row(const std::string& a, const std::string& b) {
  return "<w:tr><w:tc>" + Paragraph(a) + "</w:tc><w:tc>" + Paragraph(b) + "</w:tc></w:tr>";
}

// A compiled part rendered over `data` (which must outlive it): whole, and in pieces by a
// PartRenderer that must finish.
struct Rendering {
  explicit Rendering(const nlohmann::json& data) : problems(report), scope(data) {}

  std::string Whole(const CompiledPart& part) {
    std::string out;
    RenderProgram(part.program, context, out);
    return out;
  }
  std::string InPieces(const CompiledPart& part, size_t piece) {
    PartRenderer renderer(part.program, context);
    std::string joined;
    for (std::string_view v = renderer.Next(piece); !v.empty(); v = renderer.Next(piece)) joined += v;
    CHECK(renderer.done());
    return joined;
  }

  FillReport report;
  ProblemLog problems;
  DataScope scope;
  RenderContext context{scope, problems, nullptr, false};
};

// Guards (a table that may lose all its rows, a cell that may lose all its paragraphs) hold back
// what they may still change; the bytes given piece by piece are the same as all at once.
TEST_CASE("fill renderer: rendered in pieces of any size, the bytes are the same") {
  const CompiledPart part = Compile(
      "<w:tbl>" + Row("{{#each rows}}{{a}}", "{{/each}}") + "</w:tbl>" +
      "<w:tbl><w:tr><w:tc>" + Paragraph("{{#each rows}}") + Paragraph("{{a}} {{@number}}") + Paragraph("{{/each}}") +
      "</w:tc></w:tr></w:tbl>" + Paragraph("{{#if none}}{{a}}{{else}}none{{/if}}") + "<w:sectPr/>");
  for (const nlohmann::json& data : {nlohmann::json{{"rows", {{{"a", "x"}}, {{"a", "y"}}}}},
                                     nlohmann::json{{"rows", nlohmann::json::array()}}}) {
    Rendering rendering(data);
    const std::string whole = rendering.Whole(part);
    for (size_t piece : {1, 7, 100}) CHECK(rendering.InPieces(part, piece) == whole);
    if (data["rows"].empty()) {
      CHECK(Count(whole, "<w:tbl>") == 1);  // the first table had only the repeated row
      CHECK(whole.find("<w:tc><w:p/></w:tc>") != std::string::npos);
    } else {
      CHECK(Count(whole, "<w:tbl>") == 2);
    }
  }
}

// A whole part reserves room for a long loop from its first items; items that grow past the
// estimate, nested loops and a table guard still give the same bytes as the pieces, which do not.
TEST_CASE("fill renderer: a long loop rendered whole is the same as in pieces") {
  const CompiledPart part = Compile("<w:tbl>" + Row("{{#each rows}}{{a}}", "{{#each inner}}{{b}}{{/each}}{{/each}}") +
                                    "</w:tbl>" + Paragraph("end") + "<w:sectPr/>");
  nlohmann::json rows = nlohmann::json::array();
  for (int i = 0; i < 2000; ++i) {
    nlohmann::json inner = nlohmann::json::array();
    for (int j = 0; j < i % 5; ++j) inner.push_back({{"b", std::to_string(j)}});
    rows.push_back({{"a", std::string(i < 100 ? 3 : 3 + i / 10, 'x') + std::to_string(i)}, {"inner", inner}});
  }
  const nlohmann::json data{{"rows", rows}};
  Rendering rendering(data);
  const std::string whole = rendering.Whole(part);
  CHECK(rendering.InPieces(part, 4096) == whole);
  CHECK(Count(whole, "<w:tr>") == 2000);
  CHECK(whole.find("xxx1999") != std::string::npos);
  CHECK(rendering.report.errors.empty());
}

TEST_CASE("fill renderer: line breaks and tabs in a value become w:br and w:tab; XML is escaped") {
  const CompiledPart part = Compile(Paragraph("{{text}}"));
  FillReport report;
  ProblemLog problems(report);
  const nlohmann::json data = {{"text", "a & b\r\nc\td <e>\x01"}};
  DataScope scope(data);
  RenderContext context{scope, problems, nullptr, false};
  std::string out;
  RenderProgram(part.program, context, out);
  CHECK(out.find("<w:t xml:space=\"preserve\">a &amp; b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t><w:tab/>"
                 "<w:t xml:space=\"preserve\">d &lt;e&gt;</w:t>") != std::string::npos);
}

}  // namespace
}  // namespace dhr
