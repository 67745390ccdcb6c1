// The SARIF 2.1.0 report, for CI systems and code-scanning dashboards. Carries no identifier of
// the case: messages hold masked excerpts and masked part names only (finding.h).
//
// One run: tool.driver is "dhr" with the rule catalogue (rule_catalogue.h) as its rules; one
// result per finding, level "error", with ruleId and ruleIndex, a message naming the category,
// rule, part and location and showing the masked excerpt, a physical location whose artifact URI
// is the file, and a logical location naming the part and the paragraph (or attribute, property,
// relationship). Files that could not be read are tool execution notifications of the run's
// invocation, which is then not successful. Covered by sarif_report_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "pipeline/scan/finding.h"

namespace dhr::scan {

inline constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

nlohmann::ordered_json SarifReport(const std::vector<FileScan>& scans);

// A file path as a URI reference: characters outside RFC 3986's unreserved set and '/' are
// percent-encoded ("my review.docx" -> "my%20review.docx").
std::string FileUri(const std::string& path);

}  // namespace dhr::scan
