// The subcommands of `dhr`. Each Add* registers its options on the app and returns what runs it
// when the user chose it. Exit status: 0 done; 1 a check found something; 2 bad input or usage.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <ostream>
#include <vector>
#include <string>

#include "pipeline/prepare/prepared_case.h"
#include "docx/package.h"
#include "base/status.h"
#include "pipeline/scan/finding.h"

namespace dhr {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// A subcommand of `app`: `options` adds it to `app` with its options, bound to one Args the command
// owns, and `run` reads them when the user chose it.
template <class Args>
Command Subcommand(CLI::App& app, CLI::App* (*options)(CLI::App&, Args&), int (*run)(const Args&)) {
  auto args = std::make_shared<Args>();
  CLI::App* sub = options(app, *args);
  return {sub, [args, run] { return run(*args); }};
}

// Reading and changing one .docx.
Command AddTextCommand(CLI::App& app);
Command AddAnonymiseCommand(CLI::App& app);
Command AddMarkCommand(CLI::App& app);
Command AddPublishCommand(CLI::App& app);
Command AddScanCommand(CLI::App& app);

// A case folder: starting it, checking it, building its documents from the templates.
Command AddNewCommand(CLI::App& app);
Command AddCheckCommand(CLI::App& app);
Command AddBuildCommand(CLI::App& app);
Command AddChronologyCommand(CLI::App& app);
Command AddTemplatesCommand(CLI::App& app);

// For the panel and the publication lead: the pseudonym key, the page showing what publishing changes.
Command AddKeyCommand(CLI::App& app);
Command AddReviewCommand(CLI::App& app);

// The arguments of a command that turns one document into another for a case (anonymise, publish).
struct CaseDocumentArgs {
  std::string input, case_path, output;
};
// The case folder, as the positional CASE (`name` "case") or as an option ("--case"); required.
void AddCaseOption(CLI::App& app, const std::string& name, std::string& case_path,
                   const std::string& help = "the case folder, or its case.yaml");
// --templates DIR: a folder of the partnership's own templates.
void AddTemplatesOption(CLI::App& app, std::string& dir, const std::string& help);
// Registers `input`, `--case` and `-o,--output` on `app`, with the help texts of the command.
void AddCaseDocumentOptions(CLI::App* app, CaseDocumentArgs& args, const std::string& input_help,
                            const std::string& output_help);

// The case prepared (its warnings printed) and the input open (with `open`), after refusing an
// output that is the input; or the error to report.
struct CaseDocument {
  PreparedCase prepared;
  Package package;
};
Result<CaseDocument> OpenCaseDocument(FileSystem& fs, const CaseDocumentArgs& args, const OpenOptions& open = {});

// Prints "dhr: error: <where>: <message>", one line per error of the Status, and returns 2.
int ReportError(const Status& status);
// Prints "dhr: warning: <where>: <message>".
void ReportWarning(const Problem& warning);
void ReportWarnings(const std::vector<Problem>& warnings);
// After a publication scan found something: the findings of each document, the names the case does
// not declare with the YAML to declare them, and "<subject>: ... nothing was written".
void ReportLeaks(const std::vector<scan::FileScan>& scans, const std::string& subject);

// After a scan found names the case does not declare: each once with where it was first seen,
// and the YAML fragment to paste into case.yaml (pipeline/scan/undeclared_suggestions.h). Nothing
// is printed when there is none.
void ReportUndeclared(const std::vector<scan::Finding>& findings, std::ostream& out);
// Warnings of a scan (a child's gender), one line each.
void ReportScanWarnings(const std::vector<scan::Finding>& warnings);

}  // namespace dhr
