// The fill stage: fills any .docx template from a data tree. Knows nothing of reviews.
//
// Input: a template package whose text parts (document, headers, footers, comments, footnotes,
// endnotes) hold tags (see docs/templates.md and tag_syntax.h), and the data (nlohmann::json: objects,
// lists, texts, numbers, yes/no; dates as "YYYY-MM-DD" texts). Output: the filled package (or
// its .docx bytes) with no template syntax left, and a FillReport.
// Guarantees:
//  - every template mistake of every part is reported at once, each with a stable id, the part,
//    the paragraph, the text around the tag and a plain sentence; nothing is filled then;
//  - missing values render empty and are warnings, or errors when `strict`;
//  - each part is compiled once (tags found, blocks placed) and rendered straight to bytes: a
//    table row repeated for 50,000 items costs 50,000 copies of the row's bytes and one lookup per
//    value, and no XML tree is built for the rows;
//  - Markdown ({{markdown path}}) adds the styles, numbering, footnotes and hyperlink
//    relationships it needs.
// Covered by fill_test.cpp, fill_markdown_test.cpp and fill_errors_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "docx/package.h"
#include "pipeline/fill/template_error.h"

namespace dhr {

struct FillOptions {
  bool strict = false;     // a value missing from the data is an error, not a warning
  int heading_offset = 1;  // Markdown "# X" becomes Heading(1 + offset): under the template's Heading 1
  std::string markdown_body_style;  // style id for Markdown paragraphs; "" = the {{markdown}} paragraph's
};

// Fills `package` in place; a filled part's tree is built only when a later stage asks for it
// (Package::Xml), so a stage that reads the bytes (marking, saving) never builds it. On
// an error the package may hold styles or relationships added for Markdown: discard it.
// `report` may be null; when given it receives the errors and the warnings.
Status Fill(Package& package, const nlohmann::json& data, const FillOptions& options, FillReport* report);

// The same, taking the template and giving back the filled package.
Result<Package> FillTemplate(Package template_package, const nlohmann::json& data, const FillOptions& options,
                             FillReport* report);

// Fills and returns the bytes of the filled .docx without building the filled parts' XML trees:
// the fast path for big tables (memory stays near the size of the output).
Result<std::string> FillToDocx(Package template_package, const nlohmann::json& data, const FillOptions& options,
                               FillReport* report);

// Every mistake in the template, without data (missing values cannot be known), then the warnings
// (tags in parts the fill does not look at). The package is not changed.
std::vector<TemplateError> CheckTemplate(Package& template_package);

}  // namespace dhr
