#include "docx/set_aside.h"

#include <doctest/doctest.h>

#include "docx/text.h"
#include "tests/docx_fixture.h"

namespace dhr {
namespace {

std::string Row(const std::string& text) {
  return "<w:tr><w:tc><w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:tc></w:tr>";
}

std::string Table(int rows, const std::string& tag) {
  std::string xml = "<w:tbl>";
  for (int i = 0; i < rows; ++i) xml += Row(tag + " row " + std::to_string(i));
  return xml + "</w:tbl>";
}

// A long table, a short one and another long one holding a w:id, between paragraphs.
Package Unparsed() {
  const std::string body = "<w:p><w:r><w:t>Before.</w:t></w:r></w:p>" + Table(200, "long") +
                           "<w:p><w:r><w:t>Between.</w:t></w:r></w:p>" + Table(2, "short") +
                           "<w:tbl><w:tr><w:tc><w:p><w:bookmarkStart w:id=\"41\" w:name=\"b\"/></w:p></w:tc></w:tr>" +
                           Table(200, "marked").substr(7) + "<w:p><w:r><w:t>After.</w:t></w:r></w:p>";
  auto package = Package::Open(testing::DocxFixture().Body(body).Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  REQUIRE(package->PutPart(main, package->Bytes(main), {}, Package::PartParsing::kOnFirstUse).ok());
  return std::move(package).value();
}

std::string Texts(Package& package) {
  std::string out;
  for (xmlNode* p : Paragraphs(package.Xml(package.main_document())->root())) out += ReadParagraph(p).text + "|";
  return out;
}

const SetAsideTest kAny = [](const XmlTag&, std::string_view) { return true; };

TEST_CASE("set aside: the long tables leave the tree, and come back byte for byte around its edits") {
  // A test that passes every tag, and no test at all (every table goes, its tags skipped): the same.
  for (const SetAsideTest& test : {kAny, SetAsideTest()}) {
  CAPTURE(static_cast<bool>(test));
  Package package = Unparsed();
  const std::string main = package.main_document();
  auto aside = SetAsideTables::Take(package, main, 4096, test);
  REQUIRE(aside.ok());
  REQUIRE_FALSE(aside->empty());
  CHECK(aside->max_id() == 41);
  CHECK(Texts(package) == "Before.|Between.|short row 0|short row 1|After.|");  // the short table stays
  ParagraphText first = ReadParagraph(Paragraphs(package.Xml(main)->root()).front());
  REQUIRE(ApplyEdits(first, {{0, 7, "Edited."}}).ok());
  package.MarkEdited(main);
  REQUIRE(aside->PutBack(package).ok());
  CHECK_FALSE(package.IsParsed(main));
  const std::string back = package.Bytes(main);
  CHECK(back.find(Table(200, "long")) != std::string::npos);  // as it was, byte for byte
  CHECK(back.find("dhr-set-aside") == std::string::npos);
  const std::string texts = Texts(package);
  CHECK(texts.rfind("Edited.|long row 0|", 0) == 0);
  CHECK(texts.find("marked row 199|After.|") != std::string::npos);
  }
}

TEST_CASE("set aside: left unedited, the part is its original bytes again") {
  Package package = Unparsed();
  const std::string main = package.main_document();
  const std::string original = package.Bytes(main);
  auto aside = SetAsideTables::Take(package, main, 4096, kAny);
  REQUIRE(aside.ok());
  REQUIRE_FALSE(aside->empty());
  REQUIRE(aside->PutBack(package).ok());
  CHECK(package.Bytes(main) == original);
}

TEST_CASE("set aside: a table with a tag the test refuses stays in the tree; a parsed part is left alone") {
  Package package = Unparsed();
  const std::string main = package.main_document();
  auto aside = SetAsideTables::Take(package, main, 4096,
                                    [](const XmlTag& tag, std::string_view) { return tag.local != "bookmarkStart"; });
  REQUIRE(aside.ok());
  CHECK(aside->max_id() == 0);
  CHECK(Texts(package).find("marked row 199") != std::string::npos);
  CHECK(Texts(package).find("long row 0") == std::string::npos);
  REQUIRE(aside->PutBack(package).ok());

  Package parsed = Unparsed();
  REQUIRE(parsed.Xml(main));
  auto untouched = SetAsideTables::Take(parsed, main, 4096, kAny);
  REQUIRE(untouched.ok());
  CHECK(untouched->empty());
}

TEST_CASE("set aside: an edit that drops the mark of a table is an error naming the part, not a lost table") {
  Package package = Unparsed();
  const std::string main = package.main_document();
  auto aside = SetAsideTables::Take(package, main, 4096, kAny);
  REQUIRE(aside.ok());
  xmlNode* body = Child(package.Xml(main)->root(), ns::kW, "body");
  for (xmlNode* c = body->children; c;) {
    xmlNode* next = c->next;
    if (c->type == XML_PI_NODE) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
    }
    c = next;
  }
  package.MarkEdited(main);
  const Status put = aside->PutBack(package);
  REQUIRE_FALSE(put.ok());
  CHECK(put.Describe().find("word/document.xml") != std::string::npos);
}

}  // namespace
}  // namespace dhr
