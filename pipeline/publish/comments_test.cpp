#include "pipeline/publish/comments.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

std::string Comment(int id, const std::string& text) {
  return "<w:comment w:id=\"" + std::to_string(id) +
         "\" w:author=\"Jane Roe\" w:initials=\"JR\"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>" + text +
         "</w:t></w:r></w:p></w:comment>";
}

DocxFixture WithComments(const std::string& body) {
  return DocxFixture()
      .Body(body)
      .Part("word/comments.xml", WordType("comments"),
            WordPart("w:comments", Comment(0, "Is this Mr Smith?") + Comment(1, "Check the date")), "comments", "rId20")
      .Part("word/commentsExtended.xml", WordType("commentsExtended"),
            WordPart("w15:commentsEx", "<w15:commentEx w15:paraId=\"1A2B3C4D\" w15:done=\"0\"/>"), "commentsExtended",
            "rId21")
      .Part("word/commentsIds.xml", WordType("commentsIds"),
            "<w16cid:commentsIds xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\"/>",
            "commentsIds", "rId22")
      .Part("word/commentsExtensible.xml", WordType("commentsExtensible"),
            "<w16cex:commentsExtensible xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\"/>",
            "commentsExtensible", "rId23")
      .Part("word/people.xml", WordType("people"),
            WordPart("w15:people", "<w15:person w15:author=\"Jane Roe\"><w15:presenceInfo w15:providerId=\"AD\" "
                                   "w15:userId=\"S::jane.roe@example.gov.uk\"/></w15:person>"),
            "people", "rId24");
}

const char* kAnchored =
    "<w:p><w:r><w:t xml:space=\"preserve\">I want </w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
    "<w:r><w:t>some text</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
    "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r>"
    "<w:r><w:t xml:space=\"preserve\"> here.</w:t></w:r></w:p>"
    "<w:p><w:commentRangeStart w:id=\"1\"/><w:r><w:t>Second</w:t><w:commentReference w:id=\"1\"/></w:r>"
    "<w:commentRangeEnd w:id=\"1\"/></w:p>";

TEST_CASE("publish: comments go with their parts, anchors, relationships, overrides and people") {
  Package package = Open(WithComments(kAnchored));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "I want some text here.\nSecond\n");
  CHECK(report.Count(clean_category::kComments) == 2);
  CHECK(report.Count(clean_category::kCommentAnchors) == 6);
  for (const char* part : {"word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml",
                           "word/commentsExtensible.xml", "word/people.xml"}) {
    CAPTURE(part);
    CHECK(package.Find(part) == nullptr);
  }
  const std::string body = BodyXml(package);
  CHECK(!Contains(body, "comment"));
  CHECK(!Contains(body, "CommentReference"));
  // The reference's own run went; the run that also held text stayed.
  CHECK(Contains(body, "<w:r><w:t>Second</w:t></w:r>"));
  const std::string everything = PartXml(package, "word/_rels/document.xml.rels") + PartXml(package, "[Content_Types].xml");
  for (const char* gone : {"comments", "people"}) {
    CAPTURE(gone);
    CHECK(!Contains(everything, gone));
  }
}

TEST_CASE("publish: comment anchors in headers and footnotes go too") {
  const std::string anchored = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Header</w:t></w:r>"
                               "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
  Package package = Open(WithComments("<w:p><w:r><w:t>Body</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                                      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId30\"/></w:sectPr>")
                             .Part("word/header1.xml", WordType("header"), WordPart("w:hdr", anchored), "header", "rId30")
                             .Part("word/footnotes.xml", WordType("footnotes"),
                                   WordPart("w:footnotes", "<w:footnote w:id=\"1\">" + anchored + "</w:footnote>"),
                                   "footnotes", "rId31"));
  const CleanReport report = Clean(package);
  CHECK(report.Count(clean_category::kCommentAnchors) == 6);
  CHECK(VisibleText(package, "word/header1.xml") == "Header\n");
  CHECK(!Contains(PartXml(package, "word/header1.xml"), "comment"));
  CHECK(!Contains(PartXml(package, "word/footnotes.xml"), "comment"));
}

TEST_CASE("publish: a document without comments is not touched by the comment pass") {
  Package package = Open(DocxFixture().Body("<w:p><w:r><w:t>Plain</w:t></w:r></w:p>"));
  CleanReport report;
  RemoveComments(package, report);
  CHECK(report.empty());
  CHECK(!package.IsEdited("word/document.xml"));
}

}  // namespace
}  // namespace dhr::publish
