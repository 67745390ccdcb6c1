// Parts the main document points to by relationship type (styles, numbering, footnotes).
//
// Input: a package, a relationship type's short name ("styles"), and what to create when it is
// missing: a part name, content type and XML. Output: the part's name, the part created (with its
// content type override and its relationship from the main document) when the template had none.
// Covered by pipeline/fill/fill_markdown_test.cpp.
#pragma once

#include <string>
#include <string_view>

#include "docx/package.h"
#include "docx/wordml.h"

namespace dhr {

// The main document's related part of this type, or "" when there is none.
std::string FindMainDocumentPart(const Package& package, std::string_view short_type);

Result<std::string> MainDocumentPart(Package& package, std::string_view short_type, const std::string& new_name,
                                     const std::string& content_type, std::string xml);

// The largest integer value of attribute `w:<attribute>` on the children of `root` named
// `w:<element>`, or `floor` when there is none larger.
int MaxIdOfChildren(const xmlNode* root, const char* element, const char* attribute, int floor);

}  // namespace dhr
