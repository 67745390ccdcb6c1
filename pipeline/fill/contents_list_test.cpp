// FillContentsList: the TOC field becomes one linked entry per heading, each with a PAGEREF to a
// bookmark on its heading.
#include "pipeline/fill/contents_list.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/build_fixtures.h"

namespace dhr {
namespace {

const std::string kToc =
    "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>"
    "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
    "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    "<w:r><w:t>Update this field to list the contents.</w:t></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

std::string Styled(const std::string& style, const std::string& text) {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

// Heading 1 and 2 with outline levels, Heading 3 by its name only, a TOC 1 and TOC 2 style.
std::string Styles() {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles ") +
         testing::kWordNamespaces +
         "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl "
         "w:val=\"0\"/></w:pPr></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Berschrift2\"><w:name w:val=\"heading 2\"/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"MyHeading\"><w:name w:val=\"My heading\"/><w:basedOn "
         "w:val=\"Heading1\"/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Verzeichnis2\"><w:name w:val=\"toc 2\"/></w:style>"
         "</w:styles>";
}

Package Filled(const std::string& body) {
  auto package = Package::Open(
      testing::DocxFixture()
          .Body(body)
          .Part("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                Styles(), "styles", "rIdStyles")
          .Bytes());
  REQUIRE(package.ok());
  REQUIRE(FillContentsList(*package).ok());
  return std::move(*package);
}

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_CASE("contents list: one linked entry per heading of the levels the field asks for, with a PAGEREF to it") {
  Package package = Filled(Styled("Title", "The report") + kToc + Styled("Heading1", "Introduction") +
                           Styled("Normal", "Text.") + Styled("Berschrift2", "What happened &amp; when") +
                           Styled("Heading3", "Too deep") + Styled("MyHeading", "Analysis") +
                           Styled("Heading1", "   "));
  const std::string xml = package.Bytes("word/document.xml");
  CHECK(xml.find("Update this field") == std::string::npos);
  // Three entries (Heading 3 is below the \o "1-2" range, the empty heading has no text).
  CHECK(Count(xml, "PAGEREF _Toc") == 3);
  CHECK(Count(xml, "w:bookmarkStart") == 3);
  const size_t intro = xml.find(">Introduction<");
  const size_t what = xml.find(">What happened &amp; when<");
  const size_t analysis = xml.find(">Analysis<");
  REQUIRE(intro != std::string::npos);
  REQUIRE(what != std::string::npos);
  REQUIRE(analysis != std::string::npos);
  CHECK(intro < what);
  CHECK(what < analysis);
  // Each entry links to the bookmark its PAGEREF names, and that bookmark is on the heading.
  for (const std::string name : {"_Toc900000001", "_Toc900000002", "_Toc900000003"}) {
    CAPTURE(name);
    CHECK(xml.find("w:anchor=\"" + name + "\"") != std::string::npos);
    CHECK(xml.find("PAGEREF " + name + " \\h") != std::string::npos);
    CHECK(xml.find("w:name=\"" + name + "\"") != std::string::npos);
  }
  // The entries take the styles named "toc 1" and "toc 2", whatever their ids.
  CHECK(xml.find("<w:pStyle w:val=\"Verzeichnis2\"/></w:pPr><w:hyperlink w:anchor=\"_Toc900000002\"") !=
        std::string::npos);
  // The TOC field is gone (a reader would print its cached result): only the PAGEREFs are fields,
  // each with no cached page and marked for Word to compute it.
  CHECK(xml.find("TOC \\o") == std::string::npos);
  CHECK(Count(xml, "fldCharType=\"begin\"") == 3);
  CHECK(Count(xml, "fldCharType=\"end\"") == 3);
  CHECK(Count(xml, "w:dirty=\"true\"") == 3);
  CHECK(xml.find("fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"") != std::string::npos);
}

TEST_CASE("contents list: a field spread over several paragraphs, as Word writes it, is replaced whole") {
  const std::string toc =
      "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText> TOC \\o \"1-1\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      "<w:r><w:t>Old entry one</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>Old entry two</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> after</w:t></w:r></w:p>";
  Package package = Filled(toc + Styled("Heading1", "Only heading"));
  const std::string xml = package.Bytes("word/document.xml");
  CHECK(xml.find("Old entry") == std::string::npos);
  CHECK(Count(xml, "PAGEREF _Toc") == 1);
  // The text after the field's end stays, at the end of the last entry's paragraph.
  CHECK(xml.find("</w:hyperlink><w:r><w:t xml:space=\"preserve\"> after") != std::string::npos);
}

TEST_CASE("contents list: a document without a TOC field is left as it was") {
  auto package = Package::Open(testing::DocxFixture().Body(Styled("Heading1", "Introduction")).Bytes());
  REQUIRE(package.ok());
  const std::string before = package->Bytes("word/document.xml");
  REQUIRE(FillContentsList(*package).ok());
  CHECK(package->Bytes("word/document.xml") == before);
}

// A table of `rows` rows, one with a bookmark whose id is 4000: the size of a long chronology.
std::string LargeTable(int rows) {
  std::string table = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>";
  for (int i = 0; i < rows; ++i)
    table += "<w:tr><w:tc><w:p><w:r><w:t>Contact " + std::to_string(i) + "</w:t></w:r></w:p></w:tc></w:tr>";
  table += "<w:tr><w:tc><w:p><w:bookmarkStart w:id=\"4000\" w:name=\"last\"/><w:r><w:t>Last</w:t></w:r>"
           "<w:bookmarkEnd w:id=\"4000\"/></w:p></w:tc></w:tr></w:tbl>";
  return table;
}

TEST_CASE("contents list: a main part left as bytes keeps its large tables byte for byte, unparsed") {
  const std::string table = LargeTable(2000);
  REQUIRE(table.size() > (64 << 10));
  auto package = Package::Open(
      testing::DocxFixture()
          .Body(kToc + Styled("Heading1", "Introduction") + table + Styled("Berschrift2", "After the table"))
          .Part("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                Styles(), "styles", "rIdStyles")
          .Bytes());
  REQUIRE(package.ok());
  // As the fill stage leaves a part it wrote: bytes, no tree.
  const std::string main = package->main_document();
  REQUIRE(package->PutPart(main, package->Bytes(main), {}, Package::PartParsing::kOnFirstUse).ok());
  REQUIRE_FALSE(package->IsParsed(main));

  REQUIRE(FillContentsList(*package).ok());
  CHECK_FALSE(package->IsParsed(main));
  const std::string xml = package->Bytes(main);
  CHECK(xml.find(table) != std::string::npos);
  CHECK(xml.find("dhr-set-aside") == std::string::npos);
  CHECK(Count(xml, "PAGEREF _Toc") == 2);
  CHECK(xml.find("Update this field") == std::string::npos);
  // New bookmarks take ids above those of the table.
  CHECK(xml.find("w:id=\"4001\" w:name=\"_Toc900000001\"") != std::string::npos);
  CHECK(xml.find("w:id=\"4002\" w:name=\"_Toc900000002\"") != std::string::npos);
  // The headings themselves (their last mention; the entries come first) either side of the table.
  const size_t intro = xml.rfind(">Introduction<"), after = xml.rfind(">After the table<");
  CHECK(intro < xml.find(table));
  CHECK(after > xml.find(table));
  // The result is a well-formed part, and the whole package saves and opens again.
  REQUIRE(package->Xml(main) != nullptr);
  auto saved = package->Save();
  REQUIRE(saved.ok());
  CHECK(Package::Open(*saved).ok());

  // The same document as a tree gets the same entries.
  Package tree = Filled(kToc + Styled("Heading1", "Introduction") + table + Styled("Berschrift2", "After the table"));
  CHECK(Count(tree.Bytes(main), "PAGEREF _Toc") == 2);
}

TEST_CASE("contents list: a main part left as bytes without a TOC field is left as it was") {
  const std::string table = LargeTable(2000);
  auto package = Package::Open(testing::DocxFixture().Body(Styled("Heading1", "Introduction") + table).Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  const std::string before = package->Bytes(main);
  REQUIRE(package->PutPart(main, before, {}, Package::PartParsing::kOnFirstUse).ok());
  REQUIRE(FillContentsList(*package).ok());
  CHECK_FALSE(package->IsParsed(main));
  CHECK(package->Bytes(main) == before);
}

}  // namespace
}  // namespace dhr
