#include "docx/xml_stream.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dhr {
namespace {

// "start w:p 2" for each tag, in order.
std::vector<std::string> Tags(std::string_view bytes, bool* ok = nullptr) {
  XmlTagReader reader(bytes);
  std::vector<std::string> out;
  XmlTag tag;
  while (reader.Next(tag)) {
    const char* kind = tag.kind == XmlTag::Kind::kStart ? "start" : tag.kind == XmlTag::Kind::kEnd ? "end" : "empty";
    out.push_back(std::string(kind) + " " + std::string(tag.ns) + "|" + std::string(tag.local) + " " +
                  std::to_string(tag.depth));
  }
  if (ok) *ok = reader.ok();
  return out;
}

TEST_CASE("xml stream: tags with their namespaces and depths; comments, CDATA, instructions and text skipped") {
  bool ok = false;
  const auto tags = Tags(
      "<?xml version=\"1.0\"?>\n<a:r xmlns:a=\"urn:a\"><!-- <a:x> --><a:p k='1>2' j=\"/>\">text &amp; more"
      "<![CDATA[<a:y>]]><b xmlns=\"urn:b\"><a:t/></b></a:p><a:q/></a:r>",
      &ok);
  CHECK(ok);
  CHECK(tags == std::vector<std::string>{"start urn:a|r 1", "start urn:a|p 2", "start urn:b|b 3", "empty urn:a|t 4",
                                         "end urn:b|b 3", "end urn:a|p 2", "empty urn:a|q 2", "end urn:a|r 1"});
}

TEST_CASE("xml stream: a prefix declared again inside an element means the new namespace only there") {
  const auto tags = Tags("<x:r xmlns:x=\"urn:1\"><x:a xmlns:x=\"urn:2\"><x:b/></x:a><x:c/></x:r>");
  CHECK(tags[1] == "start urn:2|a 2");
  CHECK(tags[2] == "empty urn:2|b 3");
  CHECK(tags[4] == "empty urn:1|c 2");
}

TEST_CASE("xml stream: bytes that are not well-formed stop the reader with ok() false") {
  for (const char* bad : {"<a><b></a>", "<a><b>", "<a x=\"1></a>", "<!DOCTYPE a><a/>", "<a><!-- open</a>"}) {
    CAPTURE(bad);
    bool ok = true;
    Tags(bad, &ok);
    CHECK_FALSE(ok);
  }
}

TEST_CASE("xml stream: an element parsed on its own keeps its namespaces and is written back as in the tree") {
  const std::string part =
      "<w:document xmlns:w=\"urn:w\" xmlns:r=\"urn:r\"><w:body><w:p><w:r><w:t>caf\xC3\xA9 &lt;1&gt;</w:t></w:r></w:p>"
      "<w:sectPr><w:headerReference r:id=\"rId1\"/></w:sectPr></w:body></w:document>";
  XmlTagReader reader(part);
  XmlTag tag;
  while (reader.Next(tag) && tag.local != "sectPr") {
  }
  REQUIRE(tag.local == "sectPr");
  const size_t begin = tag.begin;
  const std::string declarations = reader.NamespaceDeclarations();
  CHECK(declarations == " xmlns:w=\"urn:w\" xmlns:r=\"urn:r\"");
  while (reader.Next(tag) && !(tag.kind == XmlTag::Kind::kEnd && tag.local == "sectPr")) {
  }
  auto fragment = ParseElement(std::string_view(part).substr(begin, tag.end - begin), declarations);
  REQUIRE(fragment.ok());
  xmlNode* section = FragmentElement(*fragment);
  REQUIRE(IsElement(section, "urn:w", "sectPr"));
  xmlNode* reference = Child(section, "urn:w", "headerReference");
  CHECK(Attr(reference, "urn:r", "id") == "rId1");
  SetAttr(reference, "urn:r", "id", "rId7");
  const std::string edited = SerializeElement(section);
  CHECK(edited == "<w:sectPr><w:headerReference r:id=\"rId7\"/></w:sectPr>");

  // Text keeps its characters as UTF-8 and its escapes.
  XmlTagReader again(part);
  while (again.Next(tag) && tag.local != "p") {
  }
  const size_t p_begin = tag.begin;
  while (again.Next(tag) && !(tag.kind == XmlTag::Kind::kEnd && tag.local == "p")) {
  }
  auto paragraph = ParseElement(std::string_view(part).substr(p_begin, tag.end - p_begin), declarations);
  REQUIRE(paragraph.ok());
  CHECK(SerializeElement(FragmentElement(*paragraph)) == "<w:p><w:r><w:t>caf\xC3\xA9 &lt;1&gt;</w:t></w:r></w:p>");
}

TEST_CASE("xml stream: a tag's attribute names as written, declarations included; false when cut short") {
  std::vector<std::string_view> names;
  CHECK(TagAttributeNames("<w:tblW w:w=\"0\" w:type='auto' xmlns:v=\"urn:v\"/>", names));
  CHECK(names == std::vector<std::string_view>{"w:w", "w:type", "xmlns:v"});
  CHECK(TagAttributeNames("<w:p>", names));
  CHECK(names.empty());
  CHECK(TagAttributeNames("<w:t a=\"x>y\" >", names));
  CHECK(names == std::vector<std::string_view>{"a"});
  CHECK_FALSE(TagAttributeNames("<w:t a=\"open>", names));
  CHECK_FALSE(TagAttributeNames("<w:t =\"x\">", names));
}

}  // namespace
}  // namespace dhr
