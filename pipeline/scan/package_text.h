// Package text: every piece of text of a package where an identifier could hide, each with its
// place, read through the package's container and XML layer only.
//
// Input: an open Package. Output, through a callback, one TextItem per
//   - paragraph (w:p, a:p) of every XML part: its text and its tracked-change readings
//     (paragraph_text.h); location "paragraph N";
//   - attribute value of every element of every XML part (w:author, descr, title, w:val of tags
//     and aliases, w:instr, w:name of bookmarks, v:textpath's string...); location
//     "attribute w:author of w:comment" (with " in paragraph N" inside one);
//   - text outside paragraphs (document properties, custom XML items...); location
//     "property dc:creator", "custom property 2" or "text of ns:element";
//   - XML comment; location "XML comment";
//   - relationship target; location "relationship rId5 target";
//   - part name; location "part name";
//   - readable string inside a part that is not XML (binary_strings.h); location
//     "string at byte N".
// Locations are built from element names and numbers only, never from the document's text. In
// custom XML (customXml/), whose element and attribute names are the author's own, elements and
// attributes are numbered instead ("text of element 3"), and their names are items too
// ("name of element 3").
// Items are given part by part in the package's stored order. Covered by package_scan_test.cpp.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "docx/package.h"
#include "pipeline/scan/paragraph_text.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {

enum class TextOrigin {
  kParagraph,
  kElementText,
  kAttribute,
  kTimestamp,  // a machine timestamp: dcterms:created, w:date...
  kXmlComment,
  kRelationshipTarget,
  kPartName,
  kBinaryString,
};

struct TextItem {
  std::string part;
  std::string location;
  int paragraph = 0;  // 1-based; 0 when not in a paragraph
  TextOrigin origin = TextOrigin::kParagraph;
  std::string text;
  std::vector<TextReading> other_readings;  // tracked-change readings of a paragraph
};

// What else looks at the elements of an XML part (not relationships) while its text is read: the
// visitors given for a part see the same walk (xml_walk.h), so a large part is read once.
using PartVisitors = std::function<std::vector<ElementVisitor>(const PartInfo& part)>;

// Borrows the package for the duration of the call; the item passed to `visit` lives only during
// that call. An error when an XML part does not parse.
Status ForEachTextItem(Package& package, const std::function<void(const TextItem&)>& visit,
                       const PartVisitors& more = {}, const WalkLimits& limits = {});

}  // namespace dhr::scan
