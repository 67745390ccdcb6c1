// dhr check's checks, one by one, on small variations of the bundled example case held in memory.
#include "pipeline/check/check.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "pipeline/check/checks.h"
#include "pipeline/templates/templates.h"
#include "tests/memory_case.h"

namespace dhr::check {
namespace {

constexpr Date kSubmitted{2023, 11, 2};  // the example's submission: its action plan was then on time

// The example in memory, with `from` replaced by `to` in `file` (under case/); `from` must be there.
MemoryFileSystem Example(const std::string& file = {}, const std::string& from = {}, const std::string& to = {}) {
  MemoryFileSystem fs = testing::ExampleCaseInMemory("case");
  if (!file.empty()) {
    std::string& text = fs.files.at("case/" + file);
    const size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
  }
  return fs;
}

std::vector<Problem> Check(MemoryFileSystem& fs, CheckOptions options = {kSubmitted, std::nullopt}) {
  auto problems = CheckCaseFolder(fs, "case", options);
  REQUIRE_MESSAGE(problems.ok(), problems.status().Describe());
  return *problems;
}

std::vector<Problem> WithId(const std::vector<Problem>& problems, const std::string& id) {
  std::vector<Problem> out;
  std::ranges::copy_if(problems, std::back_inserter(out), [&](const Problem& p) { return p.id == id; });
  return out;
}

// The one problem of `problems` with `id`.
Problem Only(const std::vector<Problem>& problems, const std::string& id) {
  const std::vector<Problem> found = WithId(problems, id);
  REQUIRE_MESSAGE(found.size() == 1, id);
  return found.front();
}

int LineOf(const MemoryFileSystem& fs, const std::string& text) {
  const std::string& yaml = fs.files.at("case/case.yaml");
  const size_t at = yaml.find(text);
  REQUIRE(at != std::string::npos);
  return static_cast<int>(std::count(yaml.begin(), yaml.begin() + static_cast<long>(at), '\n')) + 1;
}

TEST_CASE("check: the example as submitted has one problem, the six-month warning, with its reason given") {
  MemoryFileSystem fs = Example();
  const std::vector<Problem> problems = Check(fs);
  REQUIRE(problems.size() == 1);
  const Problem& slow = problems.front();
  CHECK(slow.id == "check.timescale.completed");
  CHECK(slow.severity == Severity::kWarning);
  CHECK(slow.where.file == "case/case.yaml");
  CHECK(slow.where.line == LineOf(fs, "completed: 2023-09-28"));
  CHECK(slow.message.find("more than six months after the decision") != std::string::npos);
  CHECK(slow.message.find("the Timescales section gives the reason") != std::string::npos);
  CHECK(Errors(problems).empty());
}

TEST_CASE("check: a Timescales section that does not say why the review took longer") {
  MemoryFileSystem fs = Example();
  fs.files["case/sections/overview/02-timescales.md"] = "The panel first met in January 2023.\n";
  const Problem slow = Only(Check(fs), "check.timescale.completed");
  CHECK(slow.message.find("does not say why: explain the delay there") != std::string::npos);
}

TEST_CASE("check: a decision four months after the referral") {
  MemoryFileSystem fs = Example("case.yaml",
                                "decision: 2022-12-15\n    home_office_notified: 2022-12-20\n    started: 2023-01-26",
                                "decision: 2023-03-24\n    home_office_notified: 2023-03-30\n    started: 2023-04-20");
  const std::vector<Problem> problems = Check(fs);
  const Problem late = Only(problems, "check.timescale.decision");
  CHECK(late.severity == Severity::kWarning);
  CHECK(late.where.line == LineOf(fs, "decision: 2023-03-24"));
  CHECK(late.message.find("more than one month after the referral") != std::string::npos);
  CHECK(WithId(problems, "check.timescale.home_office").empty());  // told six days after the decision
}

TEST_CASE("check: the Home Office told more than a month after the decision") {
  MemoryFileSystem fs = Example("case.yaml", "home_office_notified: 2022-12-20", "home_office_notified: 2023-01-20");
  const Problem late = Only(Check(fs), "check.timescale.home_office");
  CHECK(late.where.line == LineOf(fs, "home_office_notified: 2023-01-20"));
}

TEST_CASE("check: Sheffield's seven months to submission, unless the Home Office agreed a delay") {
  MemoryFileSystem fs = Example("case.yaml", "  extension_agreed: 2023-03-20\n", "");
  const Problem late = Only(Check(fs), "check.timescale.submitted");
  CHECK(late.where.line == LineOf(fs, "submitted: 2023-11-02"));
  CHECK(late.message.find("review: extension_agreed:") != std::string::npos);

  // Not submitted yet, and the seven months have passed on the day checked.
  MemoryFileSystem unsent = Example("case.yaml", "  extension_agreed: 2023-03-20\n", "");
  std::string& yaml = unsent.files["case/case.yaml"];
  yaml.erase(yaml.find("    submitted: 2023-11-02\n"), std::string("    submitted: 2023-11-02\n").size());
  CHECK(WithId(Check(unsent, {{2023, 6, 1}, std::nullopt}), "check.timescale.submitted").empty());
  CHECK(Only(Check(unsent, {{2023, 7, 1}, std::nullopt}), "check.timescale.submitted").message.find("not yet submitted") !=
        std::string::npos);
}

TEST_CASE("check: a publication day on, or within seven days of, the anniversary of the death") {
  MemoryFileSystem fs = Example();
  for (const Date day : {Date{2024, 11, 19}, Date{2024, 11, 12}, Date{2025, 11, 26}}) {
    CAPTURE(IsoText(day));
    const std::vector<Problem> problems = Check(fs, {kSubmitted, day});
    const Problem near = Only(problems, "check.publication.anniversary");
    CHECK(near.severity == Severity::kError);
    CHECK(near.where.line == LineOf(fs, "  date: 2022-11-19"));  // the homicide: entry
    CHECK(near.message.find("the anniversary of the death") != std::string::npos);
  }
  CHECK(Only(Check(fs, {kSubmitted, Date{2024, 11, 19}}), "check.publication.anniversary").message.find(" is on ") !=
        std::string::npos);
  CHECK(Only(Check(fs, {kSubmitted, Date{2024, 11, 24}}), "check.publication.anniversary").message.find(
            "5 days after") != std::string::npos);
  CHECK(Check(fs, {kSubmitted, Date{2024, 11, 27}}).size() == 1);  // eight days after: only the six-month warning
}

TEST_CASE("check: a publication day near the victim's or a child's birthday names them by code only") {
  MemoryFileSystem fs = Example();
  const Problem victim = Only(Check(fs, {kSubmitted, Date{2024, 4, 20}}), "check.publication.birthday");
  CHECK(victim.message.find("3 days after the birthday of Adult X (the victim)") != std::string::npos);
  CHECK(victim.where.line == LineOf(fs, "- name: Joanne Hartley") );
  const Problem child = Only(Check(fs, {kSubmitted, Date{2025, 2, 25}}), "check.publication.birthday");
  CHECK(child.message.find("2 days before the birthday of Child X2 (a child)") != std::string::npos);
  for (const Problem& p : {victim, child}) {
    CHECK(p.message.find("Joanne") == std::string::npos);
    CHECK(p.message.find("Mason") == std::string::npos);
    CHECK(p.message.find("1985") == std::string::npos);
    CHECK(p.message.find("2015") == std::string::npos);
  }
  // The perpetrator's birthday is not one the seeds ask about.
  CHECK(WithId(Check(fs, {kSubmitted, Date{2024, 9, 3}}), "check.publication.birthday").empty());
}

TEST_CASE("check: an unwritten section is an error naming its file") {
  MemoryFileSystem fs = Example();
  fs.files.erase("case/sections/overview/15-analysis.md");
  const std::vector<Problem> problems = Check(fs);
  const Problem unwritten = Only(problems, "check.section.unwritten");
  CHECK(unwritten.severity == Severity::kError);
  CHECK(unwritten.Describe() == "case/sections/overview/15-analysis.md: not written yet: the overview report's section "
                                "\"Analysis\"");
  CHECK(Errors(problems).size() == 1);
}

TEST_CASE("check: an action without a target date, a lead agency or a measure") {
  MemoryFileSystem fs = Example("case.yaml",
                                "        lead_agency: Northbrook Integrated Care Board\n"
                                "        lead_person: Safeguarding Lead GP\n",
                                "        lead_person: Safeguarding Lead GP\n");
  std::string& yaml = fs.files["case/case.yaml"];
  for (const std::string& line : {std::string("        target_date: 2024-09-30\n"),
                                 std::string("        measure: Fifty records audited; routine enquiry found in at "
                                             "least 40 of them.\n")}) {
    const size_t at = yaml.find(line);
    REQUIRE(at != std::string::npos);
    yaml.erase(at, line.size());
  }
  const std::vector<Problem> problems = Check(fs);
  const int row = LineOf(fs, "- action: Audit fifty records");
  for (const std::string id : {"check.action.target_date", "check.action.lead_agency", "check.action.measure"}) {
    const Problem p = Only(problems, id);
    CAPTURE(id);
    CHECK(p.severity == Severity::kError);
    CHECK(p.where.line == row);
    CHECK(p.message.starts_with("recommendations: action 1.2: "));
  }
  // A COMPLETE action's evidence of outcome is its measure.
  MemoryFileSystem complete = Example(
      "case.yaml", "        measure: Risk assessments completed with the victim alone in 90% of a dip sample of 100 incidents.\n",
      "");
  CHECK(WithId(Check(complete), "check.action.measure").empty());
}

TEST_CASE("check: action-plan rows past their target date and not COMPLETE, on the day checked") {
  MemoryFileSystem fs = Example();
  const std::vector<Problem> problems = Check(fs, {{2024, 7, 1}, std::nullopt});
  const std::vector<Problem> overdue = WithId(problems, "check.action.overdue");
  REQUIRE(overdue.size() == 3);  // 1.1 (GREEN), 3.1 (GREEN), 4.1 (AMBER); 2.1 and 6.1 are COMPLETE
  CHECK(overdue[0].message.starts_with("recommendations: action 1.1: past its target date (2024-06-30) and not "
                                       "COMPLETE (GREEN)"));
  CHECK(overdue[0].severity == Severity::kWarning);
  CHECK(overdue[1].message.starts_with("recommendations: action 3.1"));
  CHECK(overdue[2].message.starts_with("recommendations: action 4.1"));
  CHECK(WithId(Check(fs, {{2024, 6, 30}, std::nullopt}), "check.action.overdue").size() == 2);  // due today: not yet
}

TEST_CASE("check: a panel that met twice, or whose meetings are not counted") {
  MemoryFileSystem fs = Example("case.yaml", "panel_meetings: 6", "panel_meetings: 2");
  const Problem twice = Only(Check(fs), "check.panel.meetings");
  CHECK(twice.severity == Severity::kError);
  CHECK(twice.message == "review: panel_meetings: the review panel met 2 times; it should meet at least three times "
                         "before the report is signed off");
  MemoryFileSystem uncounted = Example("case.yaml", "  panel_meetings: 6\n", "");
  CHECK(Only(Check(uncounted), "check.panel.meetings").message.find("is not given") != std::string::npos);
}

TEST_CASE("check: the Chair's statement of independence") {
  MemoryFileSystem fs = Example("case.yaml",
                                "    independence: >-\n"
                                "      Helen Ashworth has never been employed by, or commissioned by, any agency of the Safer\n"
                                "      Northbrook Partnership, and had no contact with Adult X, her family or the perpetrator.\n",
                                "");
  const Problem missing = Only(Check(fs), "check.chair.independence");
  CHECK(missing.severity == Severity::kError);
  CHECK(missing.where.line == LineOf(fs, "partnership: Safer Northbrook Partnership"));  // review:
}

TEST_CASE("check: an equality and diversity section that names no protected characteristic") {
  MemoryFileSystem fs = Example();
  fs.files["case/sections/overview/10-equality-and-diversity.md"] =
      "The panel considered equality and diversity and found nothing of note.\n";
  const Problem none = Only(Check(fs), "check.equality.characteristics");
  CHECK(none.severity == Severity::kWarning);
  CHECK(none.where.file == "case/sections/overview/10-equality-and-diversity.md");

  CHECK(ProtectedCharacteristicsNamed("She was a practising Christian; her disability was not assessed.") ==
        std::vector<std::string>{"disability", "religion or belief"});
  CHECK(ProtectedCharacteristicsNamed("No issue of sexual orientation or gender reassignment arose.") ==
        std::vector<std::string>{"gender reassignment", "sexual orientation"});
  CHECK(ProtectedCharacteristicsNamed("The manager's page").empty());  // words, not letters within words
}

TEST_CASE("check: the family's involvement recorded") {
  MemoryFileSystem fs = Example("case.yaml",
                                "    participation: >-\n"
                                "      Adult X's mother and brother met the Chair and contributed throughout; the perpetrator's\n"
                                "      brother declined to take part.\n",
                                "");
  std::string& yaml = fs.files["case/case.yaml"];
  const std::string saw = "    saw_report: true        # the family read the report before it was submitted\n";
  REQUIRE(yaml.find(saw) != std::string::npos);
  yaml.erase(yaml.find(saw), saw.size());
  const std::vector<Problem> problems = Check(fs);
  CHECK(Only(problems, "check.family.participation").severity == Severity::kError);
  CHECK(Only(problems, "check.family.saw_report").severity == Severity::kWarning);
  CHECK(Only(problems, "check.family.participation").where.line == LineOf(fs, "pseudonym: declined"));
}

TEST_CASE("check: a child's code that gives their gender") {
  MemoryFileSystem fs = Example("case.yaml", "    relationship: daughter\n", "    relationship: daughter\n    code: Child XD\n");
  const Problem gendered = Only(Check(fs), "check.children.gendered_code");
  CHECK(gendered.severity == Severity::kWarning);
  CHECK(gendered.where.line == LineOf(fs, "- name: Lily Whitlock"));
}

TEST_CASE("check: no precise date of death on a report's title page") {
  MemoryFileSystem fs = Example();
  auto prepared = PrepareCase(fs, "case");
  REQUIRE(prepared.ok());
  auto sections = ReadSections(fs, "case");
  REQUIRE(sections.ok());
  auto overview = OpenBuiltinTemplate("overview-report");
  REQUIRE(overview.ok());
  ReviewUnderCheck review{*prepared, *sections, "Sheffield", {{"built-in overview-report.docx", &*overview}}};
  std::vector<Problem> out;
  CheckTitlePages(review, out);
  CHECK(out.empty());

  std::string xml = overview->Bytes("word/document.xml");
  const size_t at = xml.find("victim.death_month_year");
  REQUIRE(at != std::string::npos);
  xml.replace(at, std::string("victim.death_month_year").size(), "homicide.date | date");
  // The same tag after the title page is the report's business, not the title page's.
  const size_t body = xml.find("Pseudonyms used in this report");
  REQUIRE(body != std::string::npos);
  xml.insert(body, "{{homicide.date | date}} ");
  REQUIRE(overview->PutPart("word/document.xml", xml).ok());
  CheckTitlePages(review, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].id == "check.title_page.date_of_death");
  CHECK(out[0].severity == Severity::kError);
  CHECK(out[0].Describe() == "built-in overview-report.docx: word/document.xml: paragraph 5 of the title page: "
                             "{{homicide.date | date}} writes the precise date of death; a title page gives the month "
                             "and year only ({{victim.death_month_year}})");
}

TEST_CASE("check: a case that cannot be read is bad input, not a finding") {
  MemoryFileSystem fs = Example("case.yaml", "panel_meetings: 6", "panel_meetings: six");
  auto problems = CheckCaseFolder(fs, "case", {kSubmitted, std::nullopt});
  REQUIRE_FALSE(problems.ok());
  CHECK(problems.status().Describe().find("case/case.yaml:") == 0);
}

TEST_CASE("check: days between dates, across a leap day") {
  CHECK(DaysBetween(Date{2024, 2, 28}, Date{2024, 3, 1}) == 2);
  CHECK(DaysBetween(Date{2023, 3, 1}, Date{2023, 2, 28}) == -1);
  CHECK(GivesReasonForDelay("It was paused for the criminal trial."));
  CHECK(GivesReasonForDelay("This took longer due to the inquest."));
  CHECK_FALSE(GivesReasonForDelay("The panel first met in January 2023."));
}

}  // namespace
}  // namespace dhr::check
