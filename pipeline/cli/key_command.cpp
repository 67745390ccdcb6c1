// dhr key CASE -o KEY.docx [--templates DIR]
//
// The panel's pseudonym key (pipeline/stages/pseudonym_key.h): every code and pseudonym of the case
// beside the real name, relationship or role and agency; marked OFFICIAL-SENSITIVE, written
// readable by its owner only, and refused by `dhr publish`.
#include <iostream>

#include "pipeline/case/case_loader.h"
#include "pipeline/cli/commands.h"
#include "pipeline/stages/pseudonym_key.h"
#include "pipeline/templates/templates.h"

namespace dhr {
namespace {

struct KeyArgs {
  std::string case_path, output, templates;
};

CLI::App* KeyOptions(CLI::App& parent, KeyArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "key",
      "Make the panel's pseudonym key: each code and pseudonym of the case with the real name, relationship "
      "or role and agency (OFFICIAL-SENSITIVE, owner-only; dhr publish refuses it)");
  AddCaseOption(app, "case", args.case_path);
  app.add_option("-o,--output", args.output, "the key to write (.docx)")->required();
  AddTemplatesOption(app, args.templates, " (pseudonym-key.docx); without one, the built-in template");
  return &app;
}

int RunKey(const KeyArgs& args) {
  FileSystem& fs = Disk();
  if (!fs.Exists(CaseFilePath(args.case_path)))
    return ReportError(Status::Error("key.no_case", "no case file here (a case folder holds case.yaml)",
                                     InFile(CaseFilePath(args.case_path))));
  auto prepared = PrepareCase(fs, args.case_path);
  if (!prepared.ok()) return ReportError(prepared.status());
  ReportWarnings(prepared->warnings);
  auto loaded = LoadTemplates(fs, args.templates, {stages::kPseudonymKeyDocument});
  if (!loaded.ok()) return ReportError(loaded.status());
  LoadedTemplate& key_template = loaded->front();
  auto key = stages::BuildPseudonymKey(*prepared, std::move(key_template.package), key_template.path);
  if (!key.ok()) return ReportError(key.status());
  ReportWarnings(key->warnings);
  // The key holds every real name of the case: owner-only.
  if (Status s = fs.WriteAtomic(args.output, key->bytes, 0600); !s.ok()) return ReportError(s);
  std::cerr << "dhr: wrote " << args.output
            << ": the pseudonym key, OFFICIAL-SENSITIVE, readable by you only; never publish it\n";
  return 0;
}

}  // namespace

Command AddKeyCommand(CLI::App& app) { return Subcommand(app, KeyOptions, RunKey); }

}  // namespace dhr
