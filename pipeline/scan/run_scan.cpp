#include "pipeline/scan/run_scan.h"

#include "pipeline/scan/undeclared_suggestions.h"

#include <libxml/parser.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "docx/package.h"
#include "pipeline/scan/json_report.h"
#include "pipeline/scan/package_scan.h"
#include "pipeline/scan/sarif_report.h"
#include "pipeline/scan/text_report.h"

namespace dhr::scan {
namespace {

FileScan ScanFile(FileSystem& fs, const std::string& file, const ScanTarget& target, const ScanOptions& options) {
  FileScan scan;
  scan.file = file;
  scan.report.file = file;
  try {
    OpenOptions open;
    open.file_name = file;
    open.parse_on_first_use_over = options.walk.stream_over;  // a long document is read in pieces
    open.check_unparsed = false;  // by the piece walk, which reports a malformed part (part_walk.h)
    auto package = Package::OpenFile(fs, file, open);
    if (!package.ok()) {
      scan.status = package.status().At(file);
      return scan;
    }
    auto report = ScanPackage(*package, target, options);
    if (!report.ok()) {
      scan.status = report.status().At(file);
      return scan;
    }
    scan.report = std::move(report).value();
  } catch (const std::exception& e) {
    scan.status = Status::Error("scan.internal", std::string("the scan failed: ") + e.what(), Location{file, {}, 0, 0});
  }
  return scan;
}

// Scans every file on up to `threads` threads; results in the order of `files`.
std::vector<FileScan> ScanAll(FileSystem& fs, const std::vector<std::string>& files, const ScanTarget& target,
                              const ScanOptions& options, unsigned threads) {
  std::vector<FileScan> scans(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) scans[i] = ScanFile(fs, files[i], target, options);
  };
  const unsigned count = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(files.size())));
  std::vector<std::thread> pool;
  try {
    for (unsigned t = 1; t < count; ++t) pool.emplace_back(work);
  } catch (const std::exception&) {
    // No more threads to be had: the calling thread does the rest.
  }
  work();
  for (std::thread& t : pool) t.join();
  return scans;
}

void WriteError(std::ostream& err, const Status& status) { err << "dhr: error: " << status.Describe() << '\n'; }

// Indented JSON; bytes that are not UTF-8 (a file name, say) become U+FFFD instead of failing.
std::string Dumped(const nlohmann::ordered_json& json) {
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

Result<ScanFormat> ParseScanFormat(std::string_view name) {
  if (name == "text") return ScanFormat::kText;
  if (name == "json") return ScanFormat::kJson;
  if (name == "sarif") return ScanFormat::kSarif;
  return Status::Error("scan.format", "unknown report format \"" + std::string(name) +
                                          "\": use text, json or sarif");
}

int RunScan(FileSystem& fs, const std::vector<std::string>& files, const Case& case_model,
            const RunScanOptions& options, std::ostream& out, std::ostream& err) {
  auto target = CompileScanTarget(case_model);
  if (!target.ok()) {
    WriteError(err, target.status());
    return 2;
  }
  // libxml2 must be initialised once before threads parse.
  xmlInitParser();
  ScanOptions scan_options;
  scan_options.publication = options.publication;
  scan_options.undeclared = options.undeclared;
  scan_options.accessibility = options.accessibility;
  const std::vector<FileScan> scans = ScanAll(fs, files, *target, scan_options, options.threads);

  bool any_error = false;
  bool any_finding = false;
  for (const FileScan& scan : scans) {
    if (!scan.status.ok()) {
      WriteError(err, scan.status);
      any_error = true;
    }
    any_finding = any_finding || !scan.report.findings.empty();
  }
  for (const FileScan& scan : scans)
    for (const Finding& w : scan.report.warnings) err << "dhr: warning: " << TextLine(w) << '\n';
  if (options.suggest) {
    std::vector<Finding> all;
    for (const FileScan& scan : scans) all.insert(all.end(), scan.report.findings.begin(), scan.report.findings.end());
    out << SuggestionYaml(SuggestFromFindings(all));
    out.flush();
    return any_error ? 2 : any_finding ? 1 : 0;
  }
  switch (options.format) {
    case ScanFormat::kText: WriteTextReport(scans, out); break;
    case ScanFormat::kJson: out << Dumped(JsonReport(scans, options.publication)) << '\n'; break;
    case ScanFormat::kSarif: out << Dumped(SarifReport(scans)) << '\n'; break;
  }
  out.flush();
  if (any_error) return 2;
  return any_finding ? 1 : 0;
}

int RunScan(const std::vector<std::string>& files, const Case& case_model, ScanFormat format, bool publication,
            std::ostream& out, std::ostream& err) {
  RunScanOptions options;
  options.format = format;
  options.publication = publication;
  return RunScan(Disk(), files, case_model, options, out, err);
}

}  // namespace dhr::scan
