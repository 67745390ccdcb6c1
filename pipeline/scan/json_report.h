// The JSON report: every finding of every file, for tools. Carries no identifier of the case:
// each finding's context is its masked excerpt and its part the masked part name (finding.h); the
// matched text is never written. File names are written as the caller gave them (a file whose
// own name carries an identifier has a finding at location "file name").
//
// Schema (version 1; keys in this order, stable; as JSON Schema: docs/scan-report.schema.json):
//   { "tool": "dhr", "report": "scan", "schema_version": 1, "publication": bool,
//     "summary": { "files": n, "files_with_findings": n, "findings": n, "errors": n },
//     "files": [ { "file": "review.docx", "status": "clean" | "findings" | "error",
//                  "error": { "id": "zip.not_zip", "message": "..." },         (status "error" only)
//                  "findings": [ { "part": "word/document.xml", "location": "paragraph 3",
//                                  "paragraph": 3 | null, "category": "identifier",
//                                  "rule": "person:victim first name", "rule_id": "identifier.person",
//                                  "context": "…said [name] to…" } ] } ] }
// Covered by json_report_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "pipeline/scan/finding.h"

namespace dhr::scan {

nlohmann::ordered_json JsonReport(const std::vector<FileScan>& scans, bool publication);

}  // namespace dhr::scan
