// Unreferenced content: what nothing on the page points at any more once deletions, comments and
// hidden text are gone, yet would still travel in the file (a footnote of a deleted sentence, the
// picture of a deleted paragraph, the target of a deleted link).
//
// Input: a Package after the other cleaning passes. Output: the same package without
//   - footnotes and endnotes (w:footnote, w:endnote with no w:type or w:type="normal") whose id
//     no w:footnoteReference / w:endnoteReference names;
//   - relationships of the text parts that carry content by reference (image, hyperlink, OLE
//     object, embedded package, chart, diagram, header, footer, alternative chunk, audio, video,
//     ActiveX control, subdocument) whose id no attribute of the part names;
//   - parts no chain of relationships from the package reaches, with their own relationships.
// Counts go to the report under clean_category::kUnreferencedNotes and kUnusedRelationships,
// parts by name. Covered by unreferenced_content_test.cpp.
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void RemoveUnreferencedNotes(Package& package, CleanReport& report);
void RemoveUnusedRelationships(Package& package, CleanReport& report);
void RemoveUnreachableParts(Package& package, CleanReport& report);

}  // namespace dhr::publish
