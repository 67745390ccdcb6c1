#include "pipeline/cli/cli.h"

#include <iostream>
#include <sstream>
#include <vector>

#include "pipeline/cli/commands.h"
#include "pipeline/scan/undeclared_suggestions.h"

namespace dhr {

int ReportError(const Status& status) {
  if (!status.errors().empty()) {  // every error of a case file, each with its own place
    for (const Status& error : status.errors()) std::cerr << "dhr: error: " << error.Describe() << "\n";
  } else if (status.message().find('\n') != std::string::npos) {  // a templates folder's mistakes, one a line
    std::istringstream lines(status.message());
    for (std::string line; std::getline(lines, line);)
      if (!line.empty()) std::cerr << "dhr: error: " << line << "\n";
  } else {
    std::cerr << "dhr: error: " << status.Describe() << "\n";
  }
  return 2;
}

void ReportWarning(const std::string& message) {
  const std::string text = message.find(": warning: ") != std::string::npos
                               ? message.substr(0, message.find(": warning: ")) + ": " +
                                     message.substr(message.find(": warning: ") + 11)
                               : message;
  std::cerr << "dhr: warning: " << text << "\n";
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
    ReportWarning(w.file + ": " + w.part + ": " + w.location + ": " + w.rule + ": \"" + w.context + "\"");
}

int RunCli(int argc, char** argv) {
  CLI::App app{"dhr: fill, anonymise, mark and leak-scan the documents of a Domestic Homicide Review"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dhr " DHR_VERSION);
  std::vector<Command> commands = {AddAnonymiseCommand(app), AddBuildCommand(app), AddChronologyCommand(app), AddMarkCommand(app), AddPublishCommand(app), AddScanCommand(app),
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
