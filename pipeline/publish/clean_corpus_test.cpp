// CleanForPublication against the real-world corpus, read back by LibreOffice and python-docx.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "docx/package.h"
#include "pipeline/publish/clean.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr::publish {
namespace {

using dhr::testing::TempDir;

// What Word shows after "Accept All Changes" and "Delete All Comments", one line per paragraph,
// as LibreOffice writes it to text. Checked by hand against each file's word/document.xml:
//   deletion    "This is a text with a" + deleted "n excessively modified" + " deletion."
//   insertion   "This is a text with " + inserted "two exciting " + "insertions."
//   move        a paragraph moved up: the moveTo copy stays, the moveFrom copy's runs go; no
//               paragraph mark is tracked, so the emptied paragraph stays, empty
//   paragraph   "This is a" (inserted mark: stays apart), " split" (deleted mark: joins the next
//               paragraph) + "Paragraph."
//   scrubbed    "Here is a " + deleted "dummy" + inserted "test" + " " + commented "document" + "."
const std::map<std::string, std::string> kAcceptedText = {
    {"track_changes_deletion.docx", "This is a text with a deletion.\n"},
    {"track_changes_insertion.docx", "This is a text with two exciting insertions.\n"},
    {"track_changes_move.docx",
     "Here is some text.\n\nHere is the text to be moved.\n\nHere is some more text.\n\n\n\n\n"},
    {"paragraph_insertion_deletion.docx", "This is a\n splitParagraph.\n"},
    {"track_changes_scrubbed_metadata.docx", "Here is a test document.\n"},
};


constexpr const char* kForbiddenPartNames[] = {"comments", "people.xml", "customXml/", "thumbnail"};
constexpr const char* kForbiddenMarkup[] = {"<w:ins ", "<w:ins>", "<w:del ", "<w:del>", "<w:delText",
                                            "<w:moveFrom", "<w:moveTo", "<w:commentRangeStart",
                                            "<w:commentReference", "PrChange ", "<w:tblGridChange", " w:rsid", "<w:dataBinding"};

using dhr::testing::CorpusFiles;

std::string WithoutByteOrderMark(const std::string& text) {
  return text.rfind("\xEF\xBB\xBF", 0) == 0 ? text.substr(3) : text;
}

struct Cleaned {
  std::string name;      // "comments.docx"
  std::string original;  // copy of the original, for LibreOffice
  std::string cleaned;
  CleanReport report;
};

TEST_CASE("publish corpus: every file cleans to a package LibreOffice and python-docx open, with nothing hidden left" * doctest::test_suite("readers")) {
  TempDir dir;
  std::vector<Cleaned> files;
  for (const std::string& path : CorpusFiles()) {
    Cleaned file;
    file.name = std::filesystem::path(path).filename().string();
    CAPTURE(file.name);
    auto package = Package::OpenFile(Disk(), path);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    const Status status = CleanForPublication(*package, CleanOptions{}, &file.report);
    REQUIRE_MESSAGE(status.ok(), status.Describe());
    auto saved = package->Save();
    REQUIRE(saved.ok());
    auto reopened = Package::Open(*saved);
    REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
    for (const PartInfo& part : reopened->parts()) {
      CAPTURE(part.name);
      for (const char* forbidden : kForbiddenPartNames) CHECK(part.name.find(forbidden) == std::string::npos);
      if (!part.is_xml) continue;
      const std::string xml = reopened->Bytes(part.name);
      for (const char* markup : kForbiddenMarkup) CHECK_MESSAGE(xml.find(markup) == std::string::npos, markup);
    }
    CHECK(CountTrackedChangesIn(*reopened) == 0);
    file.original = dir.File("original-" + file.name);
    file.cleaned = dir.File("cleaned-" + file.name);
    dhr::testing::WriteFile(file.original, dhr::testing::ReadFile(path));
    dhr::testing::WriteFile(file.cleaned, *saved);
    files.push_back(std::move(file));
  }
  REQUIRE(files.size() == 85);

  // One LibreOffice run for all files, originals and cleaned copies.
  std::vector<std::string> inputs;
  for (const Cleaned& file : files) {
    inputs.push_back(file.original);
    inputs.push_back(file.cleaned);
  }
  const auto texts = dhr::testing::LibreOfficeText(inputs);
  size_t compared = 0;
  for (const Cleaned& file : files) {
    CAPTURE(file.name);
    const auto original = texts.find(file.original);
    const auto cleaned = texts.find(file.cleaned);
    if (original == texts.end()) continue;  // LibreOffice cannot read the original either
    REQUIRE_MESSAGE(cleaned != texts.end(), "LibreOffice could not read the cleaned copy");
    const std::string text = WithoutByteOrderMark(cleaned->second);
    if (auto expected = kAcceptedText.find(file.name); expected != kAcceptedText.end()) {
      CHECK(text == expected->second);
      ++compared;
      continue;
    }
    // LibreOffice shows deleted and hidden text: where cleaning removed some, the text differs.
    if (!file.report.ChangedText()) CHECK(text == WithoutByteOrderMark(original->second));
  }
  CHECK(compared == kAcceptedText.size());

  // python-docx opens every cleaned copy whose original it opens.
  std::vector<std::string> originals, cleaned;
  for (const Cleaned& file : files) {
    originals.push_back(file.original);
    cleaned.push_back(file.cleaned);
  }
  if (dhr::testing::PythonDocxOpens(originals).empty()) {
    CHECK(dhr::testing::PythonDocxOpens(cleaned) == "");
  } else {
    for (const Cleaned& file : files) {
      if (!dhr::testing::PythonDocxOpens({file.original}).empty()) continue;
      CAPTURE(file.name);
      CHECK(dhr::testing::PythonDocxOpens({file.cleaned}) == "");
    }
  }
}

TEST_CASE("publish corpus: files with comments and tracked changes lose them; reject_on_revisions leaves them whole") {
  struct Expectation {
    const char* file;
    size_t comments;
    size_t tracked_changes;
  };
  for (const Expectation& e : {Expectation{"comments.docx", 5, 0}, Expectation{"comments_warning.docx", 1, 0},
                               Expectation{"track_changes_deletion.docx", 0, 1},
                               Expectation{"track_changes_insertion.docx", 0, 1},
                               Expectation{"track_changes_move.docx", 0, 2},
                               Expectation{"paragraph_insertion_deletion.docx", 0, 2},
                               Expectation{"track_changes_scrubbed_metadata.docx", 1, 2}}) {
    CAPTURE(e.file);
    const std::string path = dhr::testing::CorpusDir() + "/" + e.file;
    auto package = Package::OpenFile(Disk(), path);
    REQUIRE(package.ok());
    CHECK(CountTrackedChangesIn(*package) == e.tracked_changes);
    auto before = package->Save();
    REQUIRE(before.ok());
    const Status refused = CleanForPublication(*package, CleanOptions{true}, nullptr);
    if (e.tracked_changes > 0) {
      CHECK(refused.id() == "publish.tracked_changes");
      auto after = package->Save();
      REQUIRE(after.ok());
      CHECK(*after == *before);
    } else {
      CHECK(refused.ok());
    }
    auto fresh = Package::OpenFile(Disk(), path);
    REQUIRE(fresh.ok());
    CleanReport report;
    REQUIRE(CleanForPublication(*fresh, CleanOptions{}, &report).ok());
    CHECK(report.Count(clean_category::kComments) == e.comments);
    CHECK(report.Count(clean_category::kInsertions) + report.Count(clean_category::kDeletions) +
              report.Count(clean_category::kFormattingChanges) ==
          e.tracked_changes);
    CHECK(fresh->PartsOfKind(PartKind::kComments).empty());
    CHECK(fresh->PartsOfKind(PartKind::kPeople).empty());
  }
}

}  // namespace
}  // namespace dhr::publish
