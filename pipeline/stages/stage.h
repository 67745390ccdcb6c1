// The stages of a review, and what each does to a filled document: the one runner `dhr build` and
// `dhr chronology` share.
//
// Input: a filled Package (the fill stage's output), the stage, the prepared case
// (pipeline/prepare/prepared_case.h) and what the document is. Output: the bytes to write, or, at
// publication, the leak scan's findings instead of them:
//   draft        anonymised when the case's drafts use the codes (review.draft_names, else the
//                code scheme's choice), else with the real names; marked with review.marking
//                (default OFFICIAL-SENSITIVE) and the draft number of the case file (review.draft)
//                on every page; the data form keeps the real names, OFFICIAL-SENSITIVE;
//   submission   (to the Home Office) anonymised with the case's matcher and marked with
//                review.marking; the data form is marked OFFICIAL-SENSITIVE, not anonymised;
//   publication  through the publication stage (pipeline/publish: clean, strip markings, anonymise,
//                leak-scan the very bytes). A finding is not an error: the outcome carries the scan
//                and no bytes. The data form is never published ("publish.data_form").
// Covered by stage_test.cpp, build_test.cpp and tests/build_stages_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "docx/package.h"
#include "pipeline/prepare/prepared_case.h"
#include "pipeline/scan/finding.h"

namespace dhr::stages {

enum class Stage { kDraft, kSubmission, kPublication };

// "draft", "submission", "publication"; "stage.unknown" otherwise.
Result<Stage> ParseStage(std::string_view text);
const char* StageName(Stage stage);

// Whether the report documents of the stage name people by their codes: at submission and
// publication, and at draft when the case's drafts use the codes.
bool NamesCoded(Stage stage, const PreparedCase& prepared);

struct StageDocument {
  std::string file_name;   // what the document is written as, and the name findings are reported under
  bool data_form = false;  // the Home Office data form: marked, never anonymised, never published
  bool named_draft = false;  // its draft keeps the real names whatever the case's draft_names (the
                             // panel's chronology)
};

struct StagedDocument {
  std::string bytes;                      // empty when the publication scan found anything
  std::optional<scan::ScanReport> scan;   // publication: the scan of the public copy
  bool clean() const { return !scan || scan->findings.empty(); }
};

// Applies the stage to `filled` (changed in place). Errors of the steps carry the document's name.
Result<StagedDocument> RunStage(Package& filled, Stage stage, const PreparedCase& prepared,
                                const StageDocument& document);

}  // namespace dhr::stages
