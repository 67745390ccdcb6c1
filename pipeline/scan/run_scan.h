// RunScan: the `dhr scan` command as a function, for the command line and for tests.
//
// Input: the files to scan, the case, the report format and whether the files are meant for
// publication. Output: the report on `out` (text, JSON or SARIF; see text_report.h, json_report.h,
// sarif_report.h), one line "dhr: error: FILE: ..." on `err` per file that could not be read (or
// one for a case that cannot be compiled), and the exit status:
//   0  every file was read and none has a finding
//   1  at least one finding (and every file was read)
//   2  bad input: a file that is not a readable Word document, or a case that cannot be used
// Files are scanned on up to two threads sharing one compiled ScanTarget; the report keeps the
// order in which the files were given. With `suggest`, the report is replaced by the YAML
// fragment for the names the case does not declare (undeclared_suggestions.h); the exit status is
// the same. Warnings (a child's gender) are written to `err`. Never throws. Covered by run_scan_test.cpp.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "docx/file_io.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr::scan {

enum class ScanFormat { kText, kJson, kSarif };

// "text", "json" or "sarif".
Result<ScanFormat> ParseScanFormat(std::string_view name);

struct RunScanOptions {
  ScanFormat format = ScanFormat::kText;
  bool publication = false;
  unsigned threads = 2;  // at most; never more than the files
  bool suggest = false;  // print the YAML fragment for undeclared names instead of the report
  bool undeclared = true;  // look for names the case does not declare (off only to measure its cost)
  bool accessibility = false;  // accessibility problems fail the check (warnings with `publication` alone)
};

int RunScan(const std::vector<std::string>& files, const Case& case_model, ScanFormat format, bool publication,
            std::ostream& out, std::ostream& err);

// The same, reading the files through `fs` (an in-memory file system in tests).
int RunScan(FileSystem& fs, const std::vector<std::string>& files, const Case& case_model,
            const RunScanOptions& options, std::ostream& out, std::ostream& err);

}  // namespace dhr::scan
