#include "docx/xml_stream.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "docx/file_io.h"
#include "docx/package.h"
#include "tests/test_paths.h"

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
TEST_CASE("xml stream: an element's content skipped leads to its end tag, past markup that only looks like it") {
  const std::string part =
      "<a:r xmlns:a=\"urn:a\"><a:p k='1>2' j=\"/>\"><!-- </a:p> --><b xmlns='urn:b'><a:t/><![CDATA[</a:p>]]></b>"
      "<?pi </a:p>?><a:p><a:p/></a:p>text</a:p><a:q/></a:r>";
  XmlTagReader reader(part);
  XmlTag tag;
  REQUIRE(reader.Next(tag));
  REQUIRE(reader.Next(tag));
  REQUIRE(tag.local == "p");
  const size_t end = reader.ContentEnd();
  CHECK(end == part.rfind("</a:p>"));
  reader.SkipContent(end);
  std::vector<std::string> rest;
  while (reader.Next(tag)) rest.push_back(std::to_string(static_cast<int>(tag.kind)) + std::string(tag.local));
  CHECK(reader.ok());
  CHECK(rest == std::vector<std::string>{"1p", "2q", "1r"});

  // Without comments, CDATA or processing instructions the end is found from the element's own
  // tags: past longer names, a '>' or "/>" inside an attribute's value, empty elements of its
  // name, white space inside its tags, and '!' or '?' in text.
  const std::string plain =
      "<r><a:p k='1>2' j=\"/>\"><a:pPr/><a:p\tx='>'>Stop! Why?<a:p/><a:pq></a:pq></a:p ><a:p/></a:p><a:p></a:p></r>";
  XmlTagReader named(plain);
  REQUIRE(named.Next(tag));
  REQUIRE(named.Next(tag));
  REQUIRE(tag.local == "p");
  CHECK(named.ContentEnd() == plain.find("</a:p>"));  // the inner end tag is "</a:p >"
  // A comment inside: the end still found, by counting every tag.
  for (const char* hidden : {"<!-- </a:p> -->", "<![CDATA[</a:p>]]>", "<?pi </a:p>?>"}) {
    const std::string commented = std::string("<r><a:p>") + hidden + "<a:p/></a:p></r>";
    XmlTagReader counted(commented);
    REQUIRE(counted.Next(tag));
    REQUIRE(counted.Next(tag));
    CHECK_MESSAGE(counted.ContentEnd() == commented.rfind("</a:p>"), hidden);
  }

  // No content end after an empty or end tag, nor when the bytes stop inside the element.
  XmlTagReader empty("<r><q/></r>");
  REQUIRE(empty.Next(tag));
  REQUIRE(empty.Next(tag));
  CHECK(tag.kind == XmlTag::Kind::kEmpty);
  CHECK(empty.ContentEnd() == std::string::npos);
  REQUIRE(empty.Next(tag));
  CHECK(empty.ContentEnd() == std::string::npos);
  XmlTagReader cut("<r><p><q></q>");
  REQUIRE(cut.Next(tag));
  REQUIRE(cut.Next(tag));
  CHECK(cut.ContentEnd() == std::string::npos);
}

TEST_CASE("xml stream: the content end of every start tag of real main documents is its end tag") {
  // The corpus's documents as Word wrote them (mc:AlternateContent, fields, drawings) and our templates.
  std::vector<std::string> parts;
  const std::vector<std::string> corpus = testing::CorpusFiles();
  for (size_t i = 0; i < corpus.size(); ++i) {
    DiskFileSystem fs;
    auto package = Package::OpenFile(fs, corpus[i]);
    REQUIRE(package.ok());
    parts.push_back(package->Bytes(package->main_document()));
  }
  for (const char* name : {"overview-report", "action-plan", "data-form"}) {
    std::ifstream in(testing::SourceDir() + "/templates/" + name + "/word/document.xml", std::ios::binary);
    parts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  REQUIRE(parts.size() == corpus.size() + 3);
  size_t checked = 0;
  for (const std::string& part : parts) {
    REQUIRE_FALSE(part.empty());
    XmlTagReader reader(part);
    std::vector<size_t> expected;  // per open element: where ContentEnd said its end tag begins
    XmlTag tag;
    while (reader.Next(tag)) {
      if (tag.kind == XmlTag::Kind::kStart) {
        expected.push_back(reader.ContentEnd());
      } else if (tag.kind == XmlTag::Kind::kEnd) {
        CHECK(expected.back() == tag.begin);
        expected.pop_back();
        ++checked;
      }
    }
    CHECK(reader.ok());
  }
  CHECK(checked > 5000);
}

}  // namespace dhr
