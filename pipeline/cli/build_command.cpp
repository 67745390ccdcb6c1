// dhr build CASE --stage draft|submission|publication [--out DIR] [--templates DIR] [--pdf]
//
// The review's documents from a case folder (pipeline/stages/build.h), written to DIR (default
// CASE/out/STAGE/) only when every one of them could be made: at publication, only when the leak
// scan of every document is clean (exit 1 and nothing written otherwise). The submission first runs
// the error-level checks of `dhr check` (pipeline/check) and stops on them (exit 1, nothing written).
// With --pdf, a tagged PDF copy of each beside it (pdf_copies.h), with the same mode; without
// LibreOffice, a warning.
#include <filesystem>
#include <iostream>

#include "pipeline/stages/build.h"
#include "pipeline/case/case_loader.h"
#include "pipeline/check/check.h"
#include "docx/package.h"
#include "pipeline/templates/templates.h"
#include "pipeline/cli/commands.h"
#include "pipeline/cli/pdf_copies.h"

namespace dhr {
namespace {

struct BuildArgs {
  std::string case_path, stage, out, templates;
  bool pdf = false;
};

// The case folder of a case path (a folder, or its case.yaml).
std::string CaseFolder(const std::string& case_path) {
  const std::filesystem::path file = CaseFilePath(case_path);
  return file.has_parent_path() ? file.parent_path().string() : ".";
}

// Writes every document, or (when one cannot be written) removes those already written.
Status WriteDocuments(FileSystem& fs, const std::string& dir, const std::vector<stages::BuiltDocument>& documents,
                      unsigned mode) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Status::Error("cli.output_dir", "cannot create the folder: " + error.message(), InFile(dir));
  std::vector<std::string> written;
  for (const stages::BuiltDocument& document : documents) {
    const std::string path = (std::filesystem::path(dir) / document.file_name).string();
    if (Status s = fs.WriteAtomic(path, document.bytes, mode); !s.ok()) {
      for (const std::string& done : written) std::filesystem::remove(done, error);
      return s;
    }
    written.push_back(path);
  }
  return Status();
}

// The templates of the documents: the partnership's from `dir` where it has them, else the built-in
// ones (pipeline/templates); every mistake of every template in one error.
Result<std::vector<stages::DocumentTemplate>> LoadBuildTemplates(FileSystem& fs, const std::string& dir) {
  auto loaded = LoadTemplates(fs, dir, stages::DocumentNames());
  if (!loaded.ok()) return loaded.status();
  std::vector<stages::DocumentTemplate> templates;
  for (LoadedTemplate& t : *loaded) templates.push_back(stages::DocumentTemplate{t.name, t.path, std::move(t.package)});
  return templates;
}

CLI::App* BuildOptions(CLI::App& parent, BuildArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "build",
      "Make the overview report, executive summary, action plan and Home Office data form of a case folder "
      "at one stage: draft (marked, codes or names), submission (anonymised, marked, with the data form) or "
      "publication (anonymised, cleaned, leak-scanned; nothing written unless clean)");
  AddCaseOption(app, "case", args.case_path, "the case folder (holding case.yaml, sections/, chronology/)");
  app.add_option("--stage", args.stage, "draft, submission or publication")->required();
  app.add_option("--out", args.out, "where to write the documents (default CASE/out/STAGE)");
  AddTemplatesOption(app, args.templates,
                     " (NAME.docx, as `dhr templates export` writes); a document it has no template for uses the "
                     "built-in one");
  app.add_flag("--pdf", args.pdf, "also write a tagged PDF copy of each document beside it (needs LibreOffice)");
  return &app;
}

int RunBuild(const BuildArgs& args) {
  FileSystem& fs = Disk();
  auto stage = stages::ParseStage(args.stage);
  if (!stage.ok()) return ReportError(stage.status());
  if (!fs.Exists(CaseFilePath(args.case_path)))
    return ReportError(Status::Error("build.no_case", "no case file here (a case folder holds case.yaml)",
                                     InFile(CaseFilePath(args.case_path))));
  if (*stage == stages::Stage::kSubmission) {
    check::CheckOptions options;
    options.today = check::Today();
    auto checked = check::CheckCaseFolder(fs, args.case_path, options, args.templates);
    if (!checked.ok()) return ReportError(checked.status());
    if (const std::vector<Problem> errors = check::Errors(*checked); !errors.empty()) {
      for (const Problem& p : errors) std::cerr << "dhr: error: " << p.Describe() << " [" << p.id << "]\n";
      std::cerr << "dhr: error: " << args.case_path << ": the review is not ready for submission (see `dhr check`); "
                << "nothing was written\n";
      return 1;
    }
  }
  auto templates = LoadBuildTemplates(fs, args.templates);
  if (!templates.ok()) return ReportError(templates.status());

  stages::BuildRequest request;
  request.case_path = args.case_path;
  request.stage = *stage;
  request.templates = std::move(*templates);
  auto outcome = stages::BuildDocuments(fs, std::move(request));
  if (!outcome.ok()) return ReportError(outcome.status());
  ReportWarnings(outcome->warnings);
  for (const scan::FileScan& s : outcome->scans) ReportScanWarnings(s.report.warnings);

  const std::string dir = args.out.empty() ? CaseFolder(args.case_path) + "/out/" + stages::StageName(*stage) : args.out;
  if (!outcome->clean()) {
    ReportLeaks(outcome->scans, args.case_path);
    // Copies an earlier build left there are not this build's: say so, lest they be published.
    for (const std::string& name : stages::DocumentNames()) {
      const std::string earlier = (std::filesystem::path(dir) / (name + ".docx")).string();
      if (fs.Exists(earlier))
        ReportWarning(Problem::Warning("build.stale_copy", "left by an earlier build, not by this one: do not publish it",
                                       InFile(earlier)));
    }
    return 1;
  }
  // Drafts and the Home Office's copy carry real names or the data form: owner-only.
  const unsigned mode = *stage == stages::Stage::kPublication ? 0644 : 0600;
  if (Status s = WriteDocuments(fs, dir, outcome->documents, mode); !s.ok()) return ReportError(s);
  std::vector<std::string> paths;
  for (const stages::BuiltDocument& document : outcome->documents) {
    paths.push_back((std::filesystem::path(dir) / document.file_name).string());
    std::cerr << "dhr: wrote " << paths.back() << "\n";
  }
  if (args.pdf) {
    auto pdfs = WriteTaggedPdfs(fs, paths, mode);
    if (!pdfs.ok() && pdfs.status().id() == "pdf.no_soffice") {
      ReportWarning(Problem::Warning("pdf.no_soffice", pdfs.status().message(), InFile(dir)));
    } else if (!pdfs.ok()) {
      return ReportError(pdfs.status());
    } else {
      for (const std::string& pdf : *pdfs) std::cerr << "dhr: wrote " << pdf << " (tagged PDF)\n";
    }
  }
  std::cerr << "dhr: built the " << stages::StageName(*stage) << " documents of " << args.case_path
            << (*stage == stages::Stage::kDraft ? ": marked as drafts, with the codes or the real names as review: "
                                                  "draft_names chooses (the data form keeps the real names)"
                : *stage == stages::Stage::kSubmission ? ": anonymised (the data form is not), marked"
                                                      : ": anonymised, unmarked, cleaned, scanned clean")
            << "\n";
  return 0;
}

}  // namespace

Command AddBuildCommand(CLI::App& app) { return Subcommand(app, BuildOptions, RunBuild); }

}  // namespace dhr
