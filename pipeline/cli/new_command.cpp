// dhr new DIR [--force]   creates a case folder that builds at once (pipeline/new/new_case.h)
#include <filesystem>
#include <iostream>
#include <memory>

#include "pipeline/cli/commands.h"
#include "pipeline/new/new_case.h"

namespace dhr {
namespace {

struct NewArgs {
  std::string dir;
  bool force = false;
};

// A folder holding anything at all (a file, a subfolder, a hidden file) is not empty.
bool HoldsAnything(const std::filesystem::path& dir, std::error_code& error) {
  return std::filesystem::directory_iterator(dir, error) != std::filesystem::directory_iterator();
}

CLI::App* NewOptions(CLI::App& parent, NewArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "new",
      "Create a case folder that builds at once: a commented case.yaml, the sections with their guidance, "
      "the agencies' chronology return form and the IMR template");
  app.add_option("dir", args.dir, "the folder to create (it must be empty, or not exist)")->required();
  app.add_flag("--force", args.force, "write into a folder that is not empty, replacing files of the same names");
  return &app;
}

int RunNew(const NewArgs& args) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::exists(args.dir, error) && !fs::is_directory(args.dir, error))
    return ReportError(Status::Error("new.not_folder", "this is a file, not a folder: give the folder to create",
                                     InFile(args.dir)));
  if (fs::is_directory(args.dir, error) && !args.force) {
    const bool holds = HoldsAnything(args.dir, error);
    if (error)
      return ReportError(Status::Error("new.folder", "cannot read the folder: " + error.message(), InFile(args.dir)));
    if (holds)
      return ReportError(Status::Error("new.not_empty",
                                       "the folder is not empty: give an empty or new folder, or --force to write "
                                       "the new case's files into it (replacing files of the same names)",
                                       InFile(args.dir)));
  }
  auto files = NewCaseFiles();
  if (!files.ok()) return ReportError(files.status());
  std::vector<std::string> folders = NewCaseFolders(args.dir, *files);
  folders.insert(folders.begin(), args.dir);
  for (const std::string& folder : folders) {
    fs::create_directories(folder, error);
    if (error)
      return ReportError(Status::Error("io.write", "cannot create the folder: " + error.message(), InFile(folder)));
  }
  auto written = WriteNewCase(Disk(), args.dir, *files);
  if (!written.ok()) return ReportError(written.status());
  std::cerr << "dhr: created the case folder " << args.dir << " (" << written->size() << " files)\n"
            << "  case.yaml: replace the example values with the review's own\n"
            << "  sections/: write each section below its guidance (a comment no document shows)\n"
            << "  chronology/" << kReturnFormFile << ": send to each agency; put the returned forms beside it\n"
            << "  imr/" << kImrTemplateFile << ": send to each agency writing an IMR\n"
            << "  then: dhr build " << args.dir << " --stage draft\n";
  return 0;
}

}  // namespace

Command AddNewCommand(CLI::App& app) { return Subcommand(app, NewOptions, RunNew); }

}  // namespace dhr
