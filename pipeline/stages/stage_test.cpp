// The stage runner: what each stage does to a filled document, shared by `dhr build` and
// `dhr chronology`; and a whole build run in memory (the case folder read through the FileSystem).
#include "pipeline/stages/stage.h"

#include <doctest/doctest.h>

#include "pipeline/scan/package_text.h"
#include "pipeline/stages/build.h"
#include "tests/build_fixtures.h"
#include "tests/memory_case.h"

namespace dhr::stages {
namespace {

// A one-paragraph document.
Package Filled(const std::string& text) {
  auto package = Package::Open(testing::FixtureTemplate(testing::FixtureParagraph(text)));
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return std::move(*package);
}

std::string AllText(const std::string& bytes) {
  auto package = Package::Open(bytes);
  REQUIRE(package.ok());
  std::string text;
  (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) { text += item.text + "\n"; });
  return text;
}

const PreparedCase& Example() {
  static MemoryFileSystem fs = testing::ExampleCaseInMemory("case");
  static const PreparedCase prepared = [] {
    auto p = PrepareCase(fs, "case");
    REQUIRE_MESSAGE(p.ok(), p.status().Describe());
    return std::move(*p);
  }();
  return prepared;
}

TEST_CASE("stage: publication of a case prepared without the scan's target writes nothing") {
  MemoryFileSystem fs = testing::ExampleCaseInMemory("case");
  auto prepared = PrepareCase(fs, "case", PrepareOptions{/*scan_target=*/false});
  REQUIRE(prepared.ok());
  Package filled = Filled("Nothing identifying here.");
  auto staged = RunStage(filled, Stage::kPublication, *prepared, StageDocument{"report.docx", false});
  REQUIRE_FALSE(staged.ok());
  CHECK(staged.status().id() == "publish.internal");
}

TEST_CASE("stage: parse and name") {
  CHECK(*ParseStage("submission") == Stage::kSubmission);
  CHECK(std::string(StageName(Stage::kPublication)) == "publication");
  auto bad = ParseStage("final");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().id() == "stage.unknown");
}

TEST_CASE("stage: a draft follows the case's draft_names; submission anonymises; the data form is never anonymised") {
  const std::string victim = Example().the_case.people.front().name;
  REQUIRE(Example().draft_codes);  // the example's scheme (Sheffield): drafts use the codes
  Package draft = Filled(victim + " was seen.");
  auto drafted = RunStage(draft, Stage::kDraft, Example(), {"a.docx", false, false});
  REQUIRE_MESSAGE(drafted.ok(), drafted.status().Describe());
  CHECK(drafted->clean());
  CHECK(AllText(drafted->bytes).find(victim) == std::string::npos);
  CHECK(AllText(drafted->bytes).find("OFFICIAL-SENSITIVE") != std::string::npos);

  Package named = Filled(victim + " was seen.");
  auto named_draft = RunStage(named, Stage::kDraft, Example(), {"chronology.docx", false, true});
  REQUIRE(named_draft.ok());
  CHECK(AllText(named_draft->bytes).find(victim) != std::string::npos);

  Package submission = Filled(victim + " was seen.");
  auto submitted = RunStage(submission, Stage::kSubmission, Example(), {"a.docx", false, true});
  REQUIRE(submitted.ok());
  CHECK(AllText(submitted->bytes).find(victim) == std::string::npos);
  CHECK(AllText(submitted->bytes).find("OFFICIAL-SENSITIVE") != std::string::npos);

  Package form = Filled(victim + " was seen.");
  auto form_submitted = RunStage(form, Stage::kSubmission, Example(), {"data-form.docx", true, false});
  REQUIRE(form_submitted.ok());
  CHECK(AllText(form_submitted->bytes).find(victim) != std::string::npos);
}

TEST_CASE("stage: publication gives the scan; a finding is findings and no bytes, not an error") {
  const std::string victim = Example().the_case.people.front().name;
  Package clean = Filled(victim + " was seen.");
  auto published = RunStage(clean, Stage::kPublication, Example(), {"a.docx", false, false});
  REQUIRE_MESSAGE(published.ok(), published.status().Describe());
  REQUIRE(published->scan);
  CHECK(published->clean());
  CHECK_FALSE(published->bytes.empty());
  CHECK(AllText(published->bytes).find("OFFICIAL") == std::string::npos);

  Package leaky = Filled("Detective Sergeant Marcus Whitlow-Brennan visited the house.");
  auto refused = RunStage(leaky, Stage::kPublication, Example(), {"b.docx", false, false});
  REQUIRE_MESSAGE(refused.ok(), refused.status().Describe());
  CHECK_FALSE(refused->clean());
  CHECK(refused->bytes.empty());
  CHECK(refused->scan->findings.front().file == "b.docx");
}

TEST_CASE("build: a whole draft build runs in memory, sections and chronology read through the FileSystem") {
  MemoryFileSystem fs = testing::ExampleCaseInMemory("case");
  BuildRequest request;
  request.case_path = "case";
  request.stage = Stage::kDraft;
  for (auto& [name, docx] : testing::FixtureTemplates()) {
    auto package = Package::Open(docx);
    REQUIRE(package.ok());
    request.templates.push_back(DocumentTemplate{name, "fixture " + name + ".docx", std::move(*package)});
  }
  auto outcome = BuildDocuments(fs, std::move(request));
  REQUIRE_MESSAGE(outcome.ok(), outcome.status().Describe());
  CHECK(outcome->documents.size() == DocumentNames().size());
  // Nothing was written: the memory holds the case and nothing else.
  for (const auto& [path, bytes] : fs.files) CHECK(path.rfind("case/", 0) == 0);
}

}  // namespace
}  // namespace dhr::stages
