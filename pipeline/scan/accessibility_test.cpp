#include "pipeline/scan/accessibility.h"

#include <doctest/doctest.h>

#include <set>

#include "pipeline/scan/package_scan.h"
#include "pipeline/scan/scan_fixtures_test_support.h"

namespace dhr::scan {
namespace {

using namespace testing;

constexpr const char* kPicNs = "http://schemas.openxmlformats.org/drawingml/2006/picture";

std::string Styles(const std::string& defaults_lang) {
  return WordPart("w:styles",
                  "<w:docDefaults><w:rPrDefault><w:rPr>" + defaults_lang +
                      "</w:rPr></w:rPrDefault></w:docDefaults>"
                      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
                      "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style>"
                      "<w:style w:type=\"paragraph\" w:styleId=\"Section\"><w:name w:val=\"Section\"/>"
                      "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                      "<w:style w:type=\"paragraph\" w:styleId=\"SubSection\"><w:name w:val=\"Sub\"/>"
                      "<w:basedOn w:val=\"Heading3\"/></w:style>");
}

DocxFixture Document(const std::string& body, const std::string& title = "<dc:title>Overview report</dc:title>",
                     const std::string& lang = "<w:lang w:val=\"en-GB\"/>") {
  DocxFixture fixture = WithCleanSettings(DocxFixture().Body(body));
  fixture.Part("word/styles.xml", WordType("styles"), Styles(lang), "styles", "rIdStyles");
  fixture.PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", CoreProperties(title),
                      std::string(kPackageRel) + "core-properties");
  return fixture;
}

std::string Heading(const char* style, const std::string& text) {
  return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr><w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

std::string Picture(const std::string& doc_pr_attributes, const std::string& doc_pr_children = "") {
  return "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"10\" cy=\"10\"/><wp:docPr id=\"7\" name=\"sian.png\" " +
         doc_pr_attributes + ">" + doc_pr_children +
         "</wp:docPr><a:graphic><a:graphicData uri=\"" + kPicNs + "\"><pic:pic xmlns:pic=\"" + kPicNs +
         "\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

std::string Row(const std::string& properties, const std::string& text) {
  return "<w:tr>" + properties + "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc></w:tr>";
}

std::vector<Finding> Check(const DocxFixture& fixture) {
  auto package = Package::Open(fixture.Bytes(), OpenOptions{});
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return AccessibilityFindings(*package);
}

std::multiset<std::string> RuleIds(const std::vector<Finding>& findings) {
  std::multiset<std::string> out;
  for (const Finding& f : findings) out.insert(f.rule_id);
  return out;
}

std::string Dump(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) out += f.part + " | " + f.location + " | " + f.rule + " | " + f.context + "\n";
  return out;
}

TEST_CASE("accessibility: a titled, headed document with described pictures and header rows passes") {
  const auto findings =
      Check(Document(Heading("Heading1", "Overview report") + Heading("Section", "Introduction") +
                     Heading("Heading3", "Scope") + Heading("Heading2", "Findings") +
                     Picture("descr=\"Timeline of the agencies' contacts\"") +
                     "<w:tbl>" + Row("<w:trPr><w:tblHeader/></w:trPr>", "Agency") + Row("", "Police") + "</w:tbl>" +
                     "<w:tbl>" + Row("", "a one-row table labels nothing") + "</w:tbl>"));
  CHECK_MESSAGE(findings.empty(), Dump(findings));
}

TEST_CASE("accessibility: a picture without alt text is reported by its id, not its file name") {
  const auto findings = Check(Document(Heading("Heading1", "Report") + Picture("")));
  REQUIRE_MESSAGE(findings.size() == 1, Dump(findings));
  CHECK(findings[0].rule_id == "accessibility.alt-text");
  CHECK(findings[0].category == Category::kAccessibility);
  CHECK(findings[0].part == "word/document.xml");
  CHECK(findings[0].location == "picture wp:docPr id 7");
  CHECK(findings[0].paragraph == 2);
  CHECK(findings[0].context.find("sian") == std::string::npos);
  // Blank alt text is none; a title is alt text; a decorative picture needs none.
  CHECK(RuleIds(Check(Document(Picture("descr=\"  \"")))) == std::multiset<std::string>{"accessibility.alt-text"});
  CHECK(Check(Document(Picture("title=\"A map of the area\""))).empty());
  CHECK(Check(Document(Picture("", "<a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\"><adec:decorative "
                                   "xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" "
                                   "val=\"1\"/></a:ext></a:extLst>")))
            .empty());
}

TEST_CASE("accessibility: a text box is not a picture; a VML picture needs its alt") {
  const std::string text_box =
      "<w:p><w:r><w:drawing><wp:anchor><wp:docPr id=\"2\" name=\"Text Box 2\"/><a:graphic><a:graphicData "
      "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp/></a:graphicData>"
      "</a:graphic></wp:anchor></w:drawing></w:r></w:p>";
  CHECK(Check(Document(text_box)).empty());
  const auto vml = Check(Document("<w:p><w:r><w:pict><v:shape id=\"s\"><v:imagedata r:id=\"rId9\"/></v:shape>"
                                  "</w:pict></w:r></w:p>"));
  CHECK(RuleIds(vml) == std::multiset<std::string>{"accessibility.alt-text"});
  CHECK(Check(Document("<w:p><w:r><w:pict><v:shape id=\"s\" alt=\"A chart of contacts\"><v:imagedata r:id=\"rId9\"/>"
                       "</v:shape></w:pict></w:r></w:p>"))
            .empty());
}

TEST_CASE("accessibility: a table without a header row, counted in the document's order") {
  const auto findings = Check(Document(
      Heading("Heading1", "Action plan") + "<w:tbl>" + Row("<w:trPr><w:tblHeader/></w:trPr>", "Key") +
      Row("", "Red") + "</w:tbl>" + "<w:tbl>" + Row("", "Recommendation") + Row("", "Train staff") + "</w:tbl>" +
      "<w:tbl>" + Row("<w:trPr><w:tblHeader w:val=\"false\"/></w:trPr>", "Agency") + Row("", "Police") + "</w:tbl>"));
  REQUIRE_MESSAGE(findings.size() == 2, Dump(findings));
  CHECK(findings[0].rule_id == "accessibility.table-header");
  CHECK(findings[0].location == "table 2");
  CHECK(findings[0].paragraph == 4);  // the heading, the first table's two, then this table's first
  CHECK(findings[1].location == "table 3");
}

TEST_CASE("accessibility: a skipped heading level, by style name, outline level and basedOn") {
  auto locations = [](const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings) out.push_back(f.location + ": " + f.context);
    return out;
  };
  // 1, 3 (skips 2), 2 (outline level 1 of the Section style), 3 by basedOn, 1, then a direct
  // outline level 3 (a fourth level under the first): skipped twice.
  const auto findings = Check(Document(
      Heading("Heading1", "Report") + Heading("Heading3", "Too deep") + Heading("Section", "Back") +
      Heading("SubSection", "Fine") + Heading("Heading1", "Next") +
      "<w:p><w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr><w:r><w:t>Deep</w:t></w:r></w:p>" +
      Heading("Heading3", "") /* an empty heading is not counted */));
  const std::vector<std::string> expected = {
      "paragraph 2: a level 3 heading follows a level 1 heading: a level is skipped",
      "paragraph 6: a level 4 heading follows a level 1 heading: a level is skipped"};
  CHECK(locations(findings) == expected);
  const auto first = Check(Document(Heading("Heading2", "Introduction")));
  REQUIRE(first.size() == 1);
  CHECK(first[0].context == "the first heading is a level 2 heading: start at level 1");
}

TEST_CASE("accessibility: no title, no language") {
  CHECK(RuleIds(Check(Document(Heading("Heading1", "Report"), "<dc:title> </dc:title>"))) ==
        std::multiset<std::string>{"accessibility.title"});
  CHECK(RuleIds(Check(Document(Heading("Heading1", "Report"), "<dc:title>Report</dc:title>", ""))) ==
        std::multiset<std::string>{"accessibility.language"});
  // No core properties and no styles at all.
  CHECK(RuleIds(Check(WithCleanSettings(DocxFixture().Body(Heading("Heading1", "Report"))))) ==
        std::multiset<std::string>{"accessibility.language", "accessibility.title"});
}

TEST_CASE("accessibility: warnings of a publication scan, findings with the accessibility option") {
  const DocxFixture fixture = Document(Heading("Heading1", "Report") + Picture(""));
  auto package = Package::Open(fixture.Bytes(), OpenOptions{});
  REQUIRE(package.ok());
  // The picture's name ("sian.png") is a leak whatever the options: one identifier finding.
  const std::multiset<std::string> leak = {"identifier.person"};
  ScanOptions options;
  auto plain = ScanPackage(*package, TrapTarget(), options);
  REQUIRE(plain.ok());
  CHECK(plain->warnings.empty());
  CHECK(RuleIds(plain->findings) == leak);
  options.publication = true;
  auto warned = ScanPackage(*package, TrapTarget(), options);
  REQUIRE(warned.ok());
  CHECK_MESSAGE(RuleIds(warned->findings) == leak, Dump(warned->findings));
  CHECK(RuleIds(warned->warnings) == std::multiset<std::string>{"accessibility.alt-text"});
  options.accessibility = true;
  auto failed = ScanPackage(*package, TrapTarget(), options);
  REQUIRE(failed.ok());
  const std::multiset<std::string> both = {"accessibility.alt-text", "identifier.person"};
  CHECK_MESSAGE(RuleIds(failed->findings) == both, Dump(failed->findings));
  CHECK(failed->warnings.empty());
}

}  // namespace
}  // namespace dhr::scan
