// The fixed parts of the review page: its style sheet and its script, inline in every page.
// Neither holds any text of a document. Used by review_page.cpp only.
#pragma once

#include <string>

namespace dhr::review {

// The style sheet, with the rules that hide each kind of replacement when its filter is off.
std::string ReviewPageStyle();

// The script: fills the filters' counts and #page-check from the page, and makes the filters and
// the copy button work. Plain DOM, no framework.
const char* ReviewPageScript();

}  // namespace dhr::review
