// The cleaning step of publication: removes from a Word package everything a public copy must not
// carry and that no reader of the page would see.
//
// Input: an open Package (the approved, anonymised report) and CleanOptions. Output: the same
// Package, edited in place, and a CleanReport of what went, by category and count. In order:
//   1. tracked changes accepted in every WordprocessingML part (tracked_changes.h), the way
//      Word's "Accept All Changes" leaves the text;
//   2. comments deleted, with their anchors, people.xml and their relationships (comments.h);
//   3. hidden text removed (hidden_text.h), with the styles of each part;
//   4. custom XML data stores, content-control data bindings and custom XML / smart tag markup
//      (custom_xml.h);
//   5. identifying settings removed, Word's "remove personal information" switched on
//      (settings_cleanup.h);
//   6. identifying document properties, custom properties and the thumbnail (docProps/)
//      (document_properties_cleanup.h), and the printer settings (printer_settings.h);
//   7. embedded and linked objects replaced by their picture (embedded_objects.h), and the
//      metadata of every picture removed (image_metadata.h);
//   8. footnotes, relationships and parts nothing refers to any more (unreferenced_content.h);
//   9. revision session ids (revision_session_ids.h).
// Parts nothing changed in are left byte for byte. Alt text, bookmark names and content-control
// tags stay: the anonymiser rewrites them, and the scan checks them.
//
// With options.reject_on_revisions, a document holding tracked changes is refused instead
// ("publish.tracked_changes", saying how many) and the package is left untouched, so a
// publication lead can review each change in Word rather than have them all accepted.
// Covered by clean_test.cpp (one fixture per category) and clean_corpus_test.cpp (real files,
// read back by LibreOffice and python-docx).
#pragma once

#include "docx/package.h"
#include "base/status.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

struct CleanOptions {
  // Refuse a document with tracked changes rather than accept them.
  bool reject_on_revisions = false;
};

// The number of tracked changes in all WordprocessingML parts; reads only.
size_t CountTrackedChangesIn(Package& package);

// `report` may be nullptr; when given, what was removed is added to it.
Status CleanForPublication(Package& package, const CleanOptions& options, CleanReport* report);

}  // namespace dhr::publish
