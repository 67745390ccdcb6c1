#include "pipeline/cli/commands.h"

namespace dhr {

void AddCaseDocumentOptions(CLI::App* app, CaseDocumentArgs& args, const std::string& input_help,
                            const std::string& output_help) {
  app->add_option("input", args.input, input_help)->required();
  app->add_option("--case", args.case_path, "the case folder, or its case.yaml")->required();
  app->add_option("-o,--output", args.output, output_help)->required();
}

Result<CaseDocument> OpenCaseDocument(FileSystem& fs, const CaseDocumentArgs& args) {
  if (args.input == args.output || fs.SameFile(args.input, args.output))
    return Status::Error("cli.overwrite_input", "the output must not be the input file", InFile(args.output));
  auto prepared = PrepareCase(fs, args.case_path);
  if (!prepared.ok()) return prepared.status();
  ReportWarnings(prepared->warnings);
  auto package = Package::OpenFile(fs, args.input);
  if (!package.ok()) return package.status();
  return CaseDocument{std::move(*prepared), std::move(*package)};
}

}  // namespace dhr
