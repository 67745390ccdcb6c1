// Every place DOMAIN.md lists where identifying text hides in a .docx, and everything issue-level
// publication must remove, as one table. For each row, a document carrying the case's identifiers
// there:
//   - left in, `scan --publication` reports it (in the expected part);
//   - `dhr publish` removes or anonymises it: the publication stage succeeds, its own scan is clean,
//     and no part of the written copy holds a fragment of the planted identifiers in its raw bytes
//     (a third check, independent of both the anonymiser's and the scan's matching);
//   - the published copy opens in LibreOffice.
// Rows come from the planted fixtures (tests/planted_fixtures.h) and from real Word documents of the
// corpus with identifiers planted in their pictures, SmartArt, thumbnail and settings.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pipeline/prepare/prepared_case.h"
#include "docx/package.h"
#include "pipeline/publish/publish.h"
#include "pipeline/scan/package_scan.h"
#include "tests/docx_fixture.h"
#include "tests/media_fixtures.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

struct Row {
  std::string category;                // as DOMAIN.md names it
  std::string bytes;                   // the .docx
  std::string part;                    // where scan --publication must report something ("" = any)
  std::vector<std::string> fragments;  // lower-case text no part of the public copy may hold
};

const std::vector<std::string> kNameFragments = {"sian", "si\u00e2n", "delacroix", "kieran", "arcy", "eileen",
                                                 "okafor", "nowak", "quarry bank", "aidan"};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Corpus(const std::string& name) { return testing::ReadFile(testing::CorpusDir() + "/" + name); }

// A real document with parts replaced or added (name -> bytes).
std::string Edited(const std::string& corpus_file,
                   const std::vector<std::pair<std::string, std::string>>& parts,
                   const std::string& content_type = {}) {
  auto package = Package::Open(Corpus(corpus_file));
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  for (const auto& [name, bytes] : parts) REQUIRE(package->PutPart(name, bytes, content_type).ok());
  auto saved = package->Save();
  REQUIRE(saved.ok());
  return *saved;
}

