// The build stage: the review's documents from a case folder, at one stage of the review.
//
// Input: a case folder (case.yaml, sections/, chronology/), the stage, and the template of each
// document (the built-in ones or a partnership's own). Output: the bytes of every document of the
// stage, or none at all:
//   draft        the report documents anonymised when review.draft_names (or the code scheme)
//                says codes, else with the real names, marked with review.marking (default
//                OFFICIAL-SENSITIVE) and the draft number (review.draft) on every page; the data
//                form with the real names, marked OFFICIAL-SENSITIVE;
//   submission   (to the Home Office) the report documents anonymised and marked with
//                review.marking; the data form marked OFFICIAL-SENSITIVE, not anonymised;
//   publication  the report documents through the publication stage (pipeline/publish: clean,
//                strip markings, anonymise, leak-scan the very bytes); no data form. Any finding
//                in any document and the outcome carries no document, only the findings.
// Each document is filled from CaseData (case_data.h), with `stage` ("draft", "submission",
// "publication") added and review.draft null except at draft; Markdown sections go under the
// template's own headings; then its list of contents is filled (pipeline/fill/contents_list.h).
// A required section not written (case_data.h, UnwrittenSections) is a warning in a draft and
// stops the submission and the publication ("build.sections_unwritten", every one named). The data form carries the custom property dhr.document=home-office-data-form, so
// `dhr publish` refuses it.
// Errors: the case's (every error of case.yaml at once), "build.section_*", and
// "build.template_errors" listing every mistake of every template at once, each with its
// template, part and paragraph. Fill warnings (a value the case does not give) are returned.
// Covered by build_test.cpp and tests/build_stages_test.cpp.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "docx/file_io.h"
#include "docx/package.h"
#include "docx/status.h"
#include "pipeline/scan/finding.h"

namespace dhr::stages {

enum class Stage { kDraft, kSubmission, kPublication };

// "draft", "submission", "publication"; "build.bad_stage" otherwise.
Result<Stage> ParseStage(std::string_view text);
const char* StageName(Stage stage);

// The documents, in the order they are built: overview-report, executive-summary, action-plan,
// data-form. Each is written as <name>.docx.
const std::vector<std::string>& DocumentNames();
inline constexpr const char* kDataFormDocument = "data-form";

// A document's template, opened, and where it came from (the file named in messages).
struct DocumentTemplate {
  std::string name;    // "overview-report"
  std::string origin;  // "built-in overview-report.docx" or the partnership's file
  Package package;
};

// Not copyable (the templates' packages), movable.
struct BuildRequest {
  std::string case_path;  // the case folder, or its case.yaml
  Stage stage = Stage::kDraft;
  std::vector<DocumentTemplate> templates;  // one per document of DocumentNames(); a missing one is an error
};

struct BuiltDocument {
  std::string name;       // "overview-report"
  std::string file_name;  // "overview-report.docx"
  std::string bytes;
};

struct BuildOutcome {
  std::vector<BuiltDocument> documents;  // empty when the publication scan found anything
  std::vector<std::string> warnings;     // the case's and the fill's, each with its place
  std::vector<scan::FileScan> scans;     // publication: every document's scan (file = its file name)
  bool clean() const;                    // no scan finding
};

// Builds every document of the stage in memory. Nothing is written.
// The templates' packages are consumed.
Result<BuildOutcome> BuildDocuments(FileSystem& fs, BuildRequest request);

}  // namespace dhr::stages
