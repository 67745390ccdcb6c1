// dhr check CASE [--publication-date YYYY-MM-DD] [--format text|json] [--templates DIR] [--as-of YYYY-MM-DD]
//
// The checks of the seeds and of the Home Office's panel over a case folder (pipeline/check/check.h),
// every problem at once on standard output: one line each in text, or one JSON document
// (docs/check.md gives its shape). Exit status: 0 warnings only, 1 any error, 2 bad input (the case
// cannot be read, a bad date or format).
#include <nlohmann/json.hpp>

#include <iostream>

#include "pipeline/case/case_loader.h"
#include "pipeline/case/iso_date.h"
#include "pipeline/check/check.h"
#include "pipeline/cli/commands.h"

namespace dhr {
namespace {

struct CheckArgs {
  std::string case_path, publication_date, format = "text", templates, as_of;
};

const char* SeverityName(Severity severity) { return severity == Severity::kError ? "error" : "warning"; }

// A date option's value, or the error naming the option.
Result<Date> DateOption(const std::string& option, const std::string& text) {
  auto date = ParseIsoDate(text);
  if (!date.ok()) return Status::Error("check.option", option + ": " + date.status().message());
  return date;
}

void WriteText(const std::vector<Problem>& problems) {
  for (const Problem& p : problems)
    std::cout << SeverityName(p.severity) << ": " << p.Describe() << " [" << p.id << "]\n";
}

void WriteJson(const std::string& case_path, const std::vector<Problem>& problems, size_t errors) {
  nlohmann::json list = nlohmann::json::array();
  for (const Problem& p : problems) {
    list.push_back({{"severity", SeverityName(p.severity)},
                    {"id", p.id},
                    {"file", p.where.file},
                    {"part", p.where.part},
                    {"line", p.where.line},
                    {"column", p.where.column},
                    {"message", p.message}});
  }
  const nlohmann::json report = {{"case", case_path},
                                 {"errors", errors},
                                 {"warnings", problems.size() - errors},
                                 {"problems", std::move(list)}};
  std::cout << report.dump(2) << "\n";
}

CLI::App* CheckOptions(CLI::App& parent, CheckArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "check",
      "Check a case folder as the Home Office's quality assurance panel would: timescales, required "
      "sections, the Chair's independence, panel meetings, a SMARTER action plan, equality and "
      "diversity, the family's involvement, the publication day, gender-neutral children's codes, title "
      "pages; every problem at once (exit 0 warnings only, 1 any error)");
  AddCaseOption(app, "case", args.case_path, "the case folder (holding case.yaml and sections/)");
  app.add_option("--publication-date", args.publication_date,
                 "the day the report is to be published (YYYY-MM-DD): not on or within seven days of the "
                 "anniversary of the death or the birthday of the victim or a child");
  app.add_option("--format", args.format, "text (default) or json");
  AddTemplatesOption(app, args.templates, " whose title pages to check (default: the built-in ones)");
  app.add_option("--as-of", args.as_of,
                 "check on this day (YYYY-MM-DD) instead of today: the action plan's rows past their "
                 "target date");
  return &app;
}

int RunCheck(const CheckArgs& args) {
  if (args.format != "text" && args.format != "json")
    return ReportError(Status::Error("check.option", "--format: expected text or json"));
  check::CheckOptions options;
  options.today = check::Today();
  if (!args.as_of.empty()) {
    auto day = DateOption("--as-of", args.as_of);
    if (!day.ok()) return ReportError(day.status());
    options.today = *day;
  }
  if (!args.publication_date.empty()) {
    auto day = DateOption("--publication-date", args.publication_date);
    if (!day.ok()) return ReportError(day.status());
    options.publication_date = *day;
  }
  FileSystem& fs = Disk();
  if (!fs.Exists(CaseFilePath(args.case_path)))
    return ReportError(Status::Error("check.no_case", "no case file here (a case folder holds case.yaml)",
                                     InFile(CaseFilePath(args.case_path))));
  auto problems = check::CheckCaseFolder(fs, args.case_path, options, args.templates);
  if (!problems.ok()) return ReportError(problems.status());
  const size_t errors = check::Errors(*problems).size();
  if (args.format == "json") {
    WriteJson(args.case_path, *problems, errors);
  } else {
    WriteText(*problems);
    std::cerr << "dhr: checked " << args.case_path << ": " << errors << (errors == 1 ? " error, " : " errors, ")
              << problems->size() - errors << (problems->size() - errors == 1 ? " warning" : " warnings") << "\n";
  }
  return errors > 0 ? 1 : 0;
}

}  // namespace

Command AddCheckCommand(CLI::App& app) { return Subcommand(app, CheckOptions, RunCheck); }

}  // namespace dhr
