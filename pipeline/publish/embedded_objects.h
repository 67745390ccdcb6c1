// Embedded and linked objects: a spreadsheet, a Visio drawing or another document pasted into the
// report keeps all of its native data (every sheet, every hidden row, its own author), while the
// page shows only its picture. A public copy keeps the picture and drops the object, as Word's
// "convert to picture" does.
//
// Input: a parsed WordprocessingML part (or the Package). Output: the part without the elements
// that point at an object's data: o:OLEObject (VML, embedded or linked), w:objectEmbed and
// w:objectLink (the 2010 forms) and w:control (ActiveX); the object's picture (v:shape /
// v:imagedata, or w:drawing) stays inside its w:object. The objects' relationships and parts then
// go with the unreferenced content (unreferenced_content.h). The count goes to the report under
// clean_category::kEmbeddedObjects. Covered by embedded_objects_test.cpp and
// tests/publication_matrix_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <cstddef>

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

size_t RemoveEmbeddedObjectData(xmlNode* root);

void ReplaceEmbeddedObjectsByPictures(Package& package, CleanReport& report);

}  // namespace dhr::publish
