// The schema order of the children of the WordprocessingML elements dhr edits, in one table, and
// insertion at that order.
//
// Input: an element among w:sectPr, w:pPr, w:rPr, w:tcPr, w:tblPr and w:settings, and a new child
// of it. Output: the child linked in at the place ECMA-376 Transitional (wml.xsd: CT_SectPr,
// CT_PPr, CT_RPr, CT_TcPr, CT_TblPr, CT_Settings) gives it among the children already there,
// after any children of its own name. Word refuses or "repairs" parts whose children are out of
// order where LibreOffice forgives them, so every edit that adds such a child goes through here,
// never to a fixed place. The new child goes right after the last child the schema puts at or
// before it, else right before the first one it knows; children the table does not know
// (extension namespaces, mc:AlternateContent) do not count. A child or parent the table does not
// know is appended.
// Covered by child_order_test.cpp and tests/schema_test.cpp.
#pragma once

#include <libxml/tree.h>

namespace dhr {

// Links `child` (a new, unlinked element) into `parent` at its schema place; returns `child`.
xmlNode* InsertInSchemaOrder(xmlNode* parent, xmlNode* child);

// The first w:`local` child of `parent`, created (in the parent's namespace) at its schema place
// when there is none.
xmlNode* SchemaChild(xmlNode* parent, const char* local);

// True when the table knows `parent`'s children and orders `local` among them.
bool HasSchemaPlace(const xmlNode* parent, const char* local);

}  // namespace dhr
