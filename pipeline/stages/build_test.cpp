// BuildDocuments on the bundled example case with small fixture templates (tests/build_fixtures.h):
// what each stage does to each document, the data form's handling, all-or-nothing publication,
// and every template mistake reported at once. The real readers and the built-in templates are
// exercised in tests/build_stages_test.cpp.
#include "pipeline/stages/build.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "docx/properties.h"
#include "pipeline/publish/publish.h"
#include "pipeline/scan/package_text.h"
#include "tests/build_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr::stages {
namespace {

using testing::ExampleDir;

std::vector<DocumentTemplate> Templates(std::map<std::string, std::string> bytes = testing::FixtureTemplates()) {
  std::vector<DocumentTemplate> templates;
  for (auto& [name, docx] : bytes) {
    auto package = Package::Open(docx);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    templates.push_back(DocumentTemplate{name, "fixture " + name + ".docx", std::move(*package)});
  }
  return templates;
}

BuildOutcome Build(Stage stage, const std::string& case_path = ExampleDir()) {
  BuildRequest request;
  request.case_path = case_path;
  request.stage = stage;
  request.templates = Templates();
  auto outcome = BuildDocuments(Disk(), std::move(request));
  REQUIRE_MESSAGE(outcome.ok(), outcome.status().Describe());
  return std::move(*outcome);
}

// Every text of the document (paragraphs, headers, footers, properties), one item per line.
std::string AllText(const std::string& bytes) {
  auto package = Package::Open(bytes);
  REQUIRE(package.ok());
  std::string text;
  (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) { text += item.part + ": " + item.text + "\n"; });
  return text;
}

std::string HeaderText(const std::string& bytes) {
  auto package = Package::Open(bytes);
  REQUIRE(package.ok());
  std::string text;
  (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) {
    if (item.part.find("header") != std::string::npos || item.part.find("footer") != std::string::npos)
      text += item.text + "\n";
  });
  return text;
}

const BuiltDocument& Document(const BuildOutcome& outcome, const std::string& name) {
  for (const BuiltDocument& d : outcome.documents)
    if (d.name == name) return d;
  FAIL("no document " << name);
  return outcome.documents.front();
}

bool HasDataFormProperty(const std::string& bytes) {
  auto package = Package::Open(bytes);
  REQUIRE(package.ok());
  for (const Property& p : CustomProperties(*package))
    if (p.name == publish::kDocumentKindProperty && p.value == publish::kDataFormKind) return true;
  return false;
}

// A copy of the example case with `from` replaced by `to` in case.yaml.
std::string EditedExample(const testing::TempDir& dir, const std::string& from, const std::string& to) {
  std::filesystem::copy(ExampleDir(), dir.path() + "/case", std::filesystem::copy_options::recursive);
  std::string yaml = testing::ReadFile(dir.path() + "/case/case.yaml");
  const size_t at = yaml.find(from);
  REQUIRE(at != std::string::npos);
  yaml.replace(at, from.size(), to);
  testing::WriteFile(dir.path() + "/case/case.yaml", yaml);
  return dir.path() + "/case";
}

TEST_CASE("build: a draft with draft_names: codes has the codes, the marking and the draft number on every document") {
  BuildOutcome outcome = Build(Stage::kDraft);
  REQUIRE(outcome.documents.size() == 4);
  CHECK(outcome.scans.empty());
  const std::string overview = AllText(Document(outcome, "overview-report").bytes);
  CHECK(overview.find("Domestic Homicide Review into the death of Adult X in November 2022") != std::string::npos);
  CHECK(overview.find("Joanne") == std::string::npos);  // seed 004: drafts use the agreed codes
  CHECK(overview.find("Mother of Adult X") != std::string::npos);
  CHECK(overview.find("Stage: draft, draft number 4.") != std::string::npos);
  for (const BuiltDocument& d : outcome.documents) {
    CAPTURE(d.name);
    const std::string header = HeaderText(d.bytes);
    CHECK(header.find("OFFICIAL-SENSITIVE") != std::string::npos);
    CHECK((header.find("PERSONAL") != std::string::npos) == (d.name != kDataFormDocument));  // the case's descriptor
    CHECK((header.find("DRAFT 4") != std::string::npos) == (d.name != kDataFormDocument));
  }
  CHECK(AllText(Document(outcome, kDataFormDocument).bytes).find("Joanne Hartley") != std::string::npos);
}

