#include "pipeline/publish/accessible_copy.h"

#include <doctest/doctest.h>

#include "docx/properties.h"
#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kCoreType = "application/vnd.openxmlformats-package.core-properties+xml";
constexpr const char* kCoreRelationship =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

std::string Core(const std::string& content) {
  return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
         content + "</cp:coreProperties>";
}

std::string Styled(const char* style, const std::string& text) {
  return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr><w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

const std::string kStyles =
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/></w:style>";

std::string Title(Package& package) {
  for (const Property& p : CoreProperties(package))
    if (p.name == "dc:title") return p.value;
  return "";
}

std::string DefaultLanguage(Package& package) {
  XmlDocument* styles = package.Xml("word/styles.xml");
  REQUIRE(styles);
  const xmlNode* rpr =
      Child(Child(Child(styles->root(), ns::kW, "docDefaults"), ns::kW, "rPrDefault"), ns::kW, "rPr");
  return Attr(Child(rpr, ns::kW, "lang"), ns::kW, "val");
}

TEST_CASE("accessible copy: a title from the Title paragraph, else the first level-1 heading; the language en-GB") {
  Package titled = Open(DocxFixture()
                            .Body(Styled("Kop1", "Introduction") + Styled("Title", "Agency report on Adult X"))
                            .Part("word/styles.xml", WordType("styles"), WordPart("w:styles", kStyles), "styles",
                                  "rId30"));
  REQUIRE(AddMissingTitleAndLanguage(titled).ok());
  CHECK(Title(titled) == "Agency report on Adult X");
  CHECK(DefaultLanguage(titled) == "en-GB");
  // The edited styles part is written out.
  auto saved = titled.Save();
  REQUIRE(saved.ok());
  auto reopened = Package::Open(*saved, OpenOptions{});
  REQUIRE(reopened.ok());
  CHECK(DefaultLanguage(*reopened) == "en-GB");

  Package headed = Open(DocxFixture()
                            .Body(Styled("Kop1", " ") + Styled("Kop1", "Chronology of Adult X"))
                            .Part("word/styles.xml", WordType("styles"), WordPart("w:styles", kStyles), "styles",
                                  "rId30"));
  REQUIRE(AddMissingTitleAndLanguage(headed).ok());
  CHECK(Title(headed) == "Chronology of Adult X");
}

TEST_CASE("accessible copy: a title and a language the document has are kept; nothing is guessed") {
  Package kept = Open(
      DocxFixture()
          .Body(Styled("Title", "Something else"))
          .Part("word/styles.xml", WordType("styles"),
                WordPart("w:styles", "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"cy-GB\"/></w:rPr>"
                                     "</w:rPrDefault></w:docDefaults>" +
                                         kStyles),
                "styles", "rId30")
          .PackagePart("docProps/core.xml", kCoreType, Core("<dc:title>IMR: Westshire Police</dc:title>"),
                       kCoreRelationship));
  REQUIRE(AddMissingTitleAndLanguage(kept).ok());
  CHECK(Title(kept) == "IMR: Westshire Police");
  CHECK(DefaultLanguage(kept) == "cy-GB");
  CHECK_FALSE(kept.IsEdited("word/styles.xml"));

  // No Title paragraph and no heading: no title is made up; no styles part: none is added.
  Package plain = Open(DocxFixture().Body("<w:p><w:r><w:t>Just text</w:t></w:r></w:p>"));
  REQUIRE(AddMissingTitleAndLanguage(plain).ok());
  CHECK(Title(plain).empty());
  CHECK(plain.Find("word/styles.xml") == nullptr);
}

}  // namespace
}  // namespace dhr::publish
