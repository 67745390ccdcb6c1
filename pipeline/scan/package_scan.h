// ScanPackage: the leak scan of one open package, the check that a document meant for
// publication carries no identifier of the case.
//
// Input: a Package, the ScanTarget compiled from the case, and options. Output: a ScanReport with
// one Finding per identifier, precise date or generic identifier found in any text of any part
// (package_text.h says where it looks) and in the file's own name (location "file name"), in the
// package's part order and text order; with
// `publication`, also markings and draft numbering in any text, and what a public copy must not
// carry (publication_checks.h) and, as warnings, gendered words beside a child's code and
// accessibility problems (accessibility.h; findings instead with `accessibility`). Names the
// case does not declare (undeclared.h) are looked for where people write prose: paragraphs, alt
// text, titles, the document's title and subject. The scan reads the package and never changes it. It shares no
// code with the anonymiser: its folding, its variants and its engine (ICU regular expressions) are
// its own, so the two can check each other.
// Each XML part is walked once for the text and every check (xml_walk.h): a part left unparsed at
// Open (OpenOptions::parse_on_first_use_over) and larger than ScanOptions::walk.stream_over is read
// in pieces, never made a tree, so a long report costs the memory of a piece.
// A ScanTarget may be shared by threads scanning different packages at once.
// Covered by package_scan_test.cpp.
#pragma once

#include "docx/package.h"
#include "base/status.h"
#include "pipeline/scan/finding.h"
#include "pipeline/scan/scan_target.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {

struct ScanOptions {
  bool publication = false;  // also what a public copy must not carry
  bool undeclared = true;    // also names the case does not declare, where people write prose
  // Accessibility problems (accessibility.h): reported as warnings with `publication` or with this
  // set, and then as findings that fail the check.
  bool accessibility = false;
  size_t context_chars = 30;  // excerpt radius, in characters
  WalkLimits walk;            // when a part is read in pieces rather than as one tree (xml_walk.h)
};

Result<ScanReport> ScanPackage(Package& package, const ScanTarget& target, const ScanOptions& options);

}  // namespace dhr::scan
