#include "pipeline/scan/paragraph_text.h"

#include <doctest/doctest.h>

#include "docx/xml.h"
#include "pipeline/scan/xml_walk.h"
#include "tests/docx_fixture.h"

namespace dhr::scan {
namespace {

XmlDocument Parse(const std::string& body) {
  const std::string xml = "<w:document " + std::string(dhr::testing::kWordNamespaces) + "><w:body>" + body +
                          "</w:body></w:document>";
  auto doc = XmlDocument::Parse(xml, "word/document.xml");
  REQUIRE_MESSAGE(doc.ok(), doc.status().Describe());
  return std::move(doc).value();
}

xmlNode* FirstParagraph(const XmlDocument& doc) {
  xmlNode* found = nullptr;
  VisitElements(doc.root(), [&](xmlNode* e, int) {
    if (!found && IsParagraph(e)) found = e;
  });
  return found;
}

TEST_CASE("scan paragraph text: runs joined, layout white space ignored, breaks read as spaces") {
  const XmlDocument doc = Parse(
      "<w:p>\n  <w:r><w:t>Con</w:t></w:r>\n  <w:proofErr w:type=\"spellStart\"/>\n  <w:r><w:t>nor</w:t></w:r>"
      "<w:r><w:tab/><w:t xml:space=\"preserve\"> D</w:t><w:noBreakHyphen/><w:t>Arcy</w:t><w:br/></w:r></w:p>");
  const ParagraphReadings r = ReadParagraph(FirstParagraph(doc));
  CHECK(r.text == "Connor  D-Arcy ");
  CHECK(r.others.empty());
}

TEST_CASE("scan paragraph text: field codes and nested paragraphs") {
  const XmlDocument doc = Parse(
      "<w:p><w:r><w:instrText> MERGEFIELD x </w:instrText></w:r><w:r><w:t>A</w:t></w:r><w:r><w:pict><v:textbox>"
      "<w:txbxContent><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r>"
      "<w:r><w:t>B</w:t></w:r></w:p>");
  xmlNode* outer = FirstParagraph(doc);
  CHECK(ReadParagraph(outer).text == " MERGEFIELD x A B");
  int paragraphs = 0;
  VisitElements(doc.root(), [&](xmlNode* e, int p) {
    if (IsParagraph(e)) {
      ++paragraphs;
      CHECK(p == paragraphs);
      if (p == 2) CHECK(ReadParagraph(e).text == "inner");
    }
  });
  CHECK(paragraphs == 2);
}

TEST_CASE("scan paragraph text: tracked changes give accepted and rejected readings") {
  const XmlDocument doc = Parse(
      "<w:p><w:r><w:t xml:space=\"preserve\">Met </w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>"
      "Connor</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>Adult XAP</w:t></w:r></w:ins>"
      "</w:p>");
  const ParagraphReadings r = ReadParagraph(FirstParagraph(doc));
  CHECK(r.text == "Met ConnorAdult XAP");
  REQUIRE(r.others.size() == 2);
  CHECK(r.others[0].text == "Met Adult XAP");
  CHECK(r.others[1].text == "Met Connor");
  CHECK(r.others[1].offsets[4] == 4);
  CHECK(r.others[0].offsets[4] == 10);
}

}  // namespace
}  // namespace dhr::scan
