// The text report: one line per finding, for a person at a terminal.
//
//   FILE: PART: LOCATION: CATEGORY (RULE): "CONTEXT"
//   review.docx: word/document.xml: paragraph 12: identifier (person:victim first name): "…said Siân…"
//
// The context is the document's own text, unmasked: this report is for the people allowed to see
// the case. Findings about the package as a whole show "(package)" as their part. Files that could
// not be read are reported by the caller, not here. Covered by text_report_test.cpp.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "pipeline/scan/finding.h"

namespace dhr::scan {

std::string TextLine(const Finding& finding);
void WriteTextReport(const std::vector<FileScan>& scans, std::ostream& out);

}  // namespace dhr::scan