std::vector<Row> Rows() {
  std::vector<Row> rows;
  // Body, tables, headers, footers, footnotes, endnotes, comments (text and author), tracked changes,
  // text boxes (mc:Choice and VML mc:Fallback), content controls, field codes, hyperlink targets,
  // alt text, bookmark names, core/app/custom properties, glossary, people.xml, customXml, settings
  // (document variables), charts: one planted fixture each.
  const std::map<std::string, std::string> part_of = {
      {"header", "word/header1.xml"},         {"footer", "word/footer1.xml"},
      {"footnote", "word/footnotes.xml"},     {"endnote", "word/endnotes.xml"},
      {"comment", "word/comments.xml"},       {"glossary", "word/glossary/document.xml"},
      {"people", "word/people.xml"},          {"custom XML", "customXml/item1.xml"},
      {"settings", "word/settings.xml"},      {"chart", "word/charts/chart1.xml"},
      {"hyperlink", "word/_rels/document.xml.rels"}};
  for (const auto& fixture : testing::PlantedFixtures()) {
    auto it = part_of.find(fixture.name);
    rows.push_back({fixture.name, fixture.bytes,
                    it != part_of.end() ? it->second
                    : fixture.name == "document properties" ? ""
                                                              : "word/document.xml",
                    kNameFragments});
  }
  rows.back().fragments.insert(rows.back().fragments.end(), {"07700", "ls1 4ap", "943 476", "8 june", "08/06/2022"});

  // Tracked moves (w:moveFrom / w:moveTo with their authors).
  rows.push_back({"tracked moves",
                  testing::DocxFixture()
                      .Body("<w:p><w:moveFromRangeStart w:id=\"1\" w:name=\"move1\" w:author=\"Eileen Webb\" "
                            "w:date=\"2023-01-05T10:00:00Z\"/><w:moveFrom w:id=\"2\" w:author=\"Eileen Webb\" "
                            "w:date=\"2023-01-05T10:00:00Z\"><w:r><w:t>Kieran D'Arcy phoned.</w:t></w:r></w:moveFrom>"
                            "<w:moveFromRangeEnd w:id=\"1\"/></w:p><w:p><w:r><w:t>Later.</w:t></w:r></w:p><w:p>"
                            "<w:moveToRangeStart w:id=\"3\" w:name=\"move1\" w:author=\"Eileen Webb\" "
                            "w:date=\"2023-01-05T10:00:00Z\"/><w:moveTo w:id=\"4\" w:author=\"Eileen Webb\" "
                            "w:date=\"2023-01-05T10:00:00Z\"><w:r><w:t>Kieran D'Arcy phoned.</w:t></w:r></w:moveTo>"
                            "<w:moveToRangeEnd w:id=\"3\"/></w:p>")
                      .Bytes(),
                  "word/document.xml", kNameFragments});
  // Hidden text (w:vanish), which no reader of the page sees.
  rows.push_back({"hidden text",
                  testing::DocxFixture()
                      .Body("<w:p><w:r><w:t xml:space=\"preserve\">Seen. </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
                            "<w:t>Note: Helen Okafor knew.</w:t></w:r></w:p>")
                      .Bytes(),
                  "word/document.xml", kNameFragments});
  // settings.xml: the attached template's path and a mail merge data source, both naming people.
  const std::string wordml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  rows.push_back(
      {"attached template and mail merge",
       testing::DocxFixture()
           .Part("word/settings.xml", wordml + "settings+xml",
                 std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings ") +
                     testing::kWordNamespaces +
                     "><w:attachedTemplate r:id=\"rId1\"/><w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/>"
                     "<w:dataType w:val=\"textFile\"/><w:query w:val=\"SELECT * FROM C:\\Users\\eileen.webb\\"
                     "Sian Delacroix-Webb contacts.xlsx\"/></w:mailMerge></w:settings>",
                 "settings", "rId28")
           .Part("word/_rels/settings.xml.rels", "",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
                 "Target=\"file:///C:/Users/eileen.webb/Templates/Kieran%20DArcy%20review.dotx\" "
                 "TargetMode=\"External\"/></Relationships>")
           .Bytes(),
       "word/settings.xml", kNameFragments});
  // SmartArt: a real diagram with a name in its data model and its drawing.
  {
    auto package = Package::Open(Corpus("diagram.docx"));
    REQUIRE(package.ok());
    std::string data = package->Bytes("word/diagrams/data1.xml");
    std::string drawing = package->Bytes("word/diagrams/drawing1.xml");
    for (std::string* xml : {&data, &drawing}) {
      const size_t at = xml->find("<a:t>top</a:t>");
      REQUIRE(at != std::string::npos);
      xml->replace(at, 14, "<a:t>Si\u00e2n Delacroix-Webb</a:t>");
    }
    rows.push_back({"SmartArt",
                    Edited("diagram.docx", {{"word/diagrams/data1.xml", data}, {"word/diagrams/drawing1.xml", drawing}}),
                    "word/diagrams/data1.xml", kNameFragments});
  }
  // Images and their metadata: a JPEG (XMP and a comment) and a PNG (tEXt and iTXt chunks).
  {
    auto package = Package::Open(Corpus("inline_images.docx"));
    REQUIRE(package.ok());
    rows.push_back({"image metadata (JPEG)",
                    Edited("inline_images.docx",
                           {{"word/media/image1.jpg", testing::JpegWithMetadata(package->Bytes("word/media/image1.jpg"))}}),
                    "word/media/image1.jpg", kNameFragments});
  }
  {
    // A PNG in a document of English prose (German capitalised nouns would read as undeclared names).
    auto package = Package::Open(Corpus("textbox_image.docx"));
    REQUIRE(package.ok());
    rows.push_back({"image metadata (PNG)",
                    Edited("textbox_image.docx",
                           {{"word/media/image1.png", testing::PngWithMetadata(package->Bytes("word/media/image1.png"))}}),
                    "word/media/image1.png", kNameFragments});
  }
  // The thumbnail: a picture of the first page as it was saved (here with a name in its metadata).
  {
    auto package = Package::Open(Corpus("char_styles.docx"));
    REQUIRE(package.ok());
    rows.push_back({"thumbnail",
                    Edited("char_styles.docx",
                           {{"docProps/thumbnail.jpeg", testing::JpegWithMetadata(package->Bytes("docProps/thumbnail.jpeg"))}}),
                    "docProps/thumbnail.jpeg", kNameFragments});
  }
  // An embedded object (OLE): its native data names people; Word shows its picture.
  {
    auto package = Package::Open(Corpus("inline_images.docx"));
    REQUIRE(package.ok());
    const std::string picture = package->Bytes("word/media/image1.jpg");
    std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(64, '\0') +
                      "Contacts: Sian Delacroix-Webb, Kieran D'Arcy, 4 Quarry Bank Road" + std::string(64, '\0');
    rows.push_back(
        {"embedded object",
         testing::DocxFixture()
             .Body("<w:p><w:r><w:object w:dxaOrig=\"1440\" w:dyaOrig=\"1440\"><v:shape id=\"_x0000_i1025\" "
                   "type=\"#_x0000_t75\" style=\"width:72pt;height:72pt\" o:ole=\"\"><v:imagedata r:id=\"rId41\" "
                   "o:title=\"\"/></v:shape><o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" "
                   "ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\" ObjectID=\"_1700000000\" r:id=\"rId42\"/>"
                   "</w:object></w:r></w:p><w:p><w:r><w:t>After the object.</w:t></w:r></w:p>")
             .Part("word/media/image41.jpg", "image/jpeg", picture, "image", "rId41")
             .Part("word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject", ole,
                   "oleObject", "rId42")
             .Bytes(),
         "word/embeddings/oleObject1.bin", kNameFragments});
  }
  return rows;
}

