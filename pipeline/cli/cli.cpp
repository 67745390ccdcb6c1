#include "pipeline/cli/cli.h"

#include <iostream>
#include <sstream>
#include <vector>

#include "pipeline/cli/commands.h"
#include "pipeline/scan/text_report.h"
#include "pipeline/scan/undeclared_suggestions.h"

namespace dhr {

int ReportError(const Status& status) {
  for (const Problem& error : status.problems()) std::cerr << "dhr: error: " << error.Describe() << "\n";
  return 2;
}

void ReportWarning(const Problem& warning) { std::cerr << "dhr: warning: " << warning.Describe() << "\n"; }

void ReportWarnings(const std::vector<Problem>& warnings) {
  for (const Problem& warning : warnings) ReportWarning(warning);
}

void ReportLeaks(const std::vector<scan::FileScan>& scans, const std::string& subject) {
  std::vector<scan::FileScan> found;
  std::vector<scan::Finding> all;
  for (const scan::FileScan& s : scans) {
    if (s.report.findings.empty()) continue;
    found.push_back(s);
    all.insert(all.end(), s.report.findings.begin(), s.report.findings.end());
  }
  scan::WriteTextReport(found, std::cerr);
  ReportUndeclared(all, std::cerr);
  std::cerr << "dhr: error: " << subject << ": the publication copies would still carry what the scan found "
            << "above; nothing was written\n";
}

void ReportUndeclared(const std::vector<scan::Finding>& findings, std::ostream& out) {
  const auto suggestions = scan::SuggestFromFindings(findings);
  if (suggestions.empty()) return;
  out << "dhr: " << suggestions.size() << " name(s) the case file does not declare:\n";
  for (const scan::UndeclaredSuggestion& s : suggestions)
    out << "dhr:   \"" << s.name << "\" (" << s.rule << ") first seen in " << s.first_seen << "\n";
  out << "dhr: declare them in case.yaml (this fragment is a start), or list words that are not names under "
         "allow:\n"
      << scan::SuggestionYaml(suggestions);
}

void ReportScanWarnings(const std::vector<scan::Finding>& warnings) {
  for (const scan::Finding& w : warnings)
    ReportWarning(Problem::Warning(w.rule, w.location + ": " + w.rule + ": \"" + w.context + "\"", InFile(w.file, w.part)));
}

int RunCli(int argc, char** argv) {
  CLI::App app{"dhr: fill, anonymise, mark and leak-scan the documents of a Domestic Homicide Review"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dhr " DHR_VERSION);
  std::vector<Command> commands = {AddAnonymiseCommand(app), AddBuildCommand(app),  AddCheckCommand(app),
                                   AddChronologyCommand(app), AddKeyCommand(app),    AddMarkCommand(app),
                                   AddNewCommand(app),        AddPublishCommand(app), AddReviewCommand(app),
                                   AddScanCommand(app),
                                   AddTemplatesCommand(app),
                                   AddTextCommand(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "dhr: error: " << e.what() << "\n";
    std::cerr << "Run 'dhr --help' for the commands and their options.\n";
    return 2;
  }
  for (const Command& command : commands)
    if (command.app->parsed()) return command.run();
  return 2;
}

}  // namespace dhr
