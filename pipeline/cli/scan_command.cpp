// dhr scan FILE.docx... --case CASE [--format text|json|sarif] [--publication] [--accessibility] [--suggest]
#include <iostream>

#include "pipeline/case/case_loader.h"
#include "pipeline/cli/commands.h"
#include "pipeline/scan/run_scan.h"

namespace dhr {
namespace {

struct ScanArgs {
  std::vector<std::string> files;
  std::string case_path, format = "text";
  bool publication = false;
  bool suggest = false;
  bool accessibility = false;
};

CLI::App* ScanOptions(CLI::App& parent, ScanArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "scan", "Fail (exit 1) when any identifier of the case survives anywhere in the documents: the check for CI");
  app.add_option("files", args.files, "the .docx files to scan")->required();
  AddCaseOption(app, "--case", args.case_path);
  app.add_option("--format", args.format, "text, json or sarif (SARIF 2.1.0, for code-scanning tools)");
  app.add_flag("--publication", args.publication,
               "also report what a public copy must not carry: markings, comments, tracked changes, "
               "identifying properties, hidden text, the attached template");
  app.add_flag("--accessibility", args.accessibility,
               "accessibility problems (a picture without alt text, a table without a header row, a "
               "skipped heading level, no title, no language) fail the check; with --publication alone "
               "they are warnings");
  app.add_flag("--suggest", args.suggest,
               "instead of the report, print the YAML to paste into case.yaml for the names it does not "
               "declare: each once, its likely section and where it was first seen");
  return &app;
}

int RunScanCommand(const ScanArgs& args) {
  auto format = scan::ParseScanFormat(args.format);
  if (!format.ok()) return ReportError(format.status());
  auto loaded = LoadCase(Disk(), args.case_path);
  if (!loaded.ok()) return ReportError(loaded.status());
  scan::RunScanOptions options;
  options.format = *format;
  options.publication = args.publication;
  options.suggest = args.suggest;
  options.accessibility = args.accessibility;
  return scan::RunScan(Disk(), args.files, *loaded, options, std::cout, std::cerr);
}

}  // namespace

Command AddScanCommand(CLI::App& app) { return Subcommand(app, ScanOptions, RunScanCommand); }

}  // namespace dhr
