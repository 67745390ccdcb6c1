#include "docx/paragraph_stream.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "docx/text.h"
#include "tests/docx_fixture.h"

namespace dhr {
namespace {

// A body with paragraphs at the top level, in a table cell and in a text box inside a paragraph,
// and a bookmark between the table's rows.
constexpr const char* kBody =
    "<w:p><w:r><w:t>Joanne went out.</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Jo</w:t></w:r><w:r><w:t>anne</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:bookmarkStart w:id=\"1\" w:name=\"Joanne\"/><w:bookmarkEnd w:id=\"1\"/>"
    "<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Joanne inside</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>";

// Replaces "Joanne" by "Adult X" in every paragraph's text and in bookmark names.
struct Replacer {
  std::vector<std::string> seen;  // paragraph texts, in the order handed over
  ParagraphStreamHandlers Handlers() {
    ParagraphStreamHandlers h;
    h.paragraph = [this](xmlNode* outermost) -> Result<bool> {
      bool edited = false;
      for (xmlNode* p : Paragraphs(outermost)) {
        ParagraphText text = ReadParagraph(p);
        seen.push_back(text.text);
        const size_t at = text.text.find("Joanne");
        if (at == std::string::npos) continue;
        if (Status s = ApplyEdits(text, {{at, at + 6, "Adult X"}}); !s.ok()) return s;
        edited = true;
      }
      return edited;
    };
    h.may_edit = [](std::string_view local, const std::vector<std::string_view>& attributes) {
      return local == "bookmarkStart" && std::find(attributes.begin(), attributes.end(), "name") != attributes.end();
    };
    h.element = [](xmlNode* element) {
      if (Attr(element, ns::kW, "name") != "Joanne") return false;
      SetAttr(element, ns::kW, "name", "Adult_X");
      return true;
    };
    return h;
  }
};

Package UnparsedBody(const std::string& body) {
  auto package = Package::Open(testing::DocxFixture().Body(body).Bytes());
  REQUIRE(package.ok());
  const std::string main = package->main_document();
  REQUIRE(package->PutPart(main, package->Bytes(main), {}, Package::PartParsing::kOnFirstUse).ok());
  return std::move(package).value();
}

Package Unparsed() { return UnparsedBody(kBody); }

TEST_CASE("paragraph stream: every paragraph in order, edits spliced back, the tree never built") {
  for (size_t batch_bytes : {size_t(1), size_t(256) << 10}) {
    CAPTURE(batch_bytes);
    Package package = Unparsed();
    const std::string main = package.main_document();
    Replacer replacer;
    auto read = EditParagraphStream(package, main, replacer.Handlers(), batch_bytes);
    REQUIRE(read.ok());
    CHECK(*read);
    CHECK_FALSE(package.IsParsed(main));
    CHECK(replacer.seen == std::vector<std::string>{"Joanne went out.", "Joanne", "", "", "Joanne inside"});
    std::vector<std::string> texts;
    for (xmlNode* p : Paragraphs(package.Xml(main)->root())) texts.push_back(ReadParagraph(p).text);
    CHECK(texts == std::vector<std::string>{"Adult X went out.", "Adult X", "", "", "Adult X inside"});
    CHECK(package.Bytes(main).find("w:name=\"Adult_X\"") != std::string::npos);
    CHECK(package.Bytes(main).find("<w:bookmarkEnd w:id=\"1\"/>") != std::string::npos);
  }
}

TEST_CASE("paragraph stream: a paragraph the handler leaves is not written again, even beside an edited one") {
  // Single quotes and a space before '>' are what a serialiser would write differently.
  const std::string untouched = "<w:p><w:pPr><w:jc w:val='center' /></w:pPr><w:r><w:t >Nothing.</w:t ></w:r></w:p>";
  const std::string body = "<w:p><w:r><w:t>Joanne went out.</w:t></w:r></w:p>" + untouched;
  for (bool same_bytes_same_edit : {false, true}) {
    CAPTURE(same_bytes_same_edit);
    Package package = UnparsedBody(body);
    const std::string main = package.main_document();
    Replacer replacer;
    ParagraphStreamHandlers handlers = replacer.Handlers();
    handlers.same_bytes_same_edit = same_bytes_same_edit;
    auto read = EditParagraphStream(package, main, handlers);  // one batch holds both
    REQUIRE(read.ok());
    CHECK(*read);
    CHECK(replacer.seen == std::vector<std::string>{"Joanne went out.", "Nothing."});
    CHECK(package.Bytes(main).find("Adult X went out.") != std::string::npos);
    CHECK(package.Bytes(main).find(untouched) != std::string::npos);
  }
}

TEST_CASE("paragraph stream: with same_bytes_same_edit, a repeated paragraph is handled once and edited every time") {
  std::string body;
  for (int i = 0; i < 5; ++i)
    body += "<w:p><w:r><w:t>Joanne went out.</w:t></w:r></w:p><w:p><w:r><w:t>Nothing.</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>Row " + std::to_string(i) + "</w:t></w:r></w:p>";
  for (size_t batch_bytes : {size_t(1), size_t(256) << 10}) {
    CAPTURE(batch_bytes);
    Package package = UnparsedBody(body);
    const std::string main = package.main_document();
    Replacer replacer;
    ParagraphStreamHandlers handlers = replacer.Handlers();
    handlers.same_bytes_same_edit = true;
    auto read = EditParagraphStream(package, main, handlers, batch_bytes);
    REQUIRE(read.ok());
    CHECK(*read);
    std::vector<std::string> texts;
    for (xmlNode* p : Paragraphs(package.Xml(main)->root())) texts.push_back(ReadParagraph(p).text);
    REQUIRE(texts.size() == 15);
    for (int i = 0; i < 5; ++i) {
      CHECK(texts[3 * i] == "Adult X went out.");
      CHECK(texts[3 * i + 1] == "Nothing.");
      CHECK(texts[3 * i + 2] == "Row " + std::to_string(i));
    }
    if (batch_bytes == 1)  // each paragraph flushed alone: the repeats are known when met
      CHECK(replacer.seen == std::vector<std::string>{"Joanne went out.", "Nothing.", "Row 0", "Row 1", "Row 2",
                                                      "Row 3", "Row 4"});
    else  // one batch: nothing is known before it is handled
      CHECK(replacer.seen.size() == 15);
  }
}

TEST_CASE("paragraph stream: the same bytes under other namespace declarations are another paragraph") {
  // Two cells bind the prefix v to different namespaces; their paragraphs' bytes are the same.
  const std::string body =
      "<w:tbl><w:tr><w:tc xmlns:v=\"urn:one\"><w:p><w:r><v:mark/><w:t>Joanne</w:t></w:r></w:p></w:tc>"
      "<w:tc xmlns:v=\"urn:two\"><w:p><w:r><v:mark/><w:t>Joanne</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  for (bool same_bytes_same_edit : {false, true})
    for (size_t batch_bytes : {size_t(1), size_t(256) << 10}) {
      CAPTURE(same_bytes_same_edit);
      CAPTURE(batch_bytes);
      Package package = UnparsedBody(body);
      std::vector<std::string> namespaces;
      ParagraphStreamHandlers handlers;
      handlers.paragraph = [&namespaces](xmlNode* outermost) -> Result<bool> {
        for (xmlNode* p : Paragraphs(outermost))
          for (xmlNode* r = p->children; r; r = r->next)
            for (xmlNode* c = r->children; c; c = c->next)
              if (LocalName(c) == "mark" && c->ns) namespaces.push_back(reinterpret_cast<const char*>(c->ns->href));
        return false;
      };
      handlers.may_edit = [](std::string_view, const std::vector<std::string_view>&) { return false; };
      handlers.element = [](xmlNode*) { return false; };
      handlers.same_bytes_same_edit = same_bytes_same_edit;
      auto read = EditParagraphStream(package, package.main_document(), handlers, batch_bytes);
      REQUIRE(read.ok());
      CHECK(namespaces == std::vector<std::string>{"urn:one", "urn:two"});
    }
}

TEST_CASE("paragraph stream: a part whose tree is built is left to the caller") {
  Package package = Unparsed();
  const std::string main = package.main_document();
  REQUIRE(package.Xml(main));
  Replacer replacer;
  auto read = EditParagraphStream(package, main, replacer.Handlers());
  REQUIRE(read.ok());
  CHECK_FALSE(*read);
  CHECK(replacer.seen.empty());
}

}  // namespace
}  // namespace dhr
