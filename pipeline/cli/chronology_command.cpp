// dhr chronology CASE -o OUT.docx [--stage draft|submission|publication] [--templates DIR] [--sheet NAME]
#include <iostream>

#include "anonymiser/case_matcher.h"
#include "pipeline/chronology/chronology_document.h"
#include "pipeline/cli/commands.h"
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

int RunChronology(const ChronologyArgs& args) {
  FileSystem& fs = Disk();
  auto stage = ParseDocumentStage(args.stage);
  if (!stage.ok()) return ReportError(stage.status());
  auto prepared = PrepareCaseMatcher(fs, args.case_path);
  if (!prepared.ok()) return ReportError(prepared.status());
  for (const std::string& warning : prepared->warnings) ReportWarning(warning);

  TableOptions table;
  table.sheet = args.sheet;
  auto chronology = CaseChronology(fs, *prepared, table);
  if (!chronology.ok()) return ReportError(chronology.status());
  for (const ChronologyProblem& w : chronology->warnings) ReportWarning(w.Describe());

  auto template_package = ChronologyTemplate(fs, args.templates);
  if (!template_package.ok()) return ReportError(template_package.status());
  std::vector<std::string> warnings;
  auto bytes = WriteChronologyDocument(*chronology, *prepared, std::move(template_package).value(), *stage, &warnings);
  if (!bytes.ok()) {
    ReportError(bytes.status());
    return bytes.status().id() == "chronology.leak" ? 1 : 2;  // a check found something
  }
  for (const std::string& w : warnings) ReportWarning(w);
  if (Status s = fs.WriteAtomic(args.output, *bytes, *stage == DocumentStage::kDraft ? 0600 : 0644); !s.ok())
    return ReportError(s);
  std::cerr << "dhr: chronology: " << chronology->entries.size() << " contacts from " << chronology->agencies.size()
            << " agencies -> " << args.output << " (" << args.stage << ")\n";
  return 0;
}

}  // namespace

Command AddChronologyCommand(CLI::App& app) {
  auto args = std::make_shared<ChronologyArgs>();
  Command command;
  command.app = app.add_subcommand(
      "chronology",
      "Check and merge the agencies' chronologies (CASE/chronology/*.xlsx, *.csv, *.docx) into one document");
  command.app->add_option("case", args->case_path, "the case folder, or its case.yaml")->required();
  command.app->add_option("-o,--output", args->output, "where to write the chronology .docx")->required();
  command.app->add_option("--stage", args->stage,
                          "draft (named, OFFICIAL-SENSITIVE), submission (anonymised, OFFICIAL-SENSITIVE) or "
                          "publication (anonymised)")
      ->check(CLI::IsMember({"draft", "submission", "publication"}));
  command.app->add_option("--templates", args->templates,
                          "the partnership's templates folder: its chronology.docx replaces the built-in one");
  command.app->add_option("--sheet", args->sheet, "the sheet to read in .xlsx files (default: the first)");
  command.run = [args] { return RunChronology(*args); };
  return command;
}

}  // namespace dhr
