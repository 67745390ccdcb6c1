#include "pipeline/fill/tag_isolation.h"

#include <doctest/doctest.h>

#include "docx/text.h"
#include "docx/xml.h"
#include "tests/docx_fixture.h"

namespace dhr {
namespace {

struct IsolationFixture {
  explicit IsolationFixture(const std::string& paragraph) {
    auto parsed = XmlDocument::Parse("<w:document " + std::string(testing::kWordNamespaces) + "><w:body>" +
                                         paragraph + "</w:body></w:document>",
                                     "word/document.xml");
    REQUIRE(parsed.ok());
    doc = std::move(parsed).value();
    p = Paragraphs(doc.root()).front();
  }
  std::string Body() const {
    const std::string xml = doc.Serialize();
    const size_t from = xml.find("<w:body>") + 8;
    return xml.substr(from, xml.find("</w:body>") - from);
  }
  XmlDocument doc;
  xmlNode* p = nullptr;
};

TEST_CASE("fill tag isolation: a tag Word split at spell-check marks and a formatting change gets one run") {
  IsolationFixture f(
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Victim: {{ vic</w:t></w:r>"
      "<w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:i/></w:rPr><w:t>tim.na</w:t></w:r>"
      "<w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\">me }}, aged 42</w:t></w:r></w:p>");
  const std::string text = ReadParagraph(f.p).text;
  const size_t begin = text.find("{{");
  const size_t end = text.find("}}") + 2;
  auto isolated = IsolateTags(f.p, {{begin, end}});
  REQUIRE(isolated.ok());
  CHECK(Content((*isolated)[0]) == "{{ victim.name }}");
  CHECK(ReadParagraph(f.p).text == text);
  CHECK(f.Body() ==
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Victim: </w:t></w:r>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t>{{ victim.name }}</w:t></w:r>"
        "<w:proofErr w:type=\"spellStart\"/><w:proofErr w:type=\"spellEnd\"/>"
        "<w:r><w:t xml:space=\"preserve\">, aged 42</w:t></w:r></w:p>");
}

TEST_CASE("fill tag isolation: several tags in one text element each get a run, text around keeps its own") {
  IsolationFixture f("<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>{{#each rows}}{{a}} and {{b}}{{/each}}</w:t><w:tab/>"
                     "<w:t>after</w:t></w:r></w:p>");
  const std::string text = ReadParagraph(f.p).text;
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 1))
    ranges.emplace_back(at, text.find("}}", at) + 2);
  auto isolated = IsolateTags(f.p, ranges);
  REQUIRE(isolated.ok());
  REQUIRE(isolated->size() == 4);
  CHECK(Content((*isolated)[2]) == "{{b}}");
  CHECK(ReadParagraph(f.p).text == text);
  CHECK(f.Body() ==
        "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>{{#each rows}}</w:t></w:r>"
        "<w:r><w:rPr><w:i/></w:rPr><w:t>{{a}}</w:t></w:r>"
        "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> and </w:t></w:r>"
        "<w:r><w:rPr><w:i/></w:rPr><w:t>{{b}}</w:t></w:r>"
        "<w:r><w:rPr><w:i/></w:rPr><w:t>{{/each}}</w:t></w:r>"
        "<w:r><w:rPr><w:i/></w:rPr><w:tab/><w:t>after</w:t></w:r></w:p>");
}

}  // namespace
}  // namespace dhr
