// The subcommands of `dhr`. Each Add* registers its options on the app and returns what runs it
// when the user chose it. Exit status: 0 done; 1 a check found something; 2 bad input or usage.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "docx/status.h"

namespace dhr {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command AddTextCommand(CLI::App& app);
Command AddAnonymiseCommand(CLI::App& app);
Command AddBuildCommand(CLI::App& app);
Command AddMarkCommand(CLI::App& app);
Command AddPublishCommand(CLI::App& app);
Command AddScanCommand(CLI::App& app);
Command AddTemplatesCommand(CLI::App& app);
Command AddChronologyCommand(CLI::App& app);

// Prints "dhr: error: <where>: <message>" (each line of a multi-line message) and returns 2.
int ReportError(const Status& status);
void ReportWarning(const std::string& message);

}  // namespace dhr
