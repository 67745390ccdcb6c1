// Accessibility checks: what GOV.UK's guidance for accessible documents asks of a public copy,
// checked in the package's markup (the Public Sector Bodies Accessibility Regulations 2018).
//
// Input: an open Package. Output: one Finding (category accessibility) for each of
//   - a picture (a DrawingML pic:pic, or a VML v:imagedata) with no alt text (wp:docPr descr or
//     title, the VML shape's alt), unless it is marked decorative;            accessibility.alt-text
//   - a table of the main document of two rows or more whose first row is not a header row that
//     repeats across pages (w:trPr/w:tblHeader);                              accessibility.table-header
//   - a heading more than one level below the heading before it (a Heading 3 after a Heading 1),
//     or a first heading below level 1; levels come from the paragraph's outline level, its style's
//     (w:outlineLvl, through w:basedOn) or a "heading N" style name;          accessibility.heading-order
//   - no document title (dc:title of docProps/core.xml, or no core properties);  accessibility.title
//   - no default language (w:lang w:val in the styles' w:docDefaults).        accessibility.language
// Findings describe what is missing without quoting the document (a picture is named by its
// numeric id only), so their excerpts need no masking. The package is read, never changed.
// Covered by accessibility_test.cpp.
#pragma once

#include <memory>
#include <vector>

#include "docx/package.h"
#include "pipeline/scan/finding.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {

// Findings without their file set.
// The checks over the walks of the parts (main document, headers, footers, notes): VisitorsFor
// each part walked (none for the others), then Findings once. The package and the parts must
// outlive it.
class AccessibilityChecks {
 public:
  explicit AccessibilityChecks(Package& package);
  ~AccessibilityChecks();
  std::vector<ElementVisitor> VisitorsFor(const PartInfo& part);
  std::vector<Finding> Findings();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The same, walking the parts itself.
std::vector<Finding> AccessibilityFindings(Package& package);

}  // namespace dhr::scan
