#include "pipeline/publish/unreferenced_content.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kBy = " w:author=\"Jane Roe\"";

std::string Footnotes() {
  return WordPart("w:footnotes",
                  "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                  "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p/></w:footnote>"
                  "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Kept note</w:t></w:r></w:p></w:footnote>"
                  "<w:footnote w:id=\"2\"><w:p><w:r><w:t>Note on Jane Smith</w:t></w:r></w:p></w:footnote>");
}

TEST_CASE("publish: a footnote whose reference was deleted goes; separators and referenced notes stay") {
  Package package = Open(
      DocxFixture()
          .Body(std::string("<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>") +
                "<w:del w:id=\"9\"" + kBy + "><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:del></w:p>")
          .Part("word/footnotes.xml", WordType("footnotes"), Footnotes(), "footnotes", "rId8"));
  const CleanReport report = Clean(package);
  CHECK(report.Count(clean_category::kUnreferencedNotes) == 1);
  const std::string notes = PartXml(package, "word/footnotes.xml");
  CHECK(!Contains(notes, "Jane Smith"));
  CHECK(Contains(notes, "Kept note"));
  CHECK(Contains(notes, "separator"));
  CHECK(Contains(notes, "continuationSeparator"));
}

TEST_CASE("publish: the picture and link of deleted text go from the package") {
  const std::string picture =
      "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture 1\"/><a:graphic><a:graphicData><pic:pic "
      "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:blipFill><a:blip r:embed=\"rId50\"/>"
      "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
  Package package = Open(DocxFixture()
                             .Body(std::string("<w:p><w:r><w:t>Kept</w:t></w:r><w:del w:id=\"9\"") + kBy + ">" +
                                   picture + "</w:del><w:del w:id=\"10\"" + kBy +
                                   "><w:hyperlink r:id=\"rId51\"><w:r><w:delText>link</w:delText></w:r></w:hyperlink>"
                                   "</w:del><w:hyperlink r:id=\"rId52\"><w:r><w:t>kept link</w:t></w:r></w:hyperlink></w:p>")
                             .Part("word/media/image1.png", "", "\x89PNG not really", "image", "rId50")
                             .ExternalLink("rId51", "https://example.org/family/jane-smith")
                             .ExternalLink("rId52", "https://www.gov.uk/"));
  const CleanReport report = Clean(package);
  CHECK(package.Find("word/media/image1.png") == nullptr);
  const std::string rels = PartXml(package, "word/_rels/document.xml.rels");
  CHECK(!Contains(rels, "image1.png"));
  CHECK(!Contains(rels, "jane-smith"));
  CHECK(Contains(rels, "https://www.gov.uk/"));
  CHECK(report.Count(clean_category::kUnusedRelationships) == 2);
  CHECK(VisibleText(package) == "Keptkept link\n");
}

TEST_CASE("publish: a part nothing reaches goes; parts reached through relationships stay") {
  Package package = Open(DocxFixture()
                             .Body("<w:p><w:r><w:t>Text</w:t></w:r></w:p>")
                             .Part("word/styles.xml", WordType("styles"), WordPart("w:styles", ""), "styles", "rId5")
                             .Part("word/stray.xml", "", "<notes>Jane Smith, 12 Acacia Avenue</notes>"));
  CleanReport report;
  RemoveUnreachableParts(package, report);
  CHECK(package.Find("word/stray.xml") == nullptr);
  CHECK(package.Find("word/styles.xml") != nullptr);
  CHECK(package.Find("word/document.xml") != nullptr);
  CHECK(package.Find("word/_rels/document.xml.rels") != nullptr);
  CHECK(report.removed_parts() == std::vector<std::string>{"word/stray.xml"});
}

}  // namespace
}  // namespace dhr::publish
