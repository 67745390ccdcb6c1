// Publication checks: what a public copy of a review must not carry, beyond the text itself.
//
// Input: an open Package. Output: one Finding (category publication) for each of
//   - each comment (w:comment) of a comments part;
//   - tracked changes: per part and per kind of change (w:ins, w:del, w:moveFrom, w:moveTo,
//     w:rPrChange, w:pPrChange, w:sectPrChange, table and numbering changes...), with a count and
//     the first paragraph;
//   - identifying document properties that are set: dc:creator, cp:lastModifiedBy, cp:keywords,
//     dc:description, cp:category, cp:contentStatus, Company, Manager, HyperlinkBase, and every
//     custom property;
//   - hidden text (hidden_text.h);
//   - in the settings: an attached template, document variables, mail-merge settings, and
//     w:removePersonalInformation missing (or the settings part missing altogether);
//   - customXml data parts, a people part (the comment and revision authors), a thumbnail.
// Markings and draft numbering in the text are found by the text rules (text_rules.h). Findings
// describe what was found without quoting the document, so their excerpts need no masking.
// Covered by publication_checks_test.cpp.
#pragma once

#include <memory>
#include <vector>

#include "docx/package.h"
#include "pipeline/scan/finding.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {

// Findings without their file set. Reads the package, never changes it.
// The checks over the walks of the package's parts: VisitorsFor each XML part (but relationships)
// walked, then Findings once. The package and the parts must outlive it.
class PublicationChecks {
 public:
  explicit PublicationChecks(Package& package);
  ~PublicationChecks();
  std::vector<ElementVisitor> VisitorsFor(const PartInfo& part);
  std::vector<Finding> Findings();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The same, walking every part itself.
std::vector<Finding> PublicationFindings(Package& package);

}  // namespace dhr::scan
