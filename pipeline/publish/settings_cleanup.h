// Document settings (word/settings.xml) that identify people, machines or editing history.
//
// Input: a Package. Output: in every settings part (the document's and the glossary's):
//   removed   w:attachedTemplate and its relationship (a template path often names a user or a
//             server), w:docVars (macro variables), w:mailMerge and the relationships it names
//             (data source paths and queries), w:rsids (revision session ids), w:trackRevisions
//             (tracking is switched off for the public copy), w14:docId and w15:docId (which tie
//             the copy to its drafts);
//   set       w:removePersonalInformation and w:removeDateAndTime, so Word strips authors and
//             dates if someone saves it again, each at its CT_Settings place (docx/child_order.h),
//             since Word refuses settings out of order.
// The glossary document (word/glossary/: the building blocks and the placeholder text of content
// controls) is cleaned like the main document, not removed: content controls name its entries
// (w:placeholder/w:docPart), Word's Document Inspector keeps it too, and removing it would leave
// those references pointing at nothing. Its text parts go through every other cleaning step, the
// anonymiser and the scan as the main document's do; here its settings get the same switches.
// Each change is recorded in the report ("w:docVars removed", "w:removeDateAndTime set").
// Covered by settings_cleanup_test.cpp and tests/publish_cli_test.cpp (a glossary, through the CLI).
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void CleanSettings(Package& package, CleanReport& report);

}  // namespace dhr::publish
