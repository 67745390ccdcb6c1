// XML fragments parsed in place: adds elements written as text to a parsed part.
//
// Input: a parent element of a parsed part and well-formed XML text of one or more elements using
// the prefixes in scope at the parent ("<w:style w:styleId=\"Quote\">...</w:style>"). Output: the
// elements as children of the parent (before `before` when given), sharing the part's namespace
// declarations, so nothing is declared twice. The "w" and "r" prefixes are declared on the root
// when the part names them otherwise. Covered by pipeline/fill/fill_markdown_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <string_view>

#include "base/status.h"

namespace dhr {

Status InsertXmlFragment(xmlNode* parent, std::string_view xml, xmlNode* before = nullptr);

// Makes `prefix` name `uri` on the root element (declaring it there when it names nothing), so
// text written with "w:" and "r:" names means WordprocessingML whatever prefixes the part uses.
// False when the root already binds the prefix to another namespace.
bool DeclarePrefix(xmlNode* root, const char* prefix, const char* uri);

}  // namespace dhr
