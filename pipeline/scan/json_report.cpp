#include "pipeline/scan/json_report.h"

namespace dhr::scan {
namespace {

nlohmann::ordered_json FindingJson(const Finding& f) {
  nlohmann::ordered_json j;
  j["part"] = f.masked_part;
  j["location"] = f.location;
  j["paragraph"] = f.paragraph > 0 ? nlohmann::ordered_json(f.paragraph) : nlohmann::ordered_json(nullptr);
  j["category"] = CategoryName(f.category);
  j["rule"] = f.rule;
  j["rule_id"] = f.rule_id;
  j["context"] = f.masked_context;
  return j;
}

}  // namespace

nlohmann::ordered_json JsonReport(const std::vector<FileScan>& scans, bool publication) {
  size_t with_findings = 0, findings = 0, errors = 0, warnings = 0;
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileScan& scan : scans) {
    nlohmann::ordered_json file;
    file["file"] = scan.file;
    if (!scan.status.ok()) {
      ++errors;
      file["status"] = "error";
      file["error"] = {{"id", scan.status.id()}, {"message", scan.status.Describe()}};
    } else {
      file["status"] = scan.report.findings.empty() ? "clean" : "findings";
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Finding& f : scan.report.findings) list.push_back(FindingJson(f));
    findings += scan.report.findings.size();
    with_findings += scan.report.findings.empty() ? 0 : 1;
    file["findings"] = std::move(list);
    // Warnings (a child's gender beside a child's code) are for a person to look at; they do not
    // make a file fail the check.
    if (!scan.report.warnings.empty()) {
      nlohmann::ordered_json more = nlohmann::ordered_json::array();
      for (const Finding& w : scan.report.warnings) more.push_back(FindingJson(w));
      file["warnings"] = std::move(more);
      warnings += scan.report.warnings.size();
    }
    files.push_back(std::move(file));
  }
  nlohmann::ordered_json out;
  out["tool"] = "dhr";
  out["report"] = "scan";
  out["schema_version"] = 1;
  out["publication"] = publication;
  out["summary"] = {{"files", scans.size()}, {"files_with_findings", with_findings}, {"findings", findings},
                    {"errors", errors}, {"warnings", warnings}};
  out["files"] = std::move(files);
  return out;
}

}  // namespace dhr::scan
