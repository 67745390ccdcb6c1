// The walk in pieces (xml_walk.h) against the walk of the tree, on the real-world corpus: the same
// elements, attributes, paragraphs and ancestors in the same order, and the same scan report.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/scan/package_scan.h"
#include "pipeline/scan/paragraph_text.h"
#include "pipeline/scan/scan_fixtures_test_support.h"
#include "pipeline/scan/xml_walk.h"
#include "tests/test_paths.h"

namespace dhr::scan {
namespace {

using namespace testing;
using dhr::testing::CorpusFiles;

// One line per element: its paragraph, its name, its attributes, its ancestors and, for a
// paragraph, its text: what any visitor may look at.
ElementVisitor Tracer(std::vector<std::string>& lines) {
  return [&lines](xmlNode* element, int paragraph) {
    std::string line = std::to_string(paragraph) + " " + QualifiedName(element);
    for (const xmlAttr* a = element->properties; a; a = a->next) {
      line += " " + QualifiedAttributeName(a) + "=";
      for (const xmlNode* c = a->children; c; c = c->next)
        if (c->content) line += reinterpret_cast<const char*>(c->content);
    }
    line += " in";
    for (const xmlNode* up = element->parent; up && up->type == XML_ELEMENT_NODE; up = up->parent)
      line += " " + QualifiedName(up);
    if (IsParagraph(element)) line += " text " + ReadParagraph(element).text;
    lines.push_back(std::move(line));
  };
}

// Small pieces, so tables, cells and text boxes' neighbours are read as open elements too.
constexpr WalkLimits kTinyPieces{0, 700};

std::string ReadBytes(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The finding or warning at `location` whose description or match holds `text`.
bool Reports(const ScanReport& report, const std::string& location, const std::string& text) {
  for (const std::vector<Finding>* list : {&report.findings, &report.warnings})
    for (const Finding& f : *list)
      if (f.location == location && (f.context.find(text) != std::string::npos || f.matched == text)) return true;
  return false;
}

std::string Describe(const Finding& f) {
  return f.part + " | " + f.location + " | " + std::to_string(f.paragraph) + " | " + f.rule_id + " | " + f.matched +
         " | " + f.masked_context;
}

std::vector<std::string> Lines(const ScanReport& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) out.push_back("finding " + Describe(f));
  for (const Finding& f : report.warnings) out.push_back("warning " + Describe(f));
  return out;
}

TEST_CASE("part walk: in pieces, every corpus part gives the elements its tree gives, in the same order") {
  int in_pieces = 0;
  int through_tree = 0;
  for (const std::string& file : CorpusFiles()) {
    const std::string bytes = ReadBytes(file);
    auto package = Package::Open(bytes);
    if (!package.ok()) continue;  // the corpus holds broken files on purpose; the walk needs a package
    for (const PartInfo& part : package->parts()) {
      if (!part.is_xml || part.kind == PartKind::kRelationships) continue;
      const std::string* current = package->CurrentBytes(part.name);
      REQUIRE(current);
      std::vector<std::string> tree, pieces;
      VisitElements(package->Xml(part.name)->root(), Tracer(tree));
      if (!WalkInPieces(*current, {Tracer(pieces)}, kTinyPieces)) {
        CHECK_MESSAGE(pieces.empty(), file, " ", part.name);
        ++through_tree;
        continue;
      }
      ++in_pieces;
      INFO(file, " ", part.name);
      REQUIRE(pieces.size() == tree.size());
      for (size_t i = 0; i < tree.size(); ++i) REQUIRE_MESSAGE(pieces[i] == tree[i], "element ", i + 1);
    }
  }
  MESSAGE(in_pieces, " parts walked in pieces, ", through_tree, " through their tree");
  CHECK(in_pieces > 300);  // not a comparison of nothing
}

TEST_CASE("part walk: a scan reading every part in pieces reports what the scan of the trees reports") {
  int files = 0;
  for (const std::string& file : CorpusFiles()) {
    const std::string bytes = ReadBytes(file);
    OpenOptions eager;
    eager.file_name = std::filesystem::path(file).filename().string();
    OpenOptions lazy = eager;
    lazy.parse_on_first_use_over = 0;
    auto whole = Package::Open(bytes, eager);
    auto streamed = Package::Open(bytes, lazy);
    REQUIRE(whole.ok() == streamed.ok());
    if (!whole.ok()) continue;
    ScanOptions options;
    options.publication = true;
    auto by_tree = ScanPackage(*whole, TrapTarget(), options);
    options.walk = kTinyPieces;
    auto by_pieces = ScanPackage(*streamed, TrapTarget(), options);
    REQUIRE(by_tree.ok() == by_pieces.ok());
    if (!by_tree.ok()) continue;
    INFO(file);
    CHECK(Lines(*by_pieces) == Lines(*by_tree));
    ++files;
  }
  CHECK(files > 70);
}

// A body of `rows` rows in one table, with or without a header row, and a picture in the last cell.
std::string LongTable(int rows, bool header) {
  std::string xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>";
  for (int i = 0; i < rows; ++i) {
    xml += "<w:tr>";
    if (i == 0 && header) xml += "<w:trPr><w:tblHeader/></w:trPr>";
    xml += "<w:tc>" + Paragraph(i == rows - 1 ? "Sian Delacroix-Webb" : "Row " + std::to_string(i)) + "</w:tc></w:tr>";
  }
  return xml + "</w:tbl>" + Paragraph("After the table.");
}

ScanReport ScanInPieces(const DocxFixture& fixture) {
  OpenOptions open;
  open.file_name = "review.docx";
  open.parse_on_first_use_over = 0;
  auto package = Package::Open(fixture.Bytes(), open);
  REQUIRE(package.ok());
  ScanOptions options;
  options.publication = true;
  options.walk = {0, 2048};
  auto report = ScanPackage(*package, TrapTarget(), options);
  REQUIRE_MESSAGE(report.ok(), report.status().Describe());
  CHECK_FALSE(package->IsParsed("word/document.xml"));  // read in pieces, never a tree
  return std::move(report).value();
}

TEST_CASE("part walk: a table longer than a piece is counted whole, and a name in its last row is found") {
  const ScanReport without =
      ScanInPieces(WithTitleAndLanguage(WithCleanSettings(DocxFixture().Body(LongTable(400, false)))));
  CHECK_MESSAGE(Reports(without, "table 1", "(400 rows) has no header row"), Dump(without));
  CHECK(Reports(without, "paragraph 400", "Sian Delacroix-Webb"));  // the victim's name, in the last row

  const ScanReport with =
      ScanInPieces(WithTitleAndLanguage(WithCleanSettings(DocxFixture().Body(LongTable(400, true)))));
  CHECK_FALSE(Reports(with, "table 1", "no header row"));
  CHECK(Reports(with, "paragraph 400", "Sian Delacroix-Webb"));
}

TEST_CASE("part walk: a comment between a long body's paragraphs sends the walk to the tree, which reports it") {
  std::string body;
  for (int i = 0; i < 200; ++i) body += Paragraph("Paragraph " + std::to_string(i) + ".");
  body += "<!-- written by Sian Delacroix-Webb -->" + Paragraph("Last.");
  OpenOptions open;
  open.parse_on_first_use_over = 0;
  auto package = Package::Open(DocxFixture().Body(body).Bytes(), open);
  REQUIRE(package.ok());
  const std::string* bytes = package->CurrentBytes("word/document.xml");
  REQUIRE(bytes);
  std::vector<std::string> seen;
  CHECK_FALSE(WalkInPieces(*bytes, {Tracer(seen)}, {0, 2048}));
  CHECK(seen.empty());  // nothing visited before the walk gave up
  ScanOptions options;
  options.walk = {0, 2048};
  auto report = ScanPackage(*package, TrapTarget(), options);
  REQUIRE(report.ok());
  CHECK(Reports(*report, "XML comment", "Sian Delacroix-Webb"));
}

TEST_CASE("part walk: a long part that is not well-formed is an error naming the part, as opening it would be") {
  std::string body;
  for (int i = 0; i < 200; ++i) body += Paragraph("Paragraph " + std::to_string(i) + ".");
  std::string bytes = DocxFixture().Body(body + "<w:p><w:r><w:t>broken &undefined; entity</w:t></w:r></w:p>").Bytes();
  OpenOptions open;
  open.file_name = "review.docx";
  CHECK_FALSE(Package::Open(bytes, open).ok());
  open.parse_on_first_use_over = 0;
  auto refused = Package::Open(bytes, open);  // a part left unparsed is still checked at Open
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().Describe().find("word/document.xml") != std::string::npos);
  // A part put unparsed and unchecked (as the fill stage puts what it wrote) is found out by the walk.
  auto package = Package::Open(DocxFixture().Body(body).Bytes(), open);
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  std::string broken = package->Bytes(main);
  const size_t at = broken.find("Paragraph 150.");
  REQUIRE(at != std::string::npos);
  broken.replace(at, 14, "broken &undefined; entity");
  REQUIRE(package->PutPart(main, broken, {}, Package::PartParsing::kOnFirstUse).ok());
  ScanOptions options;
  options.walk = {0, 2048};
  auto report = ScanPackage(*package, TrapTarget(), options);
  REQUIRE_FALSE(report.ok());
  CHECK(report.status().Describe().find("word/document.xml") != std::string::npos);
}

}  // namespace
}  // namespace dhr::scan
