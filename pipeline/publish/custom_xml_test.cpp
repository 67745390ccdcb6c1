#include "pipeline/publish/custom_xml.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kItemRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" "
    "Target=\"itemProps1.xml\"/></Relationships>";
constexpr const char* kItemProps =
    "<ds:datastoreItem ds:itemID=\"{6C3C8BC8-F283-45AE-878A-BAB7291924A1}\" "
    "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"/>";

DocxFixture WithDataStore(const std::string& body) {
  return DocxFixture()
      .Body(body)
      .Part("customXml/item1.xml", "", "<case><victim>Jane Smith</victim><ref>DHR 2024/07</ref></case>", "customXml",
            "rId40")
      .Part("customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
            kItemProps)
      .Part("customXml/_rels/item1.xml.rels", "", kItemRels);
}

TEST_CASE("publish: custom XML data stores go with their relationships and overrides") {
  Package package = Open(WithDataStore("<w:p><w:r><w:t>Body</w:t></w:r></w:p>"));
  const CleanReport report = Clean(package);
  for (const PartInfo& part : package.parts()) {
    CAPTURE(part.name);
    CHECK(part.name.rfind("customXml", 0) != 0);
  }
  CHECK(report.removed_parts().size() >= 2);
  CHECK(!Contains(PartXml(package, "word/_rels/document.xml.rels"), "customXml"));
  CHECK(!Contains(PartXml(package, "[Content_Types].xml"), "customXml"));
  CHECK(VisibleText(package) == "Body\n");
}

TEST_CASE("publish: data bindings, custom XML and smart tag wrappers go, the text they hold stays") {
  struct Case {
    const char* what;
    std::string body;
    std::string_view category;
    size_t count;
    std::vector<std::string> gone, kept;
    std::string text;
  };
  const Case cases[] = {
      {"a content control bound to the store loses its binding and keeps the text it shows",
       "<w:sdt><w:sdtPr><w:alias w:val=\"Victim\"/><w:dataBinding w:xpath=\"/case[1]/victim[1]\" "
       "w:storeItemID=\"{6C3C8BC8-F283-45AE-878A-BAB7291924A1}\"/><w15:dataBinding w:xpath=\"/case[1]\" "
       "w:storeItemID=\"{6C3C8BC8-F283-45AE-878A-BAB7291924A1}\"/><w:text/></w:sdtPr>"
       "<w:sdtContent><w:p><w:r><w:t>Adult A</w:t></w:r></w:p></w:sdtContent></w:sdt>",
       clean_category::kDataBindings, 2, {"dataBinding", "storeItemID"}, {"<w:alias w:val=\"Victim\"/>"},
       "Adult A\n"},
      {"custom XML and smart tag wrappers are unwrapped and their attributes dropped",
       "<w:customXml w:uri=\"urn:case\" w:element=\"person\"><w:customXmlPr><w:attr w:name=\"nhs\" "
       "w:val=\"943 476 5919\"/></w:customXmlPr><w:p><w:r><w:t xml:space=\"preserve\">Seen by </w:t></w:r>"
       "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"PersonName\"><w:smartTagPr>"
       "<w:attr w:name=\"ProductID\" w:val=\"Dr Alan Jones\"/></w:smartTagPr><w:smartTag w:element=\"place\">"
       "<w:r><w:t>GP1</w:t></w:r></w:smartTag></w:smartTag></w:p></w:customXml>",
       clean_category::kCustomMarkup, 3, {"customXml", "smartTag", "943 476", "Alan Jones"}, {}, "Seen by GP1\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Package package = Open(WithDataStore(c.body));
    CHECK(Clean(package).Count(c.category) == c.count);
    const std::string body = BodyXml(package);
    for (const std::string& word : c.gone) CHECK_MESSAGE(!Contains(body, word), word);
    for (const std::string& word : c.kept) CHECK_MESSAGE(Contains(body, word), word);
    CHECK(VisibleText(package) == c.text);
  }
}

}  // namespace
}  // namespace dhr::publish
