// dhr templates export DIR [--force]   writes the built-in templates as DIR/NAME.docx to restyle, and
//                                      the agencies' chronology return form (.xlsx)
// dhr templates check DIR              lists every mistake of every template in a partnership's folder
#include <filesystem>
#include <iostream>
#include <memory>

#include "pipeline/cli/commands.h"
#include "pipeline/new/new_case.h"
#include "pipeline/templates/templates.h"

namespace dhr {
namespace {

struct TemplatesArgs {
  std::string dir;
  bool force = false;
  CLI::App* export_app = nullptr;
  CLI::App* check_app = nullptr;
};

int RunExport(const TemplatesArgs& args) {
  std::error_code error;
  std::filesystem::create_directories(args.dir, error);
  if (error)
    return ReportError(Status::Error("io.write", "cannot create the folder: " + error.message(), InFile(args.dir)));
  // The agencies' chronology return form goes beside the templates; like them, it is replaced only
  // with --force, and nothing is written when any file is in the way.
  const std::string form_path = (std::filesystem::path(args.dir) / kReturnFormFile).string();
  if (!args.force && Disk().Exists(form_path))
    return ReportError(Status::Error("templates.exists", "would overwrite " + form_path + "; give --force to replace it",
                                     InFile(args.dir)));
  auto form = BlankReturnForm();
  if (!form.ok()) return ReportError(form.status());
  auto written = ExportBuiltinTemplates(Disk(), args.dir, args.force);
  if (!written.ok()) return ReportError(written.status());
  if (Status s = Disk().WriteAtomic(form_path, *form); !s.ok()) return ReportError(s);
  written->push_back(form_path);
  for (const std::string& path : *written) std::cerr << "dhr: wrote " << path << "\n";
  return 0;
}

int RunCheck(const TemplatesArgs& args) {
  auto report = CheckTemplateFolder(Disk(), args.dir);
  if (!report.ok()) return ReportError(report.status());
  ReportWarnings(report->warnings);
  for (const Problem& error : report->errors) std::cerr << "dhr: error: " << error.Describe() << "\n";
  if (!report->errors.empty()) {
    std::cerr << "dhr: " << report->errors.size() << " problem(s) in " << report->files.size() << " template(s)\n";
    return 2;
  }
  std::cerr << "dhr: " << report->files.size() << " template(s) checked, no problems\n";
  return 0;
}

}  // namespace

Command AddTemplatesCommand(CLI::App& app) {
  auto args = std::make_shared<TemplatesArgs>();
  Command command;
  command.app = app.add_subcommand("templates", "Export the built-in templates to restyle them, or check a folder of templates");
  command.app->require_subcommand(1);
  args->export_app = command.app->add_subcommand(
      "export", "Write the built-in templates (overview report, executive summary, action plan, data form, chronology, "
      "IMR) as .docx, and the agencies' chronology return form as .xlsx");
  args->export_app->add_option("dir", args->dir, "the folder to write them to (created if needed)")->required();
  args->export_app->add_flag("--force", args->force, "replace templates already in the folder");
  args->check_app = command.app->add_subcommand(
      "check", "Check every NAME.docx template in a folder and list all mistakes with their place");
  args->check_app->add_option("dir", args->dir, "the partnership's templates folder")->required();
  command.run = [args] { return args->export_app->parsed() ? RunExport(*args) : RunCheck(*args); };
  return command;
}

}  // namespace dhr
