// The list of contents, written into a filled document.
//
// Input: a filled package whose main document holds a TOC field (Word's "Table of Contents", as the
// built-in templates have under "List of contents"). Output: the same package with the field
// replaced by one paragraph per heading of the body at the levels the field asks for (its \o
// switch, "1-3" when it has none), in the "toc N" styles: the heading's text, a tab and a PAGEREF
// field to a bookmark put on the heading, the whole entry a link to it. Headings are the
// paragraphs whose style (or own properties) has an outline level: the template's headings and the
// Markdown sections' headings alike. Each PAGEREF's cached page is left blank and the field marked
// dirty: LibreOffice computes every page as it lays the document out (its PDF shows the numbers),
// Word when it refreshes the fields. The TOC field itself goes, because a reader shows a TOC
// field's cached result as it is (LibreOffice prints the PAGEREFs inside one blank); Word's
// References > Table of Contents makes a new one when wanted. A document without a TOC field is
// left as it is. A main part the fill stage left as bytes (Package::IsParsed false) stays bytes:
// the body's tables past 64 KB (a long chronology) are set aside and put back as they were, so
// only the rest is ever a tree and a 50,000-row report costs the memory of its bytes, not of its
// tree. Covered by contents_list_test.cpp and tests/documents_test.cpp.
#pragma once

#include "docx/package.h"
#include "base/status.h"

namespace dhr {

Status FillContentsList(Package& package);

}  // namespace dhr
