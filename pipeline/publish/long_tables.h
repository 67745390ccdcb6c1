// Long tables set aside while a report is cleaned: a chronology of thousands of rows holds nothing
// the cleaning step removes, and making it a tree is most of the cost of publishing it.
//
// Input: a Package whose main part is held as bytes (a report dhr built, or one opened with
// OpenOptions::parse_on_first_use_over). Output: the body's tables of 64 KB or more that are inert
// set aside (docx/set_aside.h): every element of them is one of the plain table, paragraph and run
// formatting elements of WordprocessingML (w:tbl, w:tr, w:tc, w:p, w:r, w:t, their properties,
// widths, borders and shading) with only value, size, spacing and font attributes. No tracked
// change, comment anchor, revision session id, relationship (r:id), note reference, field,
// content control, custom XML, object or drawing can be in them, and none is set aside when a style
// of the package hides text. What the cleaning step removes is therefore never in what it does not
// see; what the anonymiser and the scan read, they still read (the tables are put back first).
// Covered by long_tables_test.cpp.
#pragma once

#include "base/status.h"
#include "docx/package.h"
#include "docx/set_aside.h"

namespace dhr::publish {

Result<SetAsideTables> SetAsideInertTables(Package& package);

}  // namespace dhr::publish
