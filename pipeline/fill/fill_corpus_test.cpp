// The fill stage against real Word documents: tags typed into every paragraph of every part of
// the corpus (so they land in runs split by spell-check marks, bookmarks, fields, hyperlinks,
// tracked changes...) fill to exactly the text expected, through both output paths.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "docx/file_io.h"
#include "docx/package.h"
#include "docx/text.h"
#include "pipeline/fill/fill.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

constexpr PartKind kFilledKinds[] = {PartKind::kMainDocument, PartKind::kHeader, PartKind::kFooter,
                                     PartKind::kComments, PartKind::kFootnotes, PartKind::kEndnotes};

// The text of every w:p of the filled parts, by part.
std::map<std::string, std::vector<std::string>> Texts(Package& package) {
  std::map<std::string, std::vector<std::string>> texts;
  for (PartKind kind : kFilledKinds)
    for (const std::string& part : package.PartsOfKind(kind))
      for (xmlNode* p : Paragraphs(package.Xml(part)->root()))
        if (IsElement(p, ns::kW, "p")) texts[part].push_back(ReadParagraph(p).text);
  return texts;
}

// Wraps each paragraph's text in {{#if yes}}...{{/if}} (when its first and last runs are
// siblings) and ends it with {{value}}; returns what the filled paragraphs should read.
std::map<std::string, std::vector<std::string>> AddTags(Package& package) {
  std::map<std::string, std::vector<std::string>> expected;
  for (PartKind kind : kFilledKinds) {
    for (const std::string& part : package.PartsOfKind(kind)) {
      for (xmlNode* p : Paragraphs(package.Xml(part)->root())) {
        if (!IsElement(p, ns::kW, "p")) continue;
        ParagraphText text = ReadParagraph(p);
        if (text.pieces.empty() || text.text.find_first_of("{}") != std::string::npos) {
          expected[part].push_back(text.text);
          continue;
        }
        const xmlNode* first_run = text.pieces.front().node->parent;
        const xmlNode* last_run = text.pieces.back().node->parent;
        std::vector<TextEdit> edits{{text.text.size(), text.text.size(), "{{value}}"}};
        if (first_run->parent == last_run->parent && text.pieces.front().begin == 0) {
          edits.front().replacement = "{{/if}}{{value}}";
          edits.push_back({0, 0, "{{#if yes}}"});
        }
        REQUIRE(ApplyEdits(text, edits).ok());
        expected[part].push_back(text.text.substr(edits.size() == 2 ? 11 : 0, text.text.size() -
                                                                           (edits.size() == 2 ? 11 + 16 : 9)) + "V");
      }
      package.MarkEdited(part);
    }
  }
  return expected;
}

TEST_CASE("fill corpus: tags typed into every paragraph of real documents fill to the expected text") {
  const std::vector<std::string> files = testing::CorpusFiles();
  REQUIRE(files.size() > 50);
  const nlohmann::json data = {{"value", "V"}, {"yes", true}};
  testing::TempDir out;
  std::vector<std::string> filled_files;
  for (const std::string& file : files) {
    CAPTURE(file);
    auto original = Package::OpenFile(Disk(), file);
    REQUIRE(original.ok());
    const auto expected = AddTags(*original);
    auto template_bytes = original->Save();
    REQUIRE(template_bytes.ok());

    auto in_place = Package::Open(*template_bytes);
    REQUIRE(in_place.ok());
    FillReport report;
    Status status = Fill(*in_place, data, {}, &report);
    REQUIRE_MESSAGE(status.ok(), status.Describe());
    CHECK(report.warnings.empty());
    const auto filled = Texts(*in_place);
    CHECK(filled == expected);
    for (const auto& [part, texts] : expected) {
      const auto& got = filled.at(part);
      for (size_t i = 0; i < std::min(texts.size(), got.size()); ++i)
        if (texts[i] != got[i]) MESSAGE(part << " paragraph " << i + 1 << ": \"" << got[i] << "\" instead of \"" << texts[i] << "\"");
    }

    auto streamed_template = Package::Open(*template_bytes);
    REQUIRE(streamed_template.ok());
    auto streamed = FillToDocx(std::move(streamed_template).value(), data, {}, nullptr);
    REQUIRE_MESSAGE(streamed.ok(), streamed.status().Describe());
    auto reopened = Package::Open(*streamed);
    REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
    CHECK(Texts(*reopened) == expected);
    // python-docx must open what it opened before.
    if (testing::PythonDocxOpens({file}).empty()) {
      filled_files.push_back(out.File(std::filesystem::path(file).filename().string()));
      testing::WriteFile(filled_files.back(), *streamed);
    }
  }
  REQUIRE(filled_files.size() > 50);
  CHECK(testing::PythonDocxOpens(filled_files) == "");
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
