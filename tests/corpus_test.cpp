// The docx engine against the real-world corpus: what Word and LibreOffice really write.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "docx/package.h"
#include "docx/text.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using testing::TempDir;

using testing::CorpusFiles;

TEST_CASE("corpus: the corpus is there") { CHECK(CorpusFiles().size() == 85); }

TEST_CASE("corpus: open and save without edits keeps every part byte for byte, and LibreOffice reads the same text" * doctest::test_suite("readers")) {
  TempDir out;
  std::vector<std::string> originals, copies;
  for (const std::string& file : CorpusFiles()) {
    CAPTURE(file);
    auto package = Package::OpenFile(Disk(), file);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    // Walk every paragraph's text, as every stage does, without editing.
    for (const std::string& part : package->TextParts())
      for (xmlNode* p : Paragraphs(package->Xml(part)->root())) ReadParagraph(p);
    auto saved = package->Save();
    REQUIRE(saved.ok());
    auto reopened = Package::Open(*saved);
    REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
    REQUIRE(reopened->parts().size() == package->parts().size());
    for (const PartInfo& part : package->parts()) {
      CAPTURE(part.name);
      CHECK(reopened->Bytes(part.name) == package->Bytes(part.name));
    }
    const std::string copy = out.File(std::filesystem::path(file).filename().string());
    testing::WriteFile(copy, *saved);
    originals.push_back(file);
    copies.push_back(copy);
  }
  const auto original_text = testing::LibreOfficeText(originals);
  const auto copy_text = testing::LibreOfficeText(copies);
  CHECK(original_text.size() == originals.size());
  CHECK(copy_text.size() == copies.size());
  for (size_t i = 0; i < originals.size(); ++i) {
    CAPTURE(originals[i]);
    auto a = original_text.find(originals[i]);
    auto b = copy_text.find(copies[i]);
    REQUIRE(a != original_text.end());
    REQUIRE(b != copy_text.end());
    CHECK(a->second == b->second);
  }
  // Every copy opens in python-docx when its original does.
  for (size_t i = 0; i < originals.size(); ++i) {
    if (!testing::PythonDocxOpens({originals[i]}).empty()) continue;
    CAPTURE(copies[i]);
    CHECK(testing::PythonDocxOpens({copies[i]}) == "");
  }
}

// The first word (4+ letters) of the main document that Word split across runs, or else the first
// word of the first paragraph with text.
struct Target {
  size_t paragraph = 0;
  size_t begin = 0, end = 0;
  bool split = false;
};

bool IsWordByte(char c) { return std::isalpha(static_cast<unsigned char>(c)); }

std::optional<Target> FindTarget(const std::vector<xmlNode*>& paragraphs) {
  std::optional<Target> fallback;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    ParagraphText text = ReadParagraph(paragraphs[i]);
    for (size_t b = 0; b < text.text.size();) {
      if (!IsWordByte(text.text[b])) { ++b; continue; }
      size_t e = b;
      while (e < text.text.size() && IsWordByte(text.text[e])) ++e;
      if (e - b >= 4 && (b == 0 || static_cast<unsigned char>(text.text[b - 1]) < 0x80) &&
          (e == text.text.size() || static_cast<unsigned char>(text.text[e]) < 0x80)) {
        const bool split = std::count_if(text.pieces.begin(), text.pieces.end(), [&](const TextPiece& p) {
                             return p.begin < e && p.end > b;
                           }) > 1;
        if (split) return Target{i, b, e, true};
        if (!fallback) fallback = Target{i, b, e, false};
      }
      b = e;
    }
  }
  return fallback;
}

