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

// The main document's part of kind `kind` ("styles", "numbering", "footnotes", "settings"), or one
// created as `new_name` (numbered when the name is taken) with root element w:<kind> holding
// `content`, its content type and its relationship from the main document.
Result<std::string> MainDocumentPart(Package& package, std::string_view kind, const std::string& new_name,
                                     std::string_view content = {});

// The largest integer value of attribute `w:<attribute>` on the children of `root` named
// `w:<element>`, or `floor` when there is none larger.
int MaxIdOfChildren(const xmlNode* root, const char* element, const char* attribute, int floor);

}  // namespace dhr
