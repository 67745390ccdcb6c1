#include "pipeline/publish/hidden_text.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

std::string Run(const std::string& text, const std::string& properties = {}) {
  return "<w:r>" + (properties.empty() ? std::string() : "<w:rPr>" + properties + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

TEST_CASE("publish: a run formatted hidden is removed, its neighbours stay") {
  Package package = Open(DocxFixture().Body("<w:p>" + Run("The victim, ") + Run("Jane Smith, ", "<w:b/><w:vanish/>") +
                                            Run("was 34.") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "The victim, was 34.\n");
  CHECK(report.Count(clean_category::kHiddenRuns) == 1);
  CHECK(!Contains(BodyXml(package), "Smith"));
  CHECK(!Contains(BodyXml(package), "vanish"));
}

TEST_CASE("publish: w:vanish switched off is not hidden text") {
  Package package = Open(DocxFixture().Body("<w:p>" + Run("Shown", "<w:vanish w:val=\"0\"/>") +
                                            Run(" too", "<w:vanish w:val=\"false\"/>") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "Shown too\n");
  CHECK(report.Count(clean_category::kHiddenRuns) == 0);
}

DocxFixture WithStyles(const std::string& body, const std::string& styles) {
  return DocxFixture().Body(body).Part("word/styles.xml", WordType("styles"), WordPart("w:styles", styles), "styles",
                                       "rId5");
}

TEST_CASE("publish: text hidden by its character style, through basedOn, is removed; direct formatting wins") {
  Package package = Open(WithStyles(
      "<w:p>" + Run("Seen ") + Run("secret ", "<w:rStyle w:val=\"Derived\"/>") +
          Run("shown", "<w:rStyle w:val=\"Derived\"/><w:vanish w:val=\"0\"/>") + "</w:p>",
      "<w:style w:type=\"character\" w:styleId=\"Hidden\"><w:rPr><w:vanish/></w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Derived\"><w:basedOn w:val=\"Hidden\"/><w:rPr><w:i/></w:rPr></w:style>"));
  Clean(package);
  CHECK(VisibleText(package) == "Seen shown\n");
}

TEST_CASE("publish: a paragraph style that hides text hides its runs and its mark: the paragraph goes") {
  Package package = Open(WithStyles(
      "<w:p>" + Run("Before") + "</w:p><w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr>" + Run("Private note") +
          "</w:p><w:p>" + Run("After") + "</w:p>",
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"/>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:rPr><w:vanish/></w:rPr></w:style>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "Before\nAfter\n");
  CHECK(report.Count(clean_category::kHiddenParagraphs) == 1);
}

TEST_CASE("publish: document defaults that hide text are honoured") {
  Package package = Open(WithStyles("<w:p>" + Run("Hidden by default") + Run(" shown", "<w:vanish w:val=\"off\"/>") +
                                        "</w:p><w:p/>",
                                    "<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>"));
  Clean(package);
  CHECK(VisibleText(package) == " shown\n\n");
}

TEST_CASE("publish: a hidden paragraph mark is made visible; its paragraph keeps its text") {
  Package package = Open(DocxFixture().Body("<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" + Run("First") +
                                            "</w:p><w:p>" + Run("Second") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "First\nSecond\n");
  CHECK(report.Count(clean_category::kHiddenParagraphMarks) == 1);
  CHECK(!Contains(BodyXml(package), "vanish"));
}

TEST_CASE("publish: a paragraph of hidden text with a hidden mark goes; the last paragraph of a cell stays") {
  const std::string hidden = "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" + Run("Gone", "<w:vanish/>") + "</w:p>";
  Package package = Open(DocxFixture().Body(
      "<w:p>" + Run("Top") + "</w:p>" + hidden + "<w:p>" + Run("Bottom") + "</w:p>"
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"9\"/></w:tblGrid><w:tr><w:tc><w:p>" + Run("Cell") + "</w:p>" + hidden +
      "</w:tc></w:tr></w:tbl><w:p/>"));
  Clean(package);
  CHECK(VisibleText(package) == "Top\nBottom\nCell\n\n\n");
  CHECK(!Contains(BodyXml(package), "Gone"));
}

TEST_CASE("publish: a hidden index entry field is removed whole, fields around it stay balanced") {
  Package package = Open(DocxFixture().Body(
      "<w:p>" + Run("Agency") +
      "<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:instrText xml:space=\"preserve\"> XE \"Smith, Jane\" </w:instrText></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Run("3") +
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
  const CleanReport report = Clean(package);
  const std::string body = BodyXml(package);
  CHECK(!Contains(body, "Smith"));
  CHECK(!Contains(body, "vanish"));
  CHECK(report.Count(clean_category::kHiddenRuns) == 4);
  // The PAGE field keeps begin, separate and end.
  CHECK(Contains(body, "begin"));
  CHECK(Contains(body, "separate"));
  CHECK(Contains(body, "end"));
  size_t fld = 0;
  for (size_t at = body.find("w:fldChar "); at != std::string::npos; at = body.find("w:fldChar ", at + 1)) ++fld;
  CHECK(fld == 3);
  CHECK(VisibleText(package) == "Agency3\n");
}

TEST_CASE("publish: hidden text in a text box and in a footer is removed; special and web-hidden text stays") {
  Package package = Open(
      DocxFixture()
          .Body("<w:p>" + Run("Outer") +
                "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + Run("Box ") + Run("hidden", "<w:vanish/>") +
                "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>" + Run(" web", "<w:webHidden/>") +
                Run(" spec", "<w:specVanish/>") + "</w:p><w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId7\"/></w:sectPr>")
          .Part("word/footer1.xml", WordType("footer"),
                WordPart("w:ftr", "<w:p>" + Run("Page ") + Run("Ref 2024/118", "<w:vanish/>") + "</w:p>"), "footer",
                "rId7"));
  Clean(package);
  CHECK(VisibleText(package) == "Outer web spec\nBox \n");
  CHECK(VisibleText(package, "word/footer1.xml") == "Page \n");
}

}  // namespace
}  // namespace dhr::publish
