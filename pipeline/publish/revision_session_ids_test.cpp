#include "pipeline/publish/revision_session_ids.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

TEST_CASE("publish: revision session ids go from text, tables, sections and styles") {
  Package package = Open(
      DocxFixture()
          .Body("<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00D4E5F6\" w:rsidP=\"00112233\"><w:r w:rsidRPr=\"00445566\">"
                "<w:t>Text</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol w:w=\"9\"/></w:tblGrid><w:tr "
                "w:rsidR=\"00778899\" w:rsidTr=\"00AABBCC\"><w:tc><w:p w:rsidR=\"00A1B2C3\"/></w:tc></w:tr></w:tbl>"
                "<w:p/><w:sectPr w:rsidR=\"00A1B2C3\" w:rsidSect=\"00DDEEFF\"/>")
          .Part("word/styles.xml", WordType("styles"),
                WordPart("w:styles", "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/>"
                                     "<w:rsid w:val=\"00A1B2C3\"/></w:style>"),
                "styles", "rId5"));
  const CleanReport report = Clean(package);
  CHECK(report.Count(clean_category::kRevisionSessionIds) == 10);
  CHECK(!Contains(PartXml(package, "word/document.xml"), "rsid"));
  CHECK(!Contains(PartXml(package, "word/styles.xml"), "rsid"));
  CHECK(Contains(PartXml(package, "word/styles.xml"), "<w:name w:val=\"Note\"/>"));
  CHECK(VisibleText(package) == "Text\n\n\n");
}

TEST_CASE("publish: a part without session ids is left byte for byte") {
  Package package = Open(DocxFixture().Body("<w:p><w:r><w:t>Text</w:t></w:r></w:p>"));
  CHECK(RemoveRevisionSessionIds(package.Xml("word/document.xml")->root()) == 0);
  Clean(package);
  CHECK(!package.IsEdited("word/document.xml"));
}

}  // namespace
}  // namespace dhr::publish
