// The anonymiser over the real-world corpus: what Word really writes.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "pipeline/prepare/prepared_case.h"
#include "anonymiser/document_anonymiser.h"
#include "docx/text.h"
#include "pipeline/scan/package_scan.h"
#include "tests/docx_fixture.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

const PreparedCase& TestCase() {
  static const PreparedCase prepared = [] {
    auto p = PrepareCase(Disk(), testing::TestCaseFolder());
    REQUIRE_MESSAGE(p.ok(), p.status().Describe());
    return std::move(p).value();
  }();
  return prepared;
}


// Puts a sentence full of the case's names at the start of the first text of every paragraph of
// every text part, wherever Word keeps it: runs, tracked changes, comments, text boxes, fields.
void PlantNames(Package& package) {
  for (const std::string& part : package.TextParts()) {
    for (xmlNode* p : Paragraphs(package.Xml(part)->root())) {
      for (TextLayer layer : {TextLayer::kVisible, TextLayer::kDeleted, TextLayer::kFieldCode}) {
        ParagraphText text = ReadParagraph(p, layer);
        if (text.text.empty()) continue;
        const std::string plant = layer == TextLayer::kFieldCode ? " Kez " : "Siân Delacroix-Webb told Kieran D’Arcy: ";
        REQUIRE(ApplyEdits(text, {{0, 0, plant}}).ok());
      }
    }
    package.MarkEdited(part);
  }
}

TEST_CASE("anonymise corpus: names planted in every paragraph of real Word documents are all replaced" * doctest::test_suite("readers")) {
  auto target = scan::CompileScanTarget(TestCase().the_case);
  REQUIRE(target.ok());
  testing::TempDir out;
  std::vector<std::string> outputs;
  for (const std::string& file : testing::CorpusFiles()) {
    CAPTURE(file);
    auto package = Package::OpenFile(Disk(), file);
    REQUIRE(package.ok());
    PlantNames(*package);
    auto planted = Package::Open(*package->Save());
    REQUIRE(planted.ok());
    std::vector<AuditRow> audit;
    REQUIRE(AnonymiseDocument(*planted, *TestCase().matcher, &audit).ok());
    auto saved = planted->Save();
    REQUIRE(saved.ok());
    auto reopened = Package::Open(*saved);
    REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
    auto findings = scan::ScanPackage(*reopened, *target, {});
    REQUIRE(findings.ok());
    std::string left;
    for (const auto& f : findings->findings)
      if (f.category == scan::Category::kIdentifier) left += f.part + " " + f.location + ": " + f.matched + "\n";
    CHECK_MESSAGE(left.empty(), left);
    const std::string path = out.File(std::filesystem::path(file).filename().string());
    testing::WriteFile(path, *saved);
    outputs.push_back(path);
  }
  const auto texts = testing::LibreOfficeText(outputs);
  CHECK(texts.size() == outputs.size());
  for (const auto& [file, text] : texts) {
    CAPTURE(file);
    CHECK(text.find("Delacroix") == std::string::npos);
    CHECK(text.find("Kieran") == std::string::npos);
  }
}

TEST_CASE("anonymise corpus: a document with no identifier of the case comes out with the same text" * doctest::test_suite("readers")) {
  testing::TempDir out;
  std::vector<std::string> originals, outputs;
  for (const std::string& file : testing::CorpusFiles()) {
    auto package = Package::OpenFile(Disk(), file);
    REQUIRE(package.ok());
    std::vector<AuditRow> audit;
    REQUIRE(AnonymiseDocument(*package, *TestCase().matcher, &audit).ok());
    // The corpus holds no name of the case; what the generic rules find there (dates in
    // properties, example addresses) is listed, and the document is compared only when nothing was.
    if (!audit.empty()) continue;
    const std::string path = out.File(std::filesystem::path(file).filename().string());
    REQUIRE(package->SaveFile(Disk(), path).ok());
    originals.push_back(file);
    outputs.push_back(path);
  }
  CHECK(outputs.size() >= 60);
  const auto before = testing::LibreOfficeText(originals);
  const auto after = testing::LibreOfficeText(outputs);
  REQUIRE(after.size() == outputs.size());
  for (size_t i = 0; i < outputs.size(); ++i) {
    CAPTURE(originals[i]);
    CHECK(before.at(originals[i]) == after.at(outputs[i]));
  }
}

TEST_CASE("anonymise: public names in keep survive beside the names they resemble") {
  auto package = Package::Open(
      testing::DocxFixture()
          .Body("<w:p><w:r><w:t>Dr Ruth Adebayo chaired. Connor Walsh attended for West Yorkshire Police; Connor "
                "D'Arcy did not. Connor said nothing.</w:t></w:r></w:p>")
          .Bytes());
  REQUIRE(package.ok());
  REQUIRE(AnonymiseDocument(*package, *TestCase().matcher, nullptr).ok());
  const std::string text = ReadParagraph(Paragraphs(package->Xml("word/document.xml")->root())[0]).text;
  CHECK(text.find("Dr Ruth Adebayo chaired. Connor Walsh attended for West Yorkshire Police; ") == 0);
  CHECK(text.find("D'Arcy") == std::string::npos);
  CHECK(text.find("Connor said") == std::string::npos);
}

}  // namespace
}  // namespace dhr
