#include "pipeline/scan/text_report.h"

namespace dhr::scan {

std::string TextLine(const Finding& finding) {
  return finding.file + ": " + (finding.part.empty() ? "(package)" : finding.part) + ": " + finding.location + ": " +
         CategoryName(finding.category) + " (" + finding.rule + "): \"" + finding.context + "\"";
}

void WriteTextReport(const std::vector<FileScan>& scans, std::ostream& out) {
  for (const FileScan& scan : scans)
    for (const Finding& finding : scan.report.findings) out << TextLine(finding) << '\n';
}

}  // namespace dhr::scan