TEST_CASE("corpus: replacing a word (split across runs where Word split one) edits exactly that word" * doctest::test_suite("readers")) {
  TempDir out;
  std::vector<std::string> originals, edited;
  std::vector<std::pair<std::string, std::string>> expected;  // old paragraph text, new
  int split_words = 0;
  for (const std::string& file : CorpusFiles()) {
    CAPTURE(file);
    auto package = Package::OpenFile(Disk(), file);
    REQUIRE(package.ok());
    const std::string main = package->main_document();
    auto paragraphs = Paragraphs(package->Xml(main)->root());
    auto target = FindTarget(paragraphs);
    if (!target) continue;  // a document with no word of four letters (images only)
    split_words += target->split;
    ParagraphText text = ReadParagraph(paragraphs[target->paragraph]);
    const std::string before = text.text;
    std::string after = before;
    after.replace(target->begin, target->end - target->begin, "Zyxwvu");
    REQUIRE(ApplyEdits(text, {{target->begin, target->end, "Zyxwvu"}}).ok());
    CHECK(text.text == after);
    package->MarkEdited(main);
    auto saved = package->Save();
    REQUIRE(saved.ok());
    auto reopened = Package::Open(*saved);
    REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
    auto again = Paragraphs(reopened->Xml(main)->root());
    REQUIRE(again.size() == paragraphs.size());
    CHECK(ReadParagraph(again[target->paragraph]).text == after);
    const std::string path = out.File(std::filesystem::path(file).filename().string());
    testing::WriteFile(path, *saved);
    originals.push_back(file);
    edited.push_back(path);
    expected.push_back({before, after});
  }
  CHECK(split_words >= 5);  // words Word split at spell-check marks, bookmarks, formatting
  const auto original_text = testing::LibreOfficeText(originals);
  const auto edited_text = testing::LibreOfficeText(edited);
  REQUIRE(edited_text.size() == edited.size());
  for (size_t i = 0; i < edited.size(); ++i) {
    CAPTURE(edited[i]);
    const std::string& lo_edited = edited_text.at(edited[i]);
    std::string lo_expected = original_text.at(originals[i]);
    // LibreOffice's text export leaves out text boxes; where it printed the paragraph, the
    // whole text must be the original's with exactly that word changed.
    const size_t at = lo_expected.find(expected[i].first);
    if (at != std::string::npos) {
      lo_expected.replace(at, expected[i].first.size(), expected[i].second);
      CHECK(lo_edited == lo_expected);
      CHECK(lo_edited.find("Zyxwvu") != std::string::npos);
    }
  }
}

// Names split the ways Word splits them, planted in a real Word document.
constexpr const char* kTraps =
    "<w:p><w:r><w:t xml:space=\"preserve\">Then Siân Dela</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
    "<w:r><w:rPr><w:b/></w:rPr><w:t>croix</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
    "<w:r><w:t xml:space=\"preserve\">-Webb spoke.</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Eil</w:t></w:r><w:bookmarkStart w:id=\"9001\" w:name=\"_Ref9001\"/><w:r><w:t>een Webb</w:t></w:r>"
    "<w:bookmarkEnd w:id=\"9001\"/><w:r><w:t xml:space=\"preserve\"> called.</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Kier</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>an D’Arcy</w:t></w:r>"
    "<w:r><w:t xml:space=\"preserve\"> left.</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Noah Delacroix</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">Webb stayed.</w:t></w:r></w:p>";

TEST_CASE("corpus: names split by proofErr, bookmarks, formatting and noBreakHyphen in a Word document" * doctest::test_suite("readers")) {
  const std::vector<std::pair<std::string, std::string>> swaps = {{"Siân Delacroix-Webb", "Adult X"},
                                                                  {"Eileen Webb", "Adult XM"},
                                                                  {"Kieran D’Arcy", "Adult XAP"},
                                                                  {"Noah Delacroix\u2011Webb", "Child X1"}};
  const std::vector<std::string> expected = {"Then Adult X spoke.", "Adult XM called.", "Adult XAP left.",
                                             "Child X1 stayed."};
  TempDir out;
  std::vector<std::string> files;
  for (const char* name : {"inline_formatting.docx", "headers.docx", "tables.docx"}) {
    CAPTURE(name);
    auto package = Package::OpenFile(Disk(), testing::CorpusDir() + "/" + name);
    REQUIRE(package.ok());
    const std::string main = package->main_document();
    std::string xml = package->Bytes(main);
    const size_t body = xml.find("<w:body>");
    REQUIRE(body != std::string::npos);
    xml.insert(body + 8, kTraps);
    REQUIRE(package->PutPart(main, xml).ok());
    auto paragraphs = Paragraphs(package->Xml(main)->root());
    for (size_t i = 0; i < swaps.size(); ++i) {
      ParagraphText text = ReadParagraph(paragraphs[i]);
      const size_t at = text.text.find(swaps[i].first);
      REQUIRE(at != std::string::npos);
      REQUIRE(ApplyEdits(text, {{at, at + swaps[i].first.size(), swaps[i].second}}).ok());
      CHECK(text.text == expected[i]);
    }
    package->MarkEdited(main);
    // Formatting: the replacement sits in the run where the name started.
    const std::string edited = package->Bytes(main);
    CHECK(edited.find("<w:r><w:rPr><w:i/></w:rPr><w:t>Adult XAP</w:t></w:r>") != std::string::npos);
    CHECK(edited.find("croix") == std::string::npos);
    CHECK(edited.find("w:name=\"_Ref9001\"") != std::string::npos);
    const std::string path = out.File(name);
    REQUIRE(package->SaveFile(Disk(), path).ok());
    files.push_back(path);
  }
  const auto texts = testing::LibreOfficeText(files);
  REQUIRE(texts.size() == files.size());
  for (const auto& [file, text] : texts) {
    CAPTURE(file);
    for (const std::string& line : expected) CHECK(text.find(line) != std::string::npos);
    CHECK(text.find("Webb") == std::string::npos);
  }
  CHECK(testing::PythonDocxOpens(files) == "");
}

}  // namespace
}  // namespace dhr