TEST_CASE("build: draft with draft_names: real has the real names, the marking and the case's draft number on every document") {
  testing::TempDir dir;
  BuildOutcome outcome = Build(Stage::kDraft, EditedExample(dir, "draft_names: codes", "draft_names: real"));
  REQUIRE(outcome.documents.size() == 4);
  CHECK(outcome.scans.empty());
  const std::string overview = AllText(Document(outcome, "overview-report").bytes);
  CHECK(overview.find("Domestic Homicide Review into the death of Adult X in November 2022") != std::string::npos);
  CHECK(overview.find("Joanne Hartley") != std::string::npos);  // the narrative, unanonymised
  CHECK(overview.find("Mother of Adult X") != std::string::npos);  // the pseudonyms table's rows
  CHECK(overview.find("Stage: draft, draft number 4.") != std::string::npos);
  CHECK(overview.find("{{") == std::string::npos);
  for (const BuiltDocument& d : outcome.documents) {
    CAPTURE(d.name);
    const std::string header = HeaderText(d.bytes);
    CHECK(header.find("OFFICIAL-SENSITIVE") != std::string::npos);
    CHECK((header.find("DRAFT 4") != std::string::npos) == (d.name != kDataFormDocument));
  }
  const std::string form = AllText(Document(outcome, kDataFormDocument).bytes);
  CHECK(form.find("Joanne Hartley") != std::string::npos);
  CHECK(HasDataFormProperty(Document(outcome, kDataFormDocument).bytes));
  CHECK_FALSE(HasDataFormProperty(Document(outcome, "overview-report").bytes));
}

TEST_CASE("build: submission anonymises the reports, keeps the data form's names, marks all four") {
  BuildOutcome outcome = Build(Stage::kSubmission);
  REQUIRE(outcome.documents.size() == 4);
  for (const BuiltDocument& d : outcome.documents) {
    CAPTURE(d.name);
    const std::string text = AllText(d.bytes);
    const bool form = d.name == kDataFormDocument;
    CHECK((text.find("Joanne Hartley") != std::string::npos) == form);
    CHECK((text.find("Darren Whitlock") != std::string::npos) == form);
    const std::string header = HeaderText(d.bytes);
    CHECK(header.find("OFFICIAL-SENSITIVE") != std::string::npos);
    CHECK(header.find("DRAFT") == std::string::npos);
  }
  const std::string overview = AllText(Document(outcome, "overview-report").bytes);
  CHECK(overview.find("Adult XAP") != std::string::npos);
  CHECK(overview.find("Margaret") == std::string::npos);
  CHECK(overview.find("Stage: submission.") != std::string::npos);  // the final report has no draft number
}

TEST_CASE("build: publication has no data form, no marking, no name, and a clean scan of each document") {
  BuildOutcome outcome = Build(Stage::kPublication);
  CHECK(outcome.clean());
  REQUIRE(outcome.documents.size() == 3);
  CHECK(outcome.scans.size() == 3);
  for (const BuiltDocument& d : outcome.documents) {
    CAPTURE(d.name);
    CHECK(d.name != kDataFormDocument);
    const std::string text = AllText(d.bytes);
    CHECK(text.find("OFFICIAL") == std::string::npos);
    CHECK(text.find("DRAFT") == std::string::npos);
    CHECK(text.find("Joanne") == std::string::npos);
    CHECK(text.find("Hartley") == std::string::npos);
    CHECK(text.find("Whitlock") == std::string::npos);
  }
}

