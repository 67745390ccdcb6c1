// XML fragments parsed in place: adds elements written as text to a parsed part.
//
// Input: a parent element of a parsed part and well-formed XML text of one or more elements using
// the prefixes in scope at the parent ("<w:style w:styleId=\"Quote\">...</w:style>"). Output: the
// elements as children of the parent (before `before` when given), sharing the part's namespace
// declarations, so nothing is declared twice. Covered by style_catalog_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <string_view>

#include "docx/status.h"

namespace dhr {

Status InsertXmlFragment(xmlNode* parent, std::string_view xml, xmlNode* before = nullptr);

}  // namespace dhr
