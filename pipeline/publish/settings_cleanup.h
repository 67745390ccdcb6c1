// Document settings (word/settings.xml) that identify people, machines or editing history.
//
// Input: a Package. Output: in every settings part (the document's and the glossary's):
//   removed   w:attachedTemplate and its relationship (a template path often names a user or a
//             server), w:docVars (macro variables), w:mailMerge and the relationships it names
//             (data source paths and queries), w:rsids (revision session ids), w:trackRevisions
//             (tracking is switched off for the public copy), w14:docId and w15:docId (which tie
//             the copy to its drafts);
//   set       in the main document's settings, w:removePersonalInformation and
//             w:removeDateAndTime, so Word strips authors and dates if someone saves it again.
//             They are placed where the CT_Settings sequence of ECMA-376 puts them (after
//             w:writeProtection, w:view and w:zoom), since Word refuses settings out of order.
// Each change is recorded in the report ("w:docVars removed", "w:removeDateAndTime set").
// Covered by settings_cleanup_test.cpp.
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void CleanSettings(Package& package, CleanReport& report);

}  // namespace dhr::publish
