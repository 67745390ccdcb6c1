#include "docx/xml.h"

#include <doctest/doctest.h>

#include <vector>

namespace dhr {
namespace {

TEST_CASE("xml: parses and serialises with the declaration kept") {
  auto doc = XmlDocument::Parse(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a xmlns=\"urn:x\"><b c=\"1\">t</b></a>", "p.xml");
  REQUIRE(doc.ok());
  CHECK(doc->Serialize() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a xmlns=\"urn:x\"><b c=\"1\">t</b></a>\n");
}

TEST_CASE("xml: malformed XML names the part and the line") {
  auto doc = XmlDocument::Parse("<a>\n<b>\n</a>", "word/document.xml");
  REQUIRE(!doc.ok());
  CHECK(doc.status().id() == "xml.malformed");
  CHECK(doc.status().where().part == "word/document.xml");
  CHECK(doc.status().where().line == 3);
}

TEST_CASE("xml: billion laughs is refused before expansion") {
  const char* bomb =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>";
  auto doc = XmlDocument::Parse(bomb, "word/document.xml");
  REQUIRE(!doc.ok());
  CHECK(doc.status().id() == "xml.doctype");
}

TEST_CASE("xml: external entities (XXE) are refused") {
  auto doc = XmlDocument::Parse(
      "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>", "p.xml");
  REQUIRE(!doc.ok());
  CHECK(doc.status().id() == "xml.doctype");
}

TEST_CASE("xml: a declaration is found after comments and CDATA, and only a declaration is refused") {
  for (const char* bad : {"<a><!-- x --><!ENTITY e \"y\"></a>", "<a><![CDATA[x]]></a><!DOCTYPE a>", "<!DOCTYPE a><a/>",
                          "<a/><!<!DOCTYPE a>", "<a>Stop! Go!</a><!DOCTYPE a>", "<a>!</a><!!DOCTYPE a><!ENTITY"}) {
    auto doc = XmlDocument::Parse(bad, "p.xml");
    REQUIRE_MESSAGE(!doc.ok(), bad);
    CHECK_MESSAGE(doc.status().id() == "xml.doctype", bad);
  }
  for (const char* good : {"<a><!-- <!DOCTYP --><![CDATA[<!ENTIT]]></a>", "<a>&lt;!DOCTYPE</a>", "<a>!DOCTYPE</a>",
                           "<a>Wait!</a><!---->"})
    CHECK_MESSAGE(XmlDocument::Parse(good, "p.xml").ok(), good);
}

TEST_CASE("xml: a UTF-16 part with a DOCTYPE is refused after parsing") {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")) {
    utf16 += c;
    utf16 += '\0';
  }
  auto doc = XmlDocument::Parse(utf16, "p.xml");
  REQUIRE(!doc.ok());
  CHECK(doc.status().id() == "xml.doctype");
}

TEST_CASE("xml: excessive nesting is refused") {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  CHECK(!XmlDocument::Parse(deep, "p.xml").ok());
  XmlLimits tight;
  tight.max_depth = 10;
  std::string eleven;
  for (int i = 0; i < 11; ++i) eleven += "<a>";
  for (int i = 0; i < 11; ++i) eleven += "</a>";
  CHECK(XmlDocument::Parse(eleven, "p.xml", tight).status().id() == "xml.too_deep");
}

TEST_CASE("xml: parts over the size limit are refused") {
  XmlLimits small;
  small.max_bytes = 10;
  CHECK(XmlDocument::Parse("<a>0123456789</a>", "p.xml", small).status().id() == "xml.too_large");
}

TEST_CASE("xml: Check, which builds no tree, accepts and refuses what Parse does, with the same message") {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")) {
    utf16 += c;
    utf16 += '\0';
  }
  std::string deep, eleven;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  for (int i = 0; i < 11; ++i) eleven += "<a>";
  for (int i = 0; i < 11; ++i) eleven += "</a>";
  XmlLimits tight;
  tight.max_depth = 10;
  struct Case {
    std::string bytes;
    XmlLimits limits;
  };
  const std::vector<Case> cases = {
      {"<w:document xmlns:w=\"urn:w\"><w:p><w:t xml:space=\"preserve\">Tom &amp; Jerry &#x2019;</w:t></w:p></w:document>",
       {}},
      {"<a>\n<b>\n</a>", {}},
      {"<a>An &undefined; entity.</a>", {}},
      {"<a><b></a>", {}},
      {"<a x=\"1\" x=\"2\"/>", {}},
      {"<a>\xC3\x28</a>", {}},  // not UTF-8
      {"<a/><b/>", {}},
      {"<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>", {}},
      {utf16, {}},
      {deep, {}},
      {eleven, tight},
      {eleven, {}},
      {"<a>0123456789</a>", XmlLimits{10, 256}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    auto parsed = XmlDocument::Parse(c.bytes, "word/document.xml", c.limits);
    const Status checked = XmlDocument::Check(c.bytes, "word/document.xml", c.limits);
    CHECK(checked.ok() == parsed.ok());
    if (parsed.ok() || checked.ok()) continue;
    CHECK(checked.id() == parsed.status().id());
    CHECK(checked.message() == parsed.status().message());
    CHECK(checked.where().part == "word/document.xml");
    CHECK(checked.where().line == parsed.status().where().line);
  }
}

TEST_CASE("xml: attribute helpers read and write namespaced attributes") {
  auto doc = XmlDocument::Parse(std::string("<w:p xmlns:w=\"") + ns::kW + "\"><w:r w:rsidR=\"00A1\"/></w:p>", "p.xml");
  REQUIRE(doc.ok());
  xmlNode* r = Child(doc->root(), ns::kW, "r");
  REQUIRE(r);
  CHECK(Attr(r, ns::kW, "rsidR") == "00A1");
  SetAttr(r, ns::kW, "rsidR", "00B2");
  SetAttr(r, ns::kXml, "space", "preserve");
  CHECK(Attr(r, ns::kW, "rsidR") == "00B2");
  CHECK(doc->Serialize().find("<w:r w:rsidR=\"00B2\" xml:space=\"preserve\"/>") != std::string::npos);
  RemoveAttr(r, ns::kW, "rsidR");
  CHECK(!HasAttr(r, ns::kW, "rsidR"));
}

TEST_CASE("xml: Children gives element children, by name, and survives removing the one it is on") {
  auto doc = XmlDocument::Parse(std::string("<w:body xmlns:w=\"") + ns::kW +
                                    "\"><w:p/>text<w:tbl/><!-- note --><w:p/><x:p xmlns:x=\"urn:x\"/><w:p/></w:body>",
                                "p.xml");
  REQUIRE(doc.ok());
  int all = 0;
  for (xmlNode* n : Children(doc->root())) all += n->type == XML_ELEMENT_NODE ? 1 : 100;
  CHECK(all == 5);
  int paragraphs = 0;
  for (xmlNode* p : Children(doc->root(), ns::kW, "p")) {
    ++paragraphs;
    RemoveNode(p);  // the loop has already found the next one
  }
  CHECK(paragraphs == 3);
  CHECK(Children(doc->root(), ns::kW, "p").empty());
  CHECK_FALSE(Children(doc->root()).empty());  // w:tbl and x:p are left
  CHECK(Children(nullptr).empty());
}

}  // namespace
}  // namespace dhr