std::string Describe(const scan::ScanReport& report) {
  std::string out;
  for (const auto& f : report.findings) out += f.part + " " + f.location + ": " + f.rule + "\n";
  return out;
}

TEST_CASE("publication matrix: every hiding place is reported when left in and gone from the public copy") {
  auto prepared = PrepareCase(Disk(), testing::TestCaseFolder());
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  auto target = scan::CompileScanTarget(prepared->the_case);
  REQUIRE(target.ok());
  testing::TempDir dir;
  std::vector<std::string> published;
  const std::vector<Row> rows = Rows();
  CHECK(rows.size() >= 30);
  for (const Row& row : rows) {
    CAPTURE(row.category);
    // Left in: the scan reports it, in the part it hides in.
    {
      auto package = Package::Open(row.bytes);
      REQUIRE_MESSAGE(package.ok(), package.status().Describe());
      scan::ScanOptions options;
      options.publication = true;
      auto report = scan::ScanPackage(*package, *target, options);
      REQUIRE(report.ok());
      CHECK_MESSAGE(!report->findings.empty(), "scan --publication reports nothing for " << row.category);
      if (!row.part.empty()) {
        const bool in_part = std::any_of(report->findings.begin(), report->findings.end(),
                                         [&](const scan::Finding& f) { return f.part == row.part; });
        CHECK_MESSAGE(in_part, "nothing reported in " << row.part << "; found:\n" << Describe(*report));
      }
    }
    // Published: the stage succeeds and its own scan is clean...
    auto package = Package::Open(row.bytes);
    REQUIRE(package.ok());
    auto outcome = publish::PublishPackage(*package, *prepared, {});
    REQUIRE_MESSAGE(outcome.ok(), outcome.status().Describe());
    CHECK_MESSAGE(outcome->clean(), row.category << " left in the public copy:\n" << Describe(outcome->scan));
    if (!outcome->clean()) continue;
    // ...and no part's raw bytes hold a fragment of the identifiers.
    auto written = Package::Open(outcome->bytes);
    REQUIRE_MESSAGE(written.ok(), written.status().Describe());
    for (const PartInfo& part : written->parts()) {
      CAPTURE(part.name);
      const std::string raw = Lower(written->Bytes(part.name));
      for (const std::string& fragment : row.fragments) CHECK_MESSAGE(raw.find(fragment) == std::string::npos, fragment);
    }
    std::string file = row.category;
    std::replace_if(file.begin(), file.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '-');
    published.push_back(dir.path() + "/" + file + ".docx");
    testing::WriteFile(published.back(), outcome->bytes);
  }
  // Every public copy opens in LibreOffice and python-docx.
  const auto texts = testing::LibreOfficeText(published);
  for (const std::string& file : published) {
    CAPTURE(file);
    CHECK(texts.count(file) == 1);
  }
  CHECK(testing::PythonDocxOpens(published) == "");
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
