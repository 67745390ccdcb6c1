#include "docx/child_order.h"

#include <doctest/doctest.h>

#include <string>

#include "docx/xml.h"

namespace dhr {
namespace {

constexpr const char* kOpen = "<w:x xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                              "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">";

// Parses `<w:x>inner</w:x>`, inserts a new w:`local` into the element `parent` (the root's first
// child) and returns the parent serialised.
std::string InsertInto(const std::string& inner, const char* local) {
  auto doc = XmlDocument::Parse(std::string(kOpen) + inner + "</w:x>", "test.xml");
  REQUIRE(doc.ok());
  xmlNode* parent = xmlFirstElementChild(doc->root());
  InsertInSchemaOrder(parent, NewElementLike(parent, local));
  std::string out = doc->Serialize();
  const size_t start = out.find('>', out.find("<w:x ")) + 1;
  return out.substr(start, out.rfind("</w:x>") - start);
}

TEST_CASE("child order: w:updateFields goes after w:characterSpacingControl and before w:footnotePr, not first") {
  CHECK(InsertInto("<w:settings><w:zoom/><w:defaultTabStop/><w:characterSpacingControl/><w:footnotePr/>"
                   "<w:compat/></w:settings>",
                   "updateFields") ==
        "<w:settings><w:zoom/><w:defaultTabStop/><w:characterSpacingControl/><w:updateFields/><w:footnotePr/>"
        "<w:compat/></w:settings>");
}

TEST_CASE("child order: w:removePersonalInformation goes after w:zoom, first when nothing precedes it") {
  CHECK(InsertInto("<w:settings><w:zoom/><w:defaultTabStop/></w:settings>", "removePersonalInformation") ==
        "<w:settings><w:zoom/><w:removePersonalInformation/><w:defaultTabStop/></w:settings>");
  CHECK(InsertInto("<w:settings><w:defaultTabStop/></w:settings>", "removePersonalInformation") ==
        "<w:settings><w:removePersonalInformation/><w:defaultTabStop/></w:settings>");
  CHECK(InsertInto("<w:settings/>", "removePersonalInformation") ==
        "<w:settings><w:removePersonalInformation/></w:settings>");
}

TEST_CASE("child order: a w:headerReference goes after the references already there, before w:pgSz") {
  CHECK(InsertInto("<w:sectPr><w:headerReference/><w:footerReference/><w:pgSz/></w:sectPr>", "headerReference") ==
        "<w:sectPr><w:headerReference/><w:footerReference/><w:headerReference/><w:pgSz/></w:sectPr>");
  CHECK(InsertInto("<w:sectPr><w:footnotePr/><w:pgSz/><w:titlePg/></w:sectPr>", "footerReference") ==
        "<w:sectPr><w:footerReference/><w:footnotePr/><w:pgSz/><w:titlePg/></w:sectPr>");
}

TEST_CASE("child order: children of extension namespaces do not count; the new child follows its predecessor") {
  CHECK(InsertInto("<w:settings><w:zoom/><w15:chartTrackingRefBased/><w:listSeparator/></w:settings>",
                   "decimalSymbol") ==
        "<w:settings><w:zoom/><w:decimalSymbol/><w15:chartTrackingRefBased/><w:listSeparator/></w:settings>");
  CHECK(InsertInto("<w:settings><w15:chartTrackingRefBased/><w:listSeparator/></w:settings>", "zoom") ==
        "<w:settings><w15:chartTrackingRefBased/><w:zoom/><w:listSeparator/></w:settings>");
}

TEST_CASE("child order: w:shd in w:tcPr, w:pPr and w:tblPr at its place") {
  CHECK(InsertInto("<w:tcPr><w:tcW/><w:vAlign/></w:tcPr>", "shd") == "<w:tcPr><w:tcW/><w:shd/><w:vAlign/></w:tcPr>");
  CHECK(InsertInto("<w:pPr><w:pStyle/><w:spacing/><w:rPr/></w:pPr>", "shd") ==
        "<w:pPr><w:pStyle/><w:shd/><w:spacing/><w:rPr/></w:pPr>");
  CHECK(InsertInto("<w:tblPr><w:tblW/><w:tblLook/></w:tblPr>", "shd") ==
        "<w:tblPr><w:tblW/><w:shd/><w:tblLook/></w:tblPr>");
}

TEST_CASE("child order: SchemaChild returns the child already there, else creates it at its place") {
  auto doc = XmlDocument::Parse(std::string(kOpen) + "<w:pPr><w:pStyle/><w:jc/></w:pPr></w:x>", "test.xml");
  REQUIRE(doc.ok());
  xmlNode* properties = xmlFirstElementChild(doc->root());
  xmlNode* jc = Child(properties, ns::kW, "jc");
  CHECK(SchemaChild(properties, "jc") == jc);
  xmlNode* spacing = SchemaChild(properties, "spacing");
  CHECK(spacing->next == jc);
  CHECK(HasSchemaPlace(properties, "spacing"));
  CHECK_FALSE(HasSchemaPlace(properties, "p"));
}

}  // namespace
}  // namespace dhr
