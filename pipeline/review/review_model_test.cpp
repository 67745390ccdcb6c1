// The review model holds what the stages themselves report: the anonymiser's audit, the cleaning
// report, the strip report and the scan's undeclared names, each run apart here and compared.
#include "pipeline/review/review_model.h"

#include <doctest/doctest.h>

#include "docx/package.h"
#include "pipeline/publish/clean.h"
#include "pipeline/review/review_test_support.h"

namespace dhr::review {
namespace {

using testing::ExampleCase;

Package Open(const std::string& bytes) {
  auto package = Package::Open(bytes);
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return std::move(*package);
}

ReviewModel Model(const std::string& bytes) {
  auto model = BuildReviewModel(bytes, "in.docx", ExampleCase());
  REQUIRE_MESSAGE(model.ok(), model.status().Describe());
  return std::move(*model);
}

std::vector<AuditRow> AuditOf(const std::string& bytes) {
  Package package = Open(bytes);
  std::vector<AuditRow> audit;
  REQUIRE(AnonymiseDocument(package, *ExampleCase().matcher, &audit).ok());
  return audit;
}

// Every replacement inside a paragraph is on its block, where its original stands.
void CheckEveryParagraphReplacementPlaced(const ReviewModel& model) {
  std::vector<int> placed(model.replacements.size(), 0);
  for (const TextBlock& block : model.blocks) {
    for (size_t r : block.replacements) {
      const AuditRow& row = model.replacements[r];
      CHECK(row.part == block.part);
      CHECK(row.paragraph == block.paragraph);
      CHECK(block.text.substr(row.begin, row.end - row.begin) == row.original);
      ++placed[r];
    }
  }
  for (size_t r = 0; r < model.replacements.size(); ++r) {
    CAPTURE(model.replacements[r].where);
    CHECK(placed[r] == (model.replacements[r].paragraph > 0 ? 1 : 0));
  }
}

TEST_CASE("review model: the example IMR's replacements are the anonymiser's audit, each placed in its paragraph") {
  const std::string bytes = testing::ExampleImrBytes();
  const ReviewModel model = Model(bytes);
  const std::vector<AuditRow> audit = AuditOf(bytes);
  REQUIRE(model.replacements.size() == audit.size());
  CHECK(audit.size() > 20);
  for (size_t i = 0; i < audit.size(); ++i) {
    CHECK(model.replacements[i].original == audit[i].original);
    CHECK(model.replacements[i].replacement == audit[i].replacement);
    CHECK(model.replacements[i].rule == audit[i].rule);
  }
  CheckEveryParagraphReplacementPlaced(model);
  size_t ambiguous = 0;
  for (const AuditRow& row : audit) ambiguous += row.ambiguous;
  CHECK(model.Counts().replacements == audit.size());
  CHECK(model.Counts().ambiguous == ambiguous);
  // The blocks are the document's text: the victim's name stands in it, replaced by her code.
  bool victim = false;
  for (const TextBlock& block : model.blocks)
    for (size_t r : block.replacements)
      victim = victim || (model.replacements[r].original == "Joanne Hartley" && model.replacements[r].replacement == "Adult X");
  CHECK(victim);
}

TEST_CASE("review model: hidden items are the cleaning report's, markings the strip report's") {
  const std::string bytes = testing::ReviewFixture();
  const ReviewModel model = Model(bytes);

  Package cleaned = Open(bytes);
  publish::CleanReport report;
  REQUIRE(publish::CleanForPublication(cleaned, {}, &report).ok());
  CHECK(model.Counts().hidden == report.Lines().size());
  CHECK(report.Count(publish::clean_category::kComments) == 1);
  bool comment = false, creator = false;
  for (const HiddenItem& item : model.hidden) {
    comment = comment || (item.description == publish::clean_category::kComments && item.count == 1);
    creator = creator || item.description == "core dc:creator";
  }
  CHECK(comment);
  CHECK(creator);

  REQUIRE(model.markings.size() == 1);
  CHECK(model.markings[0].part == "word/header1.xml");
  CHECK(model.markings[0].text == "OFFICIAL-SENSITIVE");
  CHECK(model.Counts().markings == 1);
}

TEST_CASE("review model: tracked deletions and comments are text blocks with their replacements") {
  const ReviewModel model = Model(testing::ReviewFixture());
  CheckEveryParagraphReplacementPlaced(model);
  const TextBlock* deleted = nullptr;
  const TextBlock* comment = nullptr;
  for (const TextBlock& block : model.blocks) {
    if (block.layer == TextLayer::kDeleted) deleted = &block;
    if (block.part == "word/comments.xml") comment = &block;
  }
  REQUIRE(deleted != nullptr);
  CHECK(deleted->text == "Darren Whitlock left.");
  REQUIRE(deleted->replacements.size() == 1);
  CHECK(model.replacements[deleted->replacements[0]].original == "Darren Whitlock");
  REQUIRE(comment != nullptr);
  REQUIRE(comment->replacements.size() == 1);
  CHECK(model.replacements[comment->replacements[0]].original == "Margaret Hartley");
  // "Ms Hartley": three people of the case are Hartleys.
  bool ambiguous = false;
  for (const AuditRow& row : model.replacements) ambiguous = ambiguous || (row.ambiguous && row.original == "Ms Hartley");
  CHECK(ambiguous);
}

TEST_CASE("review model: a name the case does not declare is listed with its YAML and placed in its paragraph") {
  const ReviewModel model = Model(testing::ReviewFixture());
  REQUIRE_FALSE(model.suggestions.empty());
  CHECK(model.Counts().undeclared == model.suggestions.size());
  CHECK(model.suggestion_yaml.find("Tasha") != std::string::npos);
  bool placed = false;
  for (const TextBlock& block : model.blocks)
    for (const TextBlock::Undeclared& u : block.undeclared)
      if (u.end > u.begin) {
        CHECK(block.text.substr(u.begin, u.end - u.begin) == model.undeclared_findings[u.finding].matched);
        placed = placed || block.text.substr(u.begin, u.end - u.begin).find("Tasha") != std::string::npos;
      }
  CHECK(placed);
}

TEST_CASE("review model: a file that is not a Word document is an error naming it") {
  auto model = BuildReviewModel("not a zip at all", "notes.docx", ExampleCase());
  REQUIRE_FALSE(model.ok());
  CHECK(model.status().Describe().find("notes.docx") != std::string::npos);
}

TEST_CASE("review model: replacement kinds follow the anonymiser's rule names") {
  CHECK(KindOfRule("name:person:0") == ReplacementKind::kPerson);
  CHECK(KindOfRule("name:professional:2") == ReplacementKind::kProfessional);
  CHECK(KindOfRule("name:place:1") == ReplacementKind::kPlace);
  CHECK(KindOfRule("date") == ReplacementKind::kDate);
  CHECK(KindOfRule("generic:postcode") == ReplacementKind::kGeneric);
  CHECK(KindOfRule("extra:case-ref") == ReplacementKind::kExtra);
}

}  // namespace
}  // namespace dhr::review
