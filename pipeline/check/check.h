// The checks of the seeds and of the Home Office Quality Assurance panel over a case folder, before
// the report is submitted or published (`dhr check`).
//
// Input: a prepared case (pipeline/prepare: the case, its codes and its warnings), the Markdown
// sections of its folder (pipeline/stages/case_data.h, ReadSections), the name of its code scheme,
// the templates of the overview report and the executive summary (their title pages), the day to
// check on and, optionally, the day the report is to be published. Output: every problem at once,
// each a Problem with its severity, a stable id, its place (the case.yaml key with line and column,
// a section file, or a template's part) and one plain sentence; nothing is written. Messages never
// repeat a name or a date of birth (a person is named by their code).
//
// The checks (id: severity):
//   check.timescale.decision      warning  the decision more than one month after the referral
//   check.timescale.home_office   warning  the Home Office told more than one month after the decision
//   check.timescale.completed     warning  the report completed more than six months after the
//                                          decision (the sentence says whether the Timescales
//                                          section gives the reason)
//   check.timescale.submitted     warning  Sheffield scheme only: submitted (or, when not yet, still
//                                          unsubmitted on the day checked) more than seven months
//                                          after the referral, and no review.extension_agreed
//   check.timescale.missing       warning  the referral or decision date not given
//   check.section.unwritten       error    a required section not written (one per section)
//   check.chair.independence      error    no Chair, or no statement of the Chair's independence
//   check.panel.meetings          error    the panel met fewer than three times, or it is not said
//   check.action.lead_agency      error    an action without a lead agency
//   check.action.target_date      error    an action without a target date
//   check.action.measure          error    an action without a measurable outcome (measure:, or
//                                          the evidence of outcome of a COMPLETE action)
//   check.action.overdue          warning  an action past its target date and not COMPLETE
//   check.equality.characteristics warning the equality and diversity section names none of the
//                                          nine protected characteristics of the Equality Act 2010
//   check.family.participation    error    the family's involvement is not recorded
//   check.family.saw_report       warning  not said whether the family saw the report
//   check.publication.anniversary error    the publication day on, or within seven days of, the
//                                          anniversary of the death
//   check.publication.birthday    error    ... of the birthday of the victim or a child
//   check.children.gendered_code  warning  a child's code gives their gender
//   check.title_page.date_of_death error   a report template's title page shows the precise date
//                                          of death
// The case's own warnings (case.yaml, the code scheme) are part of the answer too, but for the
// loader's six-month warning, which check.timescale.completed replaces.
// Covered by check_test.cpp and tests/check_cli_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/status.h"
#include "docx/file_io.h"
#include "docx/package.h"
#include "pipeline/prepare/prepared_case.h"
#include "pipeline/stages/case_data.h"

namespace dhr::check {

struct CheckOptions {
  Date today;                           // actions past their target date on this day are overdue
  std::optional<Date> publication_date;  // none: the publication checks are not run
};

// A report template whose title page is checked: its origin names it in messages. Borrowed.
struct TitlePageTemplate {
  std::string origin;  // "built-in overview-report.docx" or the partnership's file
  Package* package = nullptr;
};

// What the checks read, borrowed for the call.
struct ReviewUnderCheck {
  const PreparedCase& prepared;
  const CaseSections& sections;
  std::string scheme_name;                   // "Sheffield": the scheme's own name
  std::vector<TitlePageTemplate> templates;  // the overview report's and the executive summary's
};

// Every problem of the review, in the order of the list above, the case's warnings first.
std::vector<Problem> CheckReview(const ReviewUnderCheck& review, const CheckOptions& options);

// Loads the case at `case_path` (a folder or its case.yaml), its sections, its scheme and the
// report templates (the partnership's from `templates_dir` where it has them, else the built-in
// ones), then CheckReview. Errors (the input cannot be checked): the case's, the sections' and the
// templates', each with its place.
Result<std::vector<Problem>> CheckCaseFolder(FileSystem& fs, const std::string& case_path,
                                             const CheckOptions& options, const std::string& templates_dir = {});

// The current day (UTC), the default day to check on.
Date Today();

// The errors among `problems`.
std::vector<Problem> Errors(const std::vector<Problem>& problems);

}  // namespace dhr::check
