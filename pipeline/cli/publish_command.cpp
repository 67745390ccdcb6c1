// dhr publish IN.docx --case CASE -o OUT.docx [--reject-on-revisions]
//
// The public copy, failing closed: anonymise, strip markings, remove what a public copy must not
// carry, then run the leak scan (--publication) on the result held in memory; write nothing and
// exit 1 if it finds anything. The Home Office data form is refused: it is never published.
#include <iostream>

#include "pipeline/prepare/prepared_case.h"
#include "pipeline/cli/commands.h"
#include "pipeline/publish/publish.h"
#include "pipeline/scan/text_report.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr {
namespace {

struct PublishArgs : CaseDocumentArgs {
  bool reject_on_revisions = false;
};

CLI::App* PublishOptions(CLI::App& parent, PublishArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "publish",
      "Make the public copy: anonymise, strip markings, remove comments, tracked changes and identifying "
      "metadata, then leak-scan it; nothing is written unless the scan is clean");
  AddCaseDocumentOptions(&app, args, "the approved report (never modified)", "where to write the public copy");
  app.add_flag("--reject-on-revisions", args.reject_on_revisions,
               "refuse a document with tracked changes instead of accepting them");
  return &app;
}

int RunPublish(const PublishArgs& args) {
  FileSystem& fs = Disk();
  // A long report's body is not made a tree: publication sets its inert tables aside, anonymises
  // it paragraph by paragraph and scans it in pieces (Open still checks it is well-formed).
  OpenOptions open;
  open.parse_on_first_use_over = scan::WalkLimits{}.stream_over;
  auto opened = OpenCaseDocument(fs, args, open);
  if (!opened.ok()) return ReportError(opened.status());

  publish::PublishOptions options;
  options.reject_on_revisions = args.reject_on_revisions;
  options.output_name = args.output;
  auto outcome = publish::PublishPackage(opened->package, opened->prepared, options);
  if (!outcome.ok()) return ReportError(outcome.status());
  ReportScanWarnings(outcome->scan.warnings);
  if (!outcome->clean()) {
    scan::WriteTextReport({scan::FileScan{args.output, {}, outcome->scan}}, std::cerr);
    ReportUndeclared(outcome->scan.findings, std::cerr);
    std::cerr << "dhr: error: " << args.input << ": the public copy would still carry "
              << outcome->scan.findings.size() << " finding(s) above; nothing was written\n";
    return 1;
  }
  if (Status s = fs.WriteAtomic(args.output, outcome->bytes); !s.ok()) return ReportError(s);
  for (const std::string& line : outcome->cleaned.Lines()) std::cerr << "dhr: " << line << "\n";
  std::cerr << "dhr: published " << args.output << ": anonymised, markings stripped, cleaned, scanned clean\n";
  return 0;
}

}  // namespace

Command AddPublishCommand(CLI::App& app) { return Subcommand(app, PublishOptions, RunPublish); }

}  // namespace dhr
