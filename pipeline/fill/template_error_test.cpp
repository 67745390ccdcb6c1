#include "pipeline/fill/template_error.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

TEST_CASE("fill template errors: one line each, with part, paragraph, context and id") {
  TemplateError e{"template.unclosed_block", "word/document.xml", 12, "{{#each rows}}", "see {{#each rows}} below",
                  "{{#each rows}} is never closed: add {{/each}}"};
  CHECK(e.Describe() ==
        "word/document.xml, paragraph 12: {{#each rows}} is never closed: add {{/each}} "
        "(near \"see {{#each rows}} below\") [template.unclosed_block]");
  Status one = StatusOf({e}, "t.docx");
  CHECK(one.id() == "template.unclosed_block");
  Status two = StatusOf({e, e}, "t.docx");
  CHECK(two.id() == "fill.template_errors");
  CHECK(two.Describe().find("t.docx: 2 problems in the template:\n  word/document.xml, paragraph 12") == 0);
  CHECK(StatusOf({}, "t.docx").ok());
}

TEST_CASE("fill template errors: the text around a tag is cut at whole characters") {
  const std::string text = "Siân Delacroix-Webb met {{ perpetrator.name }} at the home of Adult XM in Sheffield.";
  const size_t begin = text.find("{{");
  const size_t end = text.find("}}") + 2;
  CHECK(TextAround(text, begin, end, 5) == "\u2026 met {{ perpetrator.name }} at t\u2026");
  CHECK(TextAround("{{x}}", 0, 5) == "{{x}}");
  CHECK(TextAround(text, 0, 2, 2) == "Siân\u2026");
}

}  // namespace
}  // namespace dhr
