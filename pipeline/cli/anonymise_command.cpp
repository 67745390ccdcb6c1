// dhr anonymise IN.docx --case CASE -o OUT.docx [--audit AUDIT.csv]
#include <iostream>

#include "anonymiser/audit_csv.h"
#include "anonymiser/case_matcher.h"
#include "anonymiser/document_anonymiser.h"
#include "docx/package.h"
#include "pipeline/cli/commands.h"

namespace dhr {
namespace {

struct AnonymiseArgs {
  std::string input, case_path, output, audit;
};

int RunAnonymise(const AnonymiseArgs& args) {
  FileSystem& fs = Disk();
  if (fs.SameFile(args.input, args.output) || args.input == args.output)
    return ReportError(Status::Error("cli.overwrite_input", "the output must not be the input file", InFile(args.output)));
  auto prepared = PrepareCaseMatcher(fs, args.case_path);
  if (!prepared.ok()) return ReportError(prepared.status());
  for (const std::string& warning : prepared->warnings) ReportWarning(warning);

  auto package = Package::OpenFile(fs, args.input);
  if (!package.ok()) return ReportError(package.status());
  std::vector<AuditRow> audit;
  if (Status s = AnonymiseDocument(*package, *prepared->matcher, &audit); !s.ok()) return ReportError(s);

  // The audit holds the real identifiers: owner-only, and written before the document so that a
  // failure leaves neither.
  if (!args.audit.empty()) {
    if (Status s = fs.WriteAtomic(args.audit, AuditCsv(audit), 0600); !s.ok()) return ReportError(s);
  }
  if (Status s = package->SaveFile(fs, args.output); !s.ok()) {
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

Command AddAnonymiseCommand(CLI::App& app) {
  auto args = std::make_shared<AnonymiseArgs>();
  Command command;
  command.app = app.add_subcommand(
      "anonymise", "Replace the case's names, places and precise dates in every part of a .docx with their codes");
  command.app->alias("anonymize");
  command.app->add_option("input", args->input, "the .docx to anonymise (never modified)")->required();
  command.app->add_option("--case", args->case_path, "the case folder, or its case.yaml")->required();
  command.app->add_option("-o,--output", args->output, "where to write the anonymised .docx")->required();
  command.app->add_option("--audit", args->audit,
                          "write a CSV of every replacement (holds real names: created owner-only)");
  command.run = [args] { return RunAnonymise(*args); };
  return command;
}

}  // namespace dhr
