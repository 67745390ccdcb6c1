// The build stage: the review's documents from a case folder, at one stage of the review.
//
// Input: a case folder (case.yaml, sections/, chronology/) read through a FileSystem, the stage,
// and the template of each document (the built-in ones or a partnership's own). Output: the bytes
// of every document of the stage, or none at all. The case is prepared once
// (pipeline/prepare), the data tree built once (case_data.h: the case, its sections, the combined
// chronology, the stage), each document filled from it, its list of contents filled
// (pipeline/fill/contents_list.h), and then given to the stage's runner (stage.h): at draft the
// report documents use the codes when review.draft_names (or the code scheme) says so, and are
// marked with review.marking; anonymised (not the data form) and marked at submission; published
// at publication, where there is no data form and any finding in any document means the outcome
// carries no document, only the findings. The data form carries the custom property
// dhr.document=home-office-data-form, so `dhr publish` refuses it.
// A required section not written (case_data.h, UnwrittenSections) is a warning in a draft, which
// shows the seeds' guidance in its place, and stops the submission and the publication
// ("build.sections_unwritten", every one named).
// Errors: the case's (every error of case.yaml at once), "build.section_*", and
// "build.template_errors" holding every mistake of every template, each with its template, part
// and paragraph. Warnings (the case's, the chronology's, a value the case does not give) are
// returned.
// Covered by build_test.cpp and tests/build_stages_test.cpp.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "docx/file_io.h"
#include "docx/package.h"
#include "base/status.h"
#include "pipeline/scan/finding.h"
#include "pipeline/stages/stage.h"

namespace dhr::stages {

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
  std::vector<Problem> warnings;         // the case's, the chronology's and the fill's, each with its place
  std::vector<scan::FileScan> scans;     // publication: every document's scan (file = its file name)
  bool clean() const;                    // no scan finding
};

// Builds every document of the stage in memory. Nothing is written.
// The templates' packages are consumed.
Result<BuildOutcome> BuildDocuments(FileSystem& fs, BuildRequest request);

}  // namespace dhr::stages
