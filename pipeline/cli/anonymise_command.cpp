// dhr anonymise IN.docx --case CASE -o OUT.docx [--audit AUDIT.csv] [--strict]
//
// Names the case file does not declare are left as they are and listed, with the YAML to declare
// them (the leak scan's check, run on the anonymised copy); --strict makes them an error.
#include <iostream>

#include "anonymiser/audit_csv.h"
#include "anonymiser/document_anonymiser.h"
#include "docx/package.h"
#include "pipeline/cli/commands.h"
#include "pipeline/scan/package_scan.h"
#include "pipeline/scan/undeclared_suggestions.h"

namespace dhr {
namespace {

struct AnonymiseArgs : CaseDocumentArgs {
  std::string audit;
  bool strict = false;
};

// Names the case does not declare, found by the leak scan in the anonymised package.
Result<std::vector<scan::Finding>> UndeclaredIn(Package& package, const scan::ScanTarget& target,
                                                const std::string& name) {
  auto report = scan::ScanPackage(package, target, {});
  if (!report.ok()) return report.status();
  std::vector<scan::Finding> undeclared;
  for (scan::Finding& f : report->findings) {
    if (!scan::IsUndeclared(f)) continue;
    f.file = name;
    undeclared.push_back(std::move(f));
  }
  return undeclared;
}

CLI::App* AnonymiseOptions(CLI::App& parent, AnonymiseArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "anonymise", "Replace the case's names, places and precise dates in every part of a .docx with their codes");
  app.alias("anonymize");
  AddCaseDocumentOptions(&app, args, "the .docx to anonymise (never modified)", "where to write the anonymised .docx");
  app.add_option("--audit", args.audit, "write a CSV of every replacement (holds real names: created owner-only)");
  app.add_flag("--strict", args.strict,
               "fail (exit 1, nothing written) when names the case file does not declare are left");
  return &app;
}

int RunAnonymise(const AnonymiseArgs& args) {
  FileSystem& fs = Disk();
  auto opened = OpenCaseDocument(fs, args);
  if (!opened.ok()) return ReportError(opened.status());
  const PreparedCase& prepared = opened->prepared;
  Package& package = opened->package;
  std::vector<AuditRow> audit;
  if (Status s = AnonymiseDocument(package, *prepared.matcher, &audit); !s.ok()) return ReportError(s);
  auto undeclared = UndeclaredIn(package, *prepared.scan_target, args.output);
  if (!undeclared.ok()) return ReportError(undeclared.status());
  if (!undeclared->empty()) {
    ReportUndeclared(*undeclared, std::cerr);
    if (args.strict) {
      std::cerr << "dhr: error: " << args.input << ": names the case file does not declare are left (--strict); "
                << "nothing was written\n";
      return 1;
    }
  }

  // The audit holds the real identifiers: owner-only, and written before the document so that a
  // failure leaves neither.
  if (!args.audit.empty()) {
    if (Status s = fs.WriteAtomic(args.audit, AuditCsv(audit), 0600); !s.ok()) return ReportError(s);
  }
  if (Status s = package.SaveFile(fs, args.output); !s.ok()) {
    if (!args.audit.empty()) std::remove(args.audit.c_str());
    return ReportError(s);
  }
  size_t ambiguous = 0;
  for (const AuditRow& row : audit) ambiguous += row.ambiguous;
  std::cerr << "dhr: anonymised " << args.input << " -> " << args.output << ": " << audit.size()
            << " replacements";
  if (ambiguous) std::cerr << " (" << ambiguous << " ambiguous: check them in the audit)";
  std::cerr << "\n";
  return 0;
}

}  // namespace

Command AddAnonymiseCommand(CLI::App& app) { return Subcommand(app, AnonymiseOptions, RunAnonymise); }

}  // namespace dhr
