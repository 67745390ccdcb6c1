// dhr mark IN.docx --marking OFFICIAL|OFFICIAL-SENSITIVE [--descriptor TEXT] [--draft N] -o OUT.docx
// dhr mark IN.docx --strip -o OUT.docx
#include <iostream>

#include "docx/package.h"
#include "pipeline/cli/commands.h"
#include "pipeline/mark/mark.h"

namespace dhr {
namespace {

struct MarkArgs {
  std::string input, output, marking, descriptor;
  int draft = 0;
  bool strip = false;
};

CLI::App* MarkOptions(CLI::App& parent, MarkArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "mark", "Mark a draft OFFICIAL or OFFICIAL-SENSITIVE at the top and bottom of every page, or strip markings");
  app.add_option("input", args.input, "the .docx to mark (never modified)")->required();
  app.add_option("--marking", args.marking, "OFFICIAL or OFFICIAL-SENSITIVE");
  app.add_option("--descriptor", args.descriptor, "a descriptor after OFFICIAL-SENSITIVE, e.g. PERSONAL");
  app.add_option("--draft", args.draft, "add \"DRAFT N\" to the header")->check(CLI::PositiveNumber);
  app.add_flag("--strip", args.strip,
               "remove our markings and draft numbering, and markings typed by hand into headers and footers");
  app.add_option("-o,--output", args.output, "where to write the result")->required();
  return &app;
}

int RunMark(const MarkArgs& args) {
  FileSystem& fs = Disk();
  if (args.strip == !args.marking.empty())
    return ReportError(Status::Error("cli.usage", "give either --marking or --strip"));
  MarkingOptions options;
  if (!args.strip) {
    auto classification = ParseClassification(args.marking);
    if (!classification.ok()) return ReportError(classification.status());
    options.classification = *classification;
    options.descriptor = args.descriptor;
    if (args.draft > 0) options.draft_number = args.draft;
    if (Status s = CheckMarkingOptions(options); !s.ok()) return ReportError(s);
  }
  auto package = Package::OpenFile(fs, args.input);
  if (!package.ok()) return ReportError(package.status());
  if (args.strip) {
    StripReport report;
    if (Status s = StripMarkings(*package, &report); !s.ok()) return ReportError(s.At(args.input));
    if (Status s = package->SaveFile(fs, args.output); !s.ok()) return ReportError(s);
    std::cerr << "dhr: removed " << report.removed.size() << " marking(s) from " << args.input << " -> " << args.output
              << "\n";
    return 0;
  }
  if (Status s = MarkDocument(*package, options); !s.ok()) return ReportError(s.At(args.input));
  if (Status s = package->SaveFile(fs, args.output); !s.ok()) return ReportError(s);
  std::cerr << "dhr: marked " << args.output << " " << MarkingLine(options) << "\n";
  return 0;
}

}  // namespace

Command AddMarkCommand(CLI::App& app) { return Subcommand(app, MarkOptions, RunMark); }

}  // namespace dhr
