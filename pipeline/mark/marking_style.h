// The "DhrMarking" paragraph style, by which the marking stage finds its own paragraphs again.
//
// Input: a Package. Output: the style added to (or removed from) the main document's styles part,
// and the set of style ids that mean "a marking paragraph": DhrMarking, and the id of any style
// named "DHR Marking" (LibreOffice rewrites style ids from names when it saves a .docx).
// The style centres the line, sets it in bold and adds no space around it.
// Covered by mark_test.cpp and strip_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <set>
#include <string>

#include "docx/package.h"
#include "base/status.h"

namespace dhr {

inline constexpr const char* kMarkingStyleId = "DhrMarking";
inline constexpr const char* kMarkingStyleName = "DHR Marking";

// Adds the style to the styles part, creating the part when the document has none. Does nothing
// when a style with that id is there already.
Status AddMarkingStyle(Package& package);

// The ids of our style in this document (always includes kMarkingStyleId).
std::set<std::string> MarkingStyleIds(Package& package);

// Whether a w:p has one of these paragraph styles.
bool HasParagraphStyle(const xmlNode* paragraph, const std::set<std::string>& style_ids);

// Removes our style definitions from the styles part.
void RemoveMarkingStyle(Package& package);

}  // namespace dhr
