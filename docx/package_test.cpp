#include "docx/package.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "docx/properties.h"
#include "tests/docx_fixture.h"

namespace dhr {
namespace {

using testing::DocxFixture;

constexpr const char* kHeaderType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";

std::string HeaderXml(const std::string& text) {
  return "<w:hdr " + std::string(testing::kWordNamespaces) + "><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:hdr>";
}

TEST_CASE("package: parts are listed by kind and the main document is found through _rels/.rels") {
  auto package = Package::Open(
      DocxFixture().Part("word/header1.xml", kHeaderType, HeaderXml("H"), "header", "rId7").Bytes());
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  CHECK(package->main_document() == "word/document.xml");
  CHECK(package->PartsOfKind(PartKind::kHeader) == std::vector<std::string>{"word/header1.xml"});
  CHECK(package->TextParts() == std::vector<std::string>{"word/document.xml", "word/header1.xml"});
  auto rels = package->Relationships("word/document.xml");
  REQUIRE(rels.size() == 1);
  CHECK(rels[0].id == "rId7");
  CHECK(rels[0].resolved == "word/header1.xml");
}

TEST_CASE("package: a part put to be parsed on first use is kept as bytes, edited in place and parsed when asked for") {
  auto package = Package::Open(DocxFixture().Body("<w:p><w:r><w:t>One</w:t></w:r></w:p>").Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  const std::string bytes = package->Bytes(main);
  REQUIRE(package->PutPart(main, bytes, {}, Package::PartParsing::kOnFirstUse).ok());
  CHECK_FALSE(package->IsParsed(main));
  REQUIRE(package->CurrentBytes(main));
  const size_t one = bytes.find("One");
  REQUIRE(package->EditBytes(main, {{one, one + 3, "Two"}, {0, 0, ""}}).ok());
  CHECK(package->EditBytes(main, {{one, one + 3, "x"}, {one + 1, one + 2, "y"}}).id() == "docx.bad_byte_edit");
  CHECK_FALSE(package->IsParsed(main));
  auto saved = package->Save();
  REQUIRE(saved.ok());
  auto reopened = Package::Open(*saved);
  REQUIRE(reopened.ok());
  CHECK(reopened->Bytes(main).find("<w:t>Two</w:t>") != std::string::npos);
  // The tree is built when first asked for, from the edited bytes.
  REQUIRE(package->Xml(main));
  CHECK(package->IsParsed(main));
  CHECK(Content(package->Xml(main)->root()) == "Two");
}

TEST_CASE("package: a part left unparsed at Open is still checked there: a malformed one is refused, naming it") {
  OpenOptions lazy;
  lazy.file_name = "report.docx";
  lazy.parse_on_first_use_over = 0;
  auto good = Package::Open(DocxFixture().Body("<w:p><w:r><w:t>One</w:t></w:r></w:p>").Bytes(), lazy);
  REQUIRE_MESSAGE(good.ok(), good.status().Describe());
  CHECK_FALSE(good->IsParsed(good->main_document()));
  auto bad = Package::Open(DocxFixture().Body("<w:p><w:r><w:t>An &undefined; entity</w:t></w:r></w:p>").Bytes(), lazy);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().id() == "xml.malformed");
  CHECK(bad.status().where().file == "report.docx");
  CHECK(bad.status().where().part == "word/document.xml");
}

TEST_CASE("package: ReleaseTrees keeps an edited tree's content as bytes and builds the tree again when asked") {
  auto package = Package::Open(DocxFixture().Body("<w:p><w:r><w:t>One</w:t></w:r></w:p>").Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  XmlDocument* xml = package->Xml(main);
  REQUIRE(xml);
  xmlNodeSetContent(Child(Child(Child(Child(xml->root(), ns::kW, "body"), ns::kW, "p"), ns::kW, "r"), ns::kW, "t"),
                    BAD_CAST "Three");
  package->MarkEdited(main);
  auto before = package->Save();
  REQUIRE(before.ok());
  package->ReleaseTrees();
  CHECK_FALSE(package->IsParsed(main));
  REQUIRE(package->CurrentBytes(main));
  CHECK(package->CurrentBytes(main)->find("<w:t>Three</w:t>") != std::string::npos);
  auto after = package->Save();
  REQUIRE(after.ok());
  CHECK(*after == *before);
  REQUIRE(package->Xml(main));
  CHECK(Content(package->Xml(main)->root()) == "Three");
}

TEST_CASE("package: byte edits that grow and shrink the part land where a plain splice puts them") {
  auto package = Package::Open(DocxFixture().Body("<w:p><w:r><w:t>0123456789abcdefghij</w:t></w:r></w:p>").Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  std::string bytes = package->Bytes(main);
  REQUIRE(package->PutPart(main, bytes, {}, Package::PartParsing::kOnFirstUse).ok());
  const size_t t = bytes.find("0123");
  // Longer, shorter, empty, an insertion and a deletion, given out of order.
  std::vector<Package::ByteEdit> edits = {{t + 8, t + 9, ""},     {t, t + 1, "zero-"}, {t + 3, t + 6, "X"},
                                          {t + 7, t + 7, "<<>>"}, {t + 10, t + 12, "ABCDEFG"}};
  std::string expected = bytes;
  std::vector<Package::ByteEdit> sorted = edits;
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.begin > b.begin; });
  for (const auto& e : sorted) expected.replace(e.begin, e.end - e.begin, e.text);
  REQUIRE(package->EditBytes(main, edits).ok());
  CHECK(*package->CurrentBytes(main) == expected);
}

TEST_CASE("package: untouched parts are saved byte for byte, edited ones re-serialised") {
  auto package = Package::Open(
      DocxFixture().Part("word/header1.xml", kHeaderType, HeaderXml("H"), "header", "rId7").Bytes());
  REQUIRE(package.ok());
  const std::string header_before = package->Bytes("word/header1.xml");
  xmlNode* body = Child(package->Xml("word/document.xml")->root(), ns::kW, "body");
  REQUIRE(body);
  xmlNewChild(body, body->ns, reinterpret_cast<const xmlChar*>("p"), nullptr);
  package->MarkEdited("word/document.xml");
  auto saved = package->Save();
  REQUIRE(saved.ok());
  auto reopened = Package::Open(*saved);
  REQUIRE(reopened.ok());
  CHECK(reopened->Bytes("word/header1.xml") == header_before);
  CHECK(reopened->Bytes("word/document.xml").find("<w:p/></w:body>") != std::string::npos);
}

TEST_CASE("package: RemovePart drops the part, its override, relationships to it and its own relationships") {
  auto package = Package::Open(
      DocxFixture().Part("word/header1.xml", kHeaderType, HeaderXml("H"), "header", "rId7").Bytes());
  REQUIRE(package.ok());
  package->RemovePart("word/header1.xml");
  CHECK(package->Find("word/header1.xml") == nullptr);
  CHECK(package->Relationships("word/document.xml").empty());
  CHECK(package->Bytes("[Content_Types].xml").find("header1") == std::string::npos);
  auto saved = package->Save();
  REQUIRE(saved.ok());
  CHECK(Package::Open(*saved).ok());
}

TEST_CASE("package: PutPart and AddRelationship create a part Word can find") {
  auto package = Package::Open(DocxFixture().Bytes());
  REQUIRE(package.ok());
  REQUIRE(package->PutPart("word/footer9.xml", HeaderXml("F"), kHeaderType).ok());
  const std::string id = package->AddRelationship(
      "word/document.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
      "word/footer9.xml");
  auto rels = package->Relationships("word/document.xml");
  REQUIRE(rels.size() == 1);
  CHECK(rels[0].id == id);
  CHECK(rels[0].target == "footer9.xml");
  CHECK(rels[0].resolved == "word/footer9.xml");
  auto reopened = Package::Open(*package->Save());
  REQUIRE(reopened.ok());
  CHECK(reopened->Find("word/footer9.xml")->content_type == kHeaderType);
  CHECK(package->PutPart("word/bad.xml", "<a>", "application/xml").id() == "xml.malformed");
}

TEST_CASE("package: a malformed XML part is reported with file, part and line") {
  auto archive = DocxFixture().Build();
  archive.Find("word/document.xml")->data =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n<oops>\n</w:document>";
  OpenOptions options;
  options.file_name = "report.docx";
  auto package = Package::Open(*WriteArchive(archive), options);
  REQUIRE(!package.ok());
  CHECK(package.status().Describe() ==
        "report.docx: word/document.xml:3: malformed XML: Opening and ending tag mismatch: oops line 2 and w:document");
}

TEST_CASE("package: a package that is not a Word document is refused") {
  auto archive = DocxFixture().Build();
  archive.entries.erase(archive.entries.begin());  // no [Content_Types].xml
  CHECK(Package::Open(*WriteArchive(archive)).status().id() == "docx.no_content_types");

  auto spreadsheet = DocxFixture().Build();
  std::string& types = spreadsheet.Find("[Content_Types].xml")->data;
  types.replace(types.find("wordprocessingml.document.main"), 30, "spreadsheetml.sheet.main");
  CHECK(Package::Open(*WriteArchive(spreadsheet)).status().id() == "docx.not_word");
}

TEST_CASE("package: SaveFile refuses to overwrite the input and writes atomically") {
  MemoryFileSystem fs;
  fs.files["in.docx"] = DocxFixture().Bytes();
  auto package = Package::OpenFile(fs, "in.docx");
  REQUIRE(package.ok());
  CHECK(package->SaveFile(fs, "in.docx").id() == "docx.overwrite_input");
  CHECK(package->SaveFile(fs, "out.docx").ok());
  CHECK(Package::Open(fs.files["out.docx"]).ok());
}

TEST_CASE("package: relationship targets resolve against the source part's folder") {
  CHECK(ResolvePartName("word/document.xml", "media/image1.png") == "word/media/image1.png");
  CHECK(ResolvePartName("word/document.xml", "../customXml/item1.xml") == "customXml/item1.xml");
  CHECK(ResolvePartName("word/document.xml", "/word/styles.xml") == "word/styles.xml");
  CHECK(ResolvePartName("", "word/document.xml") == "word/document.xml");
  CHECK(Package::RelationshipsPartName("word/document.xml") == "word/_rels/document.xml.rels");
  CHECK(Package::RelationshipsPartName("") == "_rels/.rels");
}

TEST_CASE("properties: core, app and custom properties are read, set, created and removed") {
  auto package = Package::Open(DocxFixture().Bytes());
  REQUIRE(package.ok());
  CHECK(CoreProperties(*package).empty());
  REQUIRE(SetCoreProperty(*package, "dc:creator", "Siân Delacroix-Webb").ok());
  REQUIRE(SetCoreProperty(*package, "cp:lastModifiedBy", "Kez").ok());
  REQUIRE(SetCoreProperty(*package, "dcterms:created", "2024-01-02T03:04:05Z").ok());
  REQUIRE(SetAppProperty(*package, "Company", "Quarry Bank Ltd").ok());
  REQUIRE(SetCustomProperty(*package, "dhr.document", "data-form").ok());
  REQUIRE(SetCustomProperty(*package, "dhr.document", "overview").ok());
  CHECK(SetCoreProperty(*package, "creator", "x").id() == "docx.property");

  auto reopened = Package::Open(*package->Save());
  REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
  auto core = CoreProperties(*reopened);
  REQUIRE(core.size() == 3);
  CHECK(core[0].name == "dc:creator");
  CHECK(core[0].value == "Siân Delacroix-Webb");
  CHECK(AppProperties(*reopened)[0].value == "Quarry Bank Ltd");
  auto custom = CustomProperties(*reopened);
  REQUIRE(custom.size() == 1);
  CHECK(custom[0].value == "overview");

  RemoveCoreProperty(*reopened, "dc:creator");
  RemoveAppProperty(*reopened, "Company");
  RemoveCustomProperty(*reopened, "dhr.document");
  CHECK(CoreProperties(*reopened).size() == 2);
  CHECK(AppProperties(*reopened).empty());
  CHECK(CustomProperties(*reopened).empty());
}

}  // namespace
}  // namespace dhr
