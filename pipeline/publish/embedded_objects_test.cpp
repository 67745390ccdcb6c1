#include "pipeline/publish/embedded_objects.h"

#include <doctest/doctest.h>

#include "docx/xml.h"
#include "tests/docx_fixture.h"

namespace dhr::publish {
namespace {

XmlDocument Parse(const std::string& body) {
  auto xml = XmlDocument::Parse(testing::DocxFixture().Body(body).DocumentXml(), "word/document.xml");
  REQUIRE_MESSAGE(xml.ok(), xml.status().Describe());
  return std::move(*xml);
}

TEST_CASE("embedded objects: the object's data goes, its picture stays") {
  XmlDocument xml = Parse(
      "<w:p><w:r><w:object><v:shape id=\"s1\"><v:imagedata r:id=\"rId5\"/></v:shape><o:OLEObject Type=\"Embed\" "
      "ProgID=\"Excel.Sheet.12\" ShapeID=\"s1\" r:id=\"rId6\"/></w:object></w:r></w:p>"
      "<w:p><w:r><w:object><w:drawing/><w:objectEmbed w:drawAspect=\"content\" r:id=\"rId7\"/></w:object></w:r></w:p>"
      "<w:p><w:r><w:object><v:shape id=\"s2\"><v:imagedata r:id=\"rId8\"/></v:shape><o:OLEObject Type=\"Link\" "
      "r:id=\"rId9\"/></w:object></w:r><w:r><w:object><w:control r:id=\"rId10\" w:name=\"CheckBox1\"/></w:object>"
      "</w:r></w:p>");
  CHECK(RemoveEmbeddedObjectData(xml.root()) == 4);
  const std::string out = xml.Serialize();
  for (const char* gone : {"OLEObject", "objectEmbed", "rId6", "rId7", "rId9", "rId10", "CheckBox1"})
    CHECK_MESSAGE(out.find(gone) == std::string::npos, gone);
  for (const char* kept : {"v:imagedata r:id=\"rId5\"", "v:imagedata r:id=\"rId8\"", "<w:drawing/>"})
    CHECK_MESSAGE(out.find(kept) != std::string::npos, kept);
  CHECK(RemoveEmbeddedObjectData(xml.root()) == 0);
}

}  // namespace
}  // namespace dhr::publish
