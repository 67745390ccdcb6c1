// Template errors and warnings: what the fill stage reports about a template and its data.
//
// Input: problems found while compiling a template part (syntax, block structure) or while
// filling it (a missing value, a loop over something that is not a list). Output: one
// TemplateError per problem, each with a stable id, the part, the paragraph number, the tag as
// written, the text around it and one plain sentence, and a Status that lists them all at once.
// Covered by template_error_test.cpp and fill_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace dhr {

struct TemplateError {
  std::string id;          // stable: "template.unclosed_block", "fill.missing_value"...
  std::string part;        // "word/document.xml", "word/header1.xml"
  int paragraph = 0;       // 1-based, counting the part's paragraphs in order; 0 when unknown
  std::string tag;         // the tag as written, "{{#each rows}}"; empty when there is none
  std::string context;     // the paragraph's text around the tag
  std::string message;     // one plain sentence
  bool warning = false;    // a warning does not stop the fill
  int occurrences = 1;     // how many times a fill-time problem of this tag was met (loops)

  // "word/document.xml, paragraph 3: message (near "...") [id]"; never ends with a newline.
  std::string Describe() const;
};

// What a fill found; errors stop the fill, warnings (missing values in non-strict mode) do not.
struct FillReport {
  std::vector<TemplateError> errors;
  std::vector<TemplateError> warnings;
};

// The text of a paragraph around [begin, end): up to `radius` characters (whole UTF-8 sequences)
// each side, "…" marking a cut.
std::string TextAround(const std::string& text, size_t begin, size_t end, size_t radius = 30);

// ok when `errors` is empty; otherwise one Status whose id is the single error's id (or
// "fill.template_errors" for several) and whose message lists every error on its own line.
Status StatusOf(const std::vector<TemplateError>& errors, const std::string& file_name);

}  // namespace dhr
