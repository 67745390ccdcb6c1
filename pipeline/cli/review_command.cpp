// dhr review IN.docx --case CASE -o REVIEW.html
//
// One HTML page for the person who decides whether a document may go public: what the anonymiser
// replaces, the names the case does not declare, what publication would remove and the markings
// (pipeline/review). The page holds the real names: it is written owner-only (0600). The input is
// only read; on any error nothing is written.
#include <iostream>

#include "pipeline/cli/commands.h"
#include "pipeline/review/review_model.h"
#include "pipeline/review/review_page.h"

namespace dhr {
namespace {

CLI::App* ReviewOptions(CLI::App& parent, CaseDocumentArgs& args) {
  CLI::App& app = *parent.add_subcommand(
      "review", "Write one HTML page showing what anonymising and publishing a .docx would change, to check by eye");
  AddCaseDocumentOptions(&app, args, "the .docx to review (never modified)",
                         "where to write the HTML page (holds real names: created owner-only)");
  return &app;
}

int RunReview(const CaseDocumentArgs& args) {
  FileSystem& fs = Disk();
  if (args.input == args.output || fs.SameFile(args.input, args.output))
    return ReportError(Status::Error("cli.overwrite_input", "the output must not be the input file", InFile(args.output)));
  auto prepared = PrepareCase(fs, args.case_path);
  if (!prepared.ok()) return ReportError(prepared.status());
  ReportWarnings(prepared->warnings);
  auto bytes = fs.Read(args.input);
  if (!bytes.ok()) return ReportError(bytes.status());
  auto model = review::BuildReviewModel(*bytes, args.input, *prepared);
  if (!model.ok()) return ReportError(model.status());
  if (Status s = fs.WriteAtomic(args.output, review::RenderReviewPage(*model), 0600); !s.ok()) return ReportError(s);
  const review::ReviewCounts counts = model->Counts();
  std::cerr << "dhr: review of " << args.input << " -> " << args.output << " (holds real names: owner-only): "
            << counts.replacements << " replacements (" << counts.ambiguous << " ambiguous), " << counts.undeclared
            << " undeclared names, " << counts.hidden << " hidden items, " << counts.markings << " markings\n";
  return 0;
}

}  // namespace

Command AddReviewCommand(CLI::App& app) { return Subcommand(app, ReviewOptions, RunReview); }

}  // namespace dhr