// A copy of the example case whose family chose the victim's own short name as her pseudonym: the
// anonymiser writes it (with a warning), the independent scan finds it.
TEST_CASE("build: publication with a planted leak gives no document at all, only the findings") {
  testing::TempDir dir;
  std::filesystem::copy(ExampleDir(), dir.path() + "/case", std::filesystem::copy_options::recursive);
  const std::string yaml = dir.path() + "/case/case.yaml";
  std::string text = testing::ReadFile(yaml);
  const std::string victim = "    role: victim\n";
  REQUIRE(text.find(victim) != std::string::npos);
  text.replace(text.find(victim), victim.size(), victim + "    pseudonym: Jo\n");
  testing::WriteFile(yaml, text);
  BuildOutcome outcome = Build(Stage::kPublication, dir.path() + "/case");
  CHECK_FALSE(outcome.clean());
  CHECK(outcome.documents.empty());
  size_t findings = 0;
  for (const scan::FileScan& s : outcome.scans) findings += s.report.findings.size();
  CHECK(findings > 0);
}

TEST_CASE("build: every mistake of every template at once, each with its template and paragraph") {
  auto bytes = testing::FixtureTemplates();
  bytes["overview-report"] = testing::FixtureTemplate(testing::FixtureParagraph("{{#each people}} no end") +
                                                      testing::FixtureParagraph("{{ title | capitals }}"));
  bytes["action-plan"] = testing::FixtureTemplate(testing::FixtureParagraph("{{/if}}"));
  BuildRequest request;
  request.case_path = ExampleDir();
  request.stage = Stage::kDraft;
  request.templates = Templates(bytes);
  auto outcome = BuildDocuments(Disk(), std::move(request));
  REQUIRE_FALSE(outcome.ok());
  CHECK(outcome.status().id() == "build.template_errors");
  const std::string message = outcome.status().Describe();
  CHECK(message.find("fixture overview-report.docx: word/document.xml, paragraph 1:") != std::string::npos);
  CHECK(message.find("fixture overview-report.docx: word/document.xml, paragraph 2:") != std::string::npos);
  CHECK(message.find("template.unknown_filter") != std::string::npos);
  CHECK(message.find("fixture action-plan.docx: word/document.xml, paragraph 1:") != std::string::npos);
}

TEST_CASE("build: a stage name is draft, submission or publication") {
  CHECK(ParseStage("draft").ok());
  CHECK(*ParseStage("publication") == Stage::kPublication);
  auto bad = ParseStage("final");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().id() == "stage.unknown");
}

TEST_CASE("build: a missing template is an error naming the document") {
  auto bytes = testing::FixtureTemplates();
  bytes.erase("action-plan");
  BuildRequest request;
  request.case_path = ExampleDir();
  request.templates = Templates(bytes);
  auto outcome = BuildDocuments(Disk(), std::move(request));
  REQUIRE_FALSE(outcome.ok());
  CHECK(outcome.status().id() == "build.missing_template");
  CHECK(outcome.status().message().find("action-plan") != std::string::npos);
}

TEST_CASE("build: the 2024 Act's title comes from the case file") {
  testing::TempDir dir;
  std::filesystem::copy(ExampleDir(), dir.path() + "/case", std::filesystem::copy_options::recursive);
  const std::string yaml = dir.path() + "/case/case.yaml";
  std::string text = testing::ReadFile(yaml);
  const std::string title = "title: Domestic Homicide Review";
  REQUIRE(text.find(title) != std::string::npos);
  text.replace(text.find(title), title.size(), "title: Domestic Abuse Related Death Review");
  testing::WriteFile(yaml, text);
  BuildOutcome outcome = Build(Stage::kDraft, dir.path() + "/case");
  for (const std::string name : {"overview-report", "executive-summary", "action-plan"}) {
    CAPTURE(name);
    CHECK(AllText(Document(outcome, name).bytes).find("Domestic Abuse Related Death Review") != std::string::npos);
  }
}

}  // namespace
}  // namespace dhr::stages
