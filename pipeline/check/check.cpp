// CheckReview and CheckCaseFolder (check.h): the case's own warnings, then each group of checks.
#include "pipeline/check/check.h"

#include <chrono>

#include "anonymiser/code_assignment.h"
#include "anonymiser/scheme.h"
#include "pipeline/check/checks.h"
#include "pipeline/templates/templates.h"

namespace dhr::check {
namespace {

// The loader's "slower than six months" warning: check.timescale.completed says it with the
// Timescales section in view.
constexpr std::string_view kLoaderDelayWarning = "case.yaml.slow_review";

std::chrono::sys_days Days(const Date& date) {
  return std::chrono::sys_days{std::chrono::year{date.year} / std::chrono::month{static_cast<unsigned>(date.month)} /
                               std::chrono::day{static_cast<unsigned>(date.day)}};
}

// The case's and the scheme's warnings, a gendered child code under its check's id.
void CaseWarnings(const PreparedCase& prepared, std::vector<Problem>& out) {
  for (Problem warning : prepared.warnings) {
    if (warning.id == kLoaderDelayWarning) continue;
    if (warning.id == kChildCodeGenderWarning) warning.id = "check.children.gendered_code";
    out.push_back(std::move(warning));
  }
}

}  // namespace

Location At(const SourcePos& pos, const std::string& file) {
  return Location{pos.file.empty() ? file : pos.file, "", pos.line, pos.column};
}

int DaysBetween(const Date& from, const Date& to) { return static_cast<int>((Days(to) - Days(from)).count()); }

const std::string& OverviewSection(const CaseSections& sections, const std::string& key) {
  static const std::string none;
  auto found = sections.overview.find(key);
  return found == sections.overview.end() ? none : found->second;
}

std::vector<Problem> CheckReview(const ReviewUnderCheck& review, const CheckOptions& options) {
  std::vector<Problem> problems;
  CaseWarnings(review.prepared, problems);
  CheckTimescales(review, options, problems);
  CheckSections(review, problems);
  CheckChairAndPanel(review, problems);
  CheckActionPlan(review, options, problems);
  CheckEquality(review, problems);
  CheckFamily(review, problems);
  CheckPublicationDay(review, options, problems);
  CheckTitlePages(review, problems);
  return problems;
}

Result<std::vector<Problem>> CheckCaseFolder(FileSystem& fs, const std::string& case_path,
                                             const CheckOptions& options, const std::string& templates_dir) {
  auto prepared = PrepareCase(fs, case_path);
  if (!prepared.ok()) return prepared.status();
  auto sections = ReadSections(fs, prepared->the_case.folder);
  if (!sections.ok()) return sections.status();
  auto scheme = SchemeForCase(fs, prepared->the_case);
  if (!scheme.ok()) return scheme.status();
  auto templates = LoadTemplates(fs, templates_dir, {"overview-report", "executive-summary"});
  if (!templates.ok()) return templates.status();

  ReviewUnderCheck review{*prepared, *sections, scheme->name, {}};
  for (LoadedTemplate& t : *templates) review.templates.push_back(TitlePageTemplate{t.path, &t.package});
  return CheckReview(review, options);
}

Date Today() {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return Date{static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
              static_cast<int>(static_cast<unsigned>(day.day()))};
}

std::vector<Problem> Errors(const std::vector<Problem>& problems) {
  std::vector<Problem> errors;
  for (const Problem& p : problems)
    if (p.severity == Severity::kError) errors.push_back(p);
  return errors;
}

}  // namespace dhr::check
