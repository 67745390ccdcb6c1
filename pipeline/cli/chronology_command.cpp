// dhr chronology CASE -o OUT.docx [--stage draft|submission|publication] [--templates DIR] [--sheet NAME]
#include <iostream>

#include "pipeline/cli/commands.h"
#include "pipeline/stages/chronology_document.h"
#include "pipeline/templates/templates.h"

namespace dhr {
namespace {

struct ChronologyArgs {
  std::string case_path, output, stage = "draft", templates, sheet;
};

// The partnership's DIR/chronology.docx when it has one, else the built-in template.
Result<Package> ChronologyTemplate(FileSystem& fs, const std::string& dir) {
  auto loaded = LoadTemplates(fs, dir, {"chronology"});
  if (!loaded.ok()) return loaded.status();
  return std::move(loaded->front().package);
}

CLI::App* ChronologyOptions(CLI::App& parent, ChronologyArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "chronology",
      "Check and merge the agencies' chronologies (CASE/chronology/*.xlsx, *.csv, *.docx) into one document");
  AddCaseOption(app, "case", args.case_path);
  app.add_option("-o,--output", args.output, "where to write the chronology .docx")->required();
  app.add_option("--stage", args.stage,
                 "draft (named, OFFICIAL-SENSITIVE), submission (anonymised, OFFICIAL-SENSITIVE) or "
                 "publication (anonymised)")
      ->check(CLI::IsMember({"draft", "submission", "publication"}));
  AddTemplatesOption(app, args.templates, ": its chronology.docx replaces the built-in one");
  app.add_option("--sheet", args.sheet, "the sheet to read in .xlsx files (default: the first)");
  return &app;
}

int RunChronology(const ChronologyArgs& args) {
  FileSystem& fs = Disk();
  auto stage = stages::ParseStage(args.stage);
  if (!stage.ok()) return ReportError(stage.status());
  auto prepared = PrepareCase(fs, args.case_path);
  if (!prepared.ok()) return ReportError(prepared.status());
  ReportWarnings(prepared->warnings);

  TableOptions table;
  table.sheet = args.sheet;
  auto chronology = stages::CaseChronology(fs, *prepared, table);
  if (!chronology.ok()) return ReportError(chronology.status());
  for (const ChronologyProblem& w : chronology->warnings) ReportWarning(Problem::Warning(w.id, w.Describe()));

  auto template_package = ChronologyTemplate(fs, args.templates);
  if (!template_package.ok()) return ReportError(template_package.status());
  std::vector<Problem> warnings;
  auto staged = stages::WriteChronologyDocument(*chronology, *prepared, std::move(template_package).value(), *stage,
                                                args.output, &warnings);
  if (!staged.ok()) return ReportError(staged.status());
  ReportWarnings(warnings);
  if (!staged->clean()) {
    ReportLeaks({scan::FileScan{args.output, Status(), *staged->scan}}, args.case_path);
    return 1;
  }
  if (Status s = fs.WriteAtomic(args.output, staged->bytes, *stage == stages::Stage::kPublication ? 0644 : 0600);
      !s.ok())
    return ReportError(s);
  std::cerr << "dhr: chronology: " << chronology->entries.size() << " contacts from " << chronology->agencies.size()
            << " agencies -> " << args.output << " (" << args.stage << ")\n";
  return 0;
}

}  // namespace

Command AddChronologyCommand(CLI::App& app) { return Subcommand(app, ChronologyOptions, RunChronology); }

}  // namespace dhr
