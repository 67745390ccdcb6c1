// Writing XML text the way libxml2 writes it, for parts the fill stage emits as bytes.
//
// Input: text, attribute values, elements of a parsed part. Output: appended UTF-8 bytes: escaped
// text content, escaped attribute values, an element's start and end tags, a whole subtree
// serialised by libxml2 itself. Text is checked on the way: control characters XML forbids are
// dropped and invalid UTF-8 becomes U+FFFD, so the output always parses.
// Covered by xml_output_test.cpp and pipeline/fill/part_compiler_test.cpp (a part without tags comes out byte
// for byte as libxml2 writes it).
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dhr {

// Text content: & < > escaped, \r as &#13;.
void AppendEscapedText(std::string& out, std::string_view text);
// An attribute value: also " \n \t escaped.
void AppendEscapedAttribute(std::string& out, std::string_view value);
// "prefix:name" or "name".
std::string QualifiedName(const xmlNode* node);
// "<name xmlns:...="..." attr="...">", the element's own namespace declarations and attributes.
void AppendStartTag(std::string& out, const xmlNode* element);
void AppendEndTag(std::string& out, const xmlNode* element);
// The node and everything under it, as libxml2 serialises it inside its document.
void AppendSubtree(std::string& out, xmlNode* node);
// The XML declaration libxml2 writes for this document, with its newline.
std::string XmlDeclaration(const xmlDoc* doc);

}  // namespace dhr
