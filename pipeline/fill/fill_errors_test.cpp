// Template and data mistakes: all reported at once, each with its id, part, paragraph and text.
#include <doctest/doctest.h>

#include "pipeline/fill/fill.h"
#include "pipeline/fill/fill_test_support.h"

namespace dhr {
namespace {

using namespace fill_testing;

DocxFixture FiveMistakes() {
  DocxFixture fixture;
  fixture
      .Body(Paragraph("Title") + Paragraph("{{#each rows}}") + Paragraph("Row {{name}}") + Paragraph("{{/if}}") +
            Paragraph("See {{markdown summary}} below.") + "<w:sectPr/>")
      .Part("word/header1.xml", WordType("header"), PartXml("hdr", Paragraph("{{ victim | shout }}")), "header", "rIdH")
      .Part("word/footer1.xml", WordType("footer"), PartXml("ftr", Paragraph("Page {{ unclosed")), "footer", "rIdF");
  return fixture;
}

TEST_CASE("fill errors: a template with five mistakes reports five errors, each with its place") {
  Package package = Open(FiveMistakes());
  const std::string before = package.Bytes("word/document.xml");
  std::vector<TemplateError> errors = CheckTemplate(package);
  CHECK(package.Bytes("word/document.xml") == before);
  CHECK_FALSE(package.IsEdited("word/document.xml"));
  REQUIRE(errors.size() == 5);
  CHECK(Ids(errors) == std::vector<std::string>{"template.markdown_not_alone", "template.unopened_block",
                                                "template.unclosed_block", "template.unknown_filter",
                                                "template.unclosed_tag"});
  CHECK(errors[0].part == "word/document.xml");
  CHECK(errors[0].paragraph == 5);
  CHECK(errors[0].context == "See {{markdown summary}} below.");
  CHECK(errors[1].paragraph == 4);
  CHECK(errors[1].tag == "{{/if}}");
  CHECK(errors[2].paragraph == 2);
  CHECK(errors[2].message == "{{#each rows}} is never closed: add {{/each}}");
  CHECK(errors[3].part == "word/header1.xml");
  CHECK(errors[3].paragraph == 1);
  CHECK(errors[4].part == "word/footer1.xml");
  CHECK(errors[4].tag == "{{ unclosed");

  FillReport report;
  Status status = Fill(package, {{"rows", nlohmann::json::array()}}, {}, &report);
  CHECK(status.id() == "fill.template_errors");
  CHECK(report.errors.size() == 5);
  const std::string described = status.Describe();
  CHECK(described.find("template.docx: 5 problems in the template:") == 0);
  CHECK(described.find("word/header1.xml, paragraph 1: \"shout\" is not a known filter") != std::string::npos);
  CHECK(package.Bytes("word/document.xml") == before);
}

TEST_CASE("fill errors: data mistakes are reported together; strict makes a missing value an error") {
  DocxFixture fixture;
  fixture.Body(Paragraph("{{#each victim}}x{{/each}} {{ died | date }} {{ nowhere }} {{ rows }}"));
  const nlohmann::json data = {{"victim", {{"name", "A"}}}, {"died", "June 2022"}, {"rows", {1, 2}}};
  Filled lenient = FillFixture(fixture, data);
  CHECK(Ids(lenient.report.errors) ==
        std::vector<std::string>{"fill.not_a_list", "fill.bad_date", "fill.not_text"});
  CHECK(Ids(lenient.report.warnings) == std::vector<std::string>{"fill.missing_value"});
  CHECK(lenient.status.id() == "fill.template_errors");

  FillOptions strict;
  strict.strict = true;
  Filled strict_fill = FillFixture(fixture, data, strict);
  CHECK(Ids(strict_fill.report.errors) ==
        std::vector<std::string>{"fill.not_a_list", "fill.bad_date", "fill.missing_value", "fill.not_text"});
  CHECK(strict_fill.report.errors[2].message == "\"nowhere\" is not in the data");
}

TEST_CASE("fill errors: tags that fit no placement, a misplaced else, blocks closed in the wrong order") {
  DocxFixture fixture;
  fixture.Body(Paragraph("Intro {{#each a}}") + Paragraph("{{/each}}") +                  // not alone
               Paragraph("{{#if b}}") + Paragraph("x {{else}}") + Paragraph("{{/if}}") +  // else not alone
               Paragraph("{{#each c}}{{#if d}}{{/each}}"));                              // if left open
  Package package = Open(fixture);
  std::vector<TemplateError> errors = CheckTemplate(package);
  CHECK(Ids(errors) == std::vector<std::string>{"template.block_placement", "template.misplaced_else",
                                                "template.unclosed_block"});
  CHECK(errors[0].paragraph == 1);
  CHECK(errors[1].paragraph == 4);
  CHECK(errors[2].tag == "{{#if d}}");
}

TEST_CASE("fill errors: an else outside #if, a second else, a closing without opening") {
  DocxFixture fixture;
  fixture.Body(Paragraph("{{else}} {{#each a}}{{else}}{{/each}} {{#if b}}1{{else}}2{{else}}3{{/if}} {{/unless}}"));
  Package package = Open(fixture);
  CHECK(Ids(CheckTemplate(package)) ==
        std::vector<std::string>{"template.stray_else", "template.stray_else", "template.duplicate_else",
                                 "template.unopened_block"});
}

}  // namespace
}  // namespace dhr
