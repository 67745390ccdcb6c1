#include "pipeline/cli/commands.h"

namespace dhr {

void AddCaseOption(CLI::App& app, const std::string& name, std::string& case_path, const std::string& help) {
  app.add_option(name, case_path, help)->required();
}

void AddTemplatesOption(CLI::App& app, std::string& dir, const std::string& help) {
  std::string text = "a folder of the partnership's own templates";
  text += help;
  app.add_option("--templates", dir, text);
}

void AddCaseDocumentOptions(CLI::App* app, CaseDocumentArgs& args, const std::string& input_help,
                            const std::string& output_help) {
  app->add_option("input", args.input, input_help)->required();
  AddCaseOption(*app, "--case", args.case_path);
  app->add_option("-o,--output", args.output, output_help)->required();
}

Result<CaseDocument> OpenCaseDocument(FileSystem& fs, const CaseDocumentArgs& args, const OpenOptions& open) {
  if (args.input == args.output || fs.SameFile(args.input, args.output))
    return Status::Error("cli.overwrite_input", "the output must not be the input file", InFile(args.output));
  auto prepared = PrepareCase(fs, args.case_path);
  if (!prepared.ok()) return prepared.status();
  ReportWarnings(prepared->warnings);
  auto package = Package::OpenFile(fs, args.input, open);
  if (!package.ok()) return package.status();
  return CaseDocument{std::move(*prepared), std::move(*package)};
}

}  // namespace dhr
