#include "pipeline/scan/package_scan.h"

#include <doctest/doctest.h>

#include "pipeline/scan/scan_fixtures_test_support.h"

namespace dhr::scan {
namespace {

using namespace testing;

constexpr const char* kDoc = "word/document.xml";

TEST_CASE("scan package: a clean document gives no finding") {
  const ScanReport report = ScanFixture(
      WithCleanSettings(DocxFixture().Body(Paragraph("Adult X lived with Adult XAP in June 2022.") +
                                           Paragraph("Connor Walsh chaired the review."))),
      true);
  CHECK_MESSAGE(report.findings.empty(), Dump(report));
  CHECK(report.file == "review.docx");
}

TEST_CASE("scan package: body paragraph, with the paragraph number and masked context") {
  const ScanReport report = ScanFixture(DocxFixture().Body(
      Paragraph("Introduction.") + Paragraph("On 8 June 2022 Sian Delacroix-Webb called Connor D\u2019Arcy.")));
  REQUIRE_MESSAGE(report.findings.size() == 3, Dump(report));
  const Finding& date = report.findings[0];
  CHECK(date.part == kDoc);
  CHECK(date.location == "paragraph 2");
  CHECK(date.paragraph == 2);
  CHECK(date.category == Category::kDate);
  CHECK(date.matched == "8 June 2022");
  CHECK(date.masked_context == "On [date] [name] called [name]…");  // no part of a name survives
  const Finding& victim = report.findings[1];
  CHECK(victim.rule == "person:victim full name");
  CHECK(victim.rule_id == "identifier.person");
  CHECK(victim.context == "On 8 June 2022 Sian Delacroix-Webb called Connor D\u2019Arcy.");
  CHECK(victim.masked_context == "On [date] [name] called [name].");
  CHECK(report.findings[2].rule == "person:perpetrator full name");
}

TEST_CASE("scan package: table cells") {
  const ScanReport report = ScanFixture(DocxFixture().Body(
      "<w:tbl><w:tr><w:tc>" + Paragraph("Police") + "</w:tc><w:tc>" + Paragraph("PC Okonkwo attended") +
      "</w:tc></w:tr></w:tbl>"));
  REQUIRE_MESSAGE(report.findings.size() == 1, Dump(report));
  CHECK(report.findings[0].rule == "professional:Police Officer title + surname");
  CHECK(report.findings[0].location == "paragraph 2");
}

TEST_CASE("scan package: tracked insertions and deletions, their text and author") {
  const ScanReport report = ScanFixture(DocxFixture().Body(
      "<w:p><w:del w:id=\"1\" w:author=\"Siân Delacroix-Webb\" w:date=\"2022-06-08T10:00:00Z\"><w:r>"
      "<w:delText>Connor</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"Reviewer\" "
      "w:date=\"2022-06-08T10:00:00Z\"><w:r><w:t>Adult XAP</w:t></w:r></w:ins><w:r><w:t> and 14 Acacia Ave"
      "</w:t></w:r></w:p>"));
  CHECK_MESSAGE(HasFinding(report, kDoc, "paragraph 1", "Connor"), Dump(report));
  CHECK(HasFinding(report, kDoc, "paragraph 1", "14 Acacia Ave"));
  CHECK(HasFinding(report, kDoc, "attribute w:author of w:del in paragraph 1", "Siân Delacroix-Webb"));
  for (const Finding& f : report.findings) CHECK_MESSAGE(f.category != Category::kDate, Dump(report));
}

// A finding the scan must give: the part, the place in it and the text found.
struct Expected {
  std::string part, location, text;
};

TEST_CASE("scan package: every place Word keeps text is read, with the place of each finding") {
  const std::string box = "<w:txbxContent>" + Paragraph("Sian") + "</w:txbxContent>";
  const struct {
    const char* what;
    DocxFixture fixture;
    std::vector<Expected> findings;
  } cases[] = {
      {"a name split across runs around a proofing mark",
       DocxFixture().Body(
           "<w:p><w:r><w:t>Con</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr>"
           "<w:t>nor</w:t></w:r>\n   <w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\"> said</w:t>"
           "</w:r></w:p>"),
       {{kDoc, "paragraph 1", "Connor"}}},
      {"headers, footers, footnotes and endnotes",
       DocxFixture()
           .Part("word/header1.xml", WordType("header"), WordPart("w:hdr", Paragraph("Review of Sian")), "header",
                 "rId7")
           .Part("word/footer1.xml", WordType("footer"), WordPart("w:ftr", Paragraph("NHS 943 476 5919")), "footer",
                 "rId8")
           .Part("word/footnotes.xml", WordType("footnotes"),
                 WordPart("w:footnotes", "<w:footnote w:id=\"1\">" + Paragraph("See LS1 4AB") + "</w:footnote>"),
                 "footnotes", "rId9")
           .Part("word/endnotes.xml", WordType("endnotes"),
                 WordPart("w:endnotes", "<w:endnote w:id=\"1\">" + Paragraph("Ms Delacroix-Webb") + "</w:endnote>"),
                 "endnotes", "rId10"),
       {{"word/header1.xml", "paragraph 1", "Sian"},
        {"word/footer1.xml", "paragraph 1", "943 476 5919"},
        {"word/footnotes.xml", "paragraph 1", "LS1 4AB"},
        {"word/endnotes.xml", "paragraph 1", "Ms Delacroix-Webb"}}},
      {"comment text and comment author",
       DocxFixture().Part("word/comments.xml", WordType("comments"),
                          WordPart("w:comments", "<w:comment w:id=\"0\" w:author=\"Grace Okonkwo\" w:initials=\"GO\">" +
                                                     Paragraph("Check with Connor first") + "</w:comment>"),
                          "comments", "rId11"),
       {{"word/comments.xml", "attribute w:author of w:comment", "Grace Okonkwo"},
        {"word/comments.xml", "paragraph 1", "Connor"}}},
      {"a text box in both its DrawingML and VML forms",
       DocxFixture().Body(
           "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" "
           "name=\"Text Box 1\"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box +
           "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
           "<w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r><w:r><w:t>Box</w:t></w:r></w:p>"),
       {{kDoc, "paragraph 2", "Sian"}, {kDoc, "paragraph 3", "Sian"}}},
      {"content control tag and alias",
       DocxFixture().Body(
           "<w:sdt><w:sdtPr><w:alias w:val=\"Victim: Siân\"/><w:tag w:val=\"ConnorDArcy\"/></w:sdtPr><w:sdtContent>" +
           Paragraph("Adult X") + "</w:sdtContent></w:sdt>"),
       {{kDoc, "attribute w:val of w:alias", "Siân"}, {kDoc, "attribute w:val of w:tag", "ConnorDArcy"}}},
      {"field codes, in instrText and in fldSimple",
       DocxFixture().Body(
           "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD "
           "Connor </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
           "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;mailto:someone@example.org&quot; \"><w:r><w:t>mail</w:t>"
           "</w:r></w:fldSimple></w:p>"),
       {{kDoc, "paragraph 1", "Connor"},
        {kDoc, "attribute w:instr of w:fldSimple in paragraph 2", "someone@example.org"}}},
      {"a hyperlink's target in the relationships",
       DocxFixture().Body(Paragraph("link")).ExternalLink("rId20", "https://example.org/people/connor-darcy"),
       {{"word/_rels/document.xml.rels", "relationship rId20 target", "connor-darcy"}}},
      {"the alt text of a picture",
       DocxFixture().Body(
           "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"3\" name=\"Picture 3\" descr=\"Photo of Sian at home\" "
           "title=\"D'Arcy family\"/></wp:inline></w:drawing></w:r></w:p>"),
       {{kDoc, "attribute descr of wp:docPr in paragraph 1", "Sian"},
        {kDoc, "attribute title of wp:docPr in paragraph 1", "D'Arcy"}}},
      {"bookmark names, joined words split",
       DocxFixture().Body(
           "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_SianDelacroixWebb\"/><w:r><w:t>x</w:t></w:r>"
           "<w:bookmarkEnd w:id=\"0\"/></w:p>"),
       {{kDoc, "attribute w:name of w:bookmarkStart in paragraph 1", "SianDelacroixWebb"}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    const ScanReport report = ScanFixture(c.fixture);
    for (const Expected& e : c.findings)
      CHECK_MESSAGE(HasFinding(report, e.part, e.location, e.text), e.text << " in " << e.location << "\n"
                                                                            << Dump(report));
  }
}

TEST_CASE("scan package: core, app and custom properties") {
  const ScanReport report = ScanFixture(
      DocxFixture()
          .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                       "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
                       "http://purl.org/dc/terms/\"><dc:creator>Grace Okonkwo</dc:creator><dcterms:created>"
                       "2022-06-08T10:00:00Z</dcterms:created></cp:coreProperties>",
                       std::string(kPackageRel) + "metadata/core-properties")
          .PackagePart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
                       "\"><Manager>Connor D'Arcy</Manager></Properties>",
                       std::string(kOfficeRel) + "extended-properties")
          .PackagePart("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                       " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                       "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Subject\">"
                       "<vt:lpwstr>Delacroix-Webb</vt:lpwstr></property></Properties>",
                       std::string(kOfficeRel) + "custom-properties"));
  CHECK_MESSAGE(HasFinding(report, "docProps/core.xml", "property dc:creator", "Grace Okonkwo"), Dump(report));
  CHECK(HasFinding(report, "docProps/app.xml", "property Manager", "Connor D'Arcy"));
  CHECK(HasFinding(report, "docProps/custom.xml", "custom property pid 2", "Delacroix-Webb"));
  CHECK(FindingsIn(report, "docProps/core.xml").size() == 1);  // the creation time is no case date
}

TEST_CASE("scan package: customXml items and the people part") {
  const ScanReport report = ScanFixture(
      DocxFixture()
          .Part("customXml/item1.xml", "", "<root><victim>Siân Delacroix-Webb</victim><ConnorDArcy/></root>")
          .Part("word/people.xml", WordType("people"),
                WordPart("w15:people", "<w15:person w15:author=\"Connor D'Arcy\"><w15:presenceInfo "
                                       "w15:providerId=\"None\" w15:userId=\"Connor D'Arcy\"/></w15:person>"),
                "people", "rId12"));
  CHECK_MESSAGE(HasFinding(report, "customXml/item1.xml", "text of element 2", "Siân Delacroix-Webb"), Dump(report));
  CHECK(HasFinding(report, "customXml/item1.xml", "name of element 3", "ConnorDArcy"));
  CHECK(HasFinding(report, "word/people.xml", "attribute w15:author of w15:person", "Connor D'Arcy"));
}

TEST_CASE("scan package: settings document variables and attached template path") {
  const ScanReport report = ScanFixture(
      DocxFixture()
          .Part("word/settings.xml", WordType("settings"),
                WordPart("w:settings", "<w:attachedTemplate r:id=\"rId1\"/><w:docVars><w:docVar w:name=\"victim\" "
                                       "w:val=\"Sian Delacroix-Webb\"/></w:docVars>"),
                "settings", "rId13")
          .Part("word/_rels/settings.xml.rels", "",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "attachedTemplate\" Target=\"file:///C:/Users/Grace%20Okonkwo/Templates/DHR.dotm\" "
                "TargetMode=\"External\"/></Relationships>"));
  CHECK_MESSAGE(HasFinding(report, "word/settings.xml", "attribute w:val of w:docVar", "Sian Delacroix-Webb"),
                Dump(report));
  CHECK(HasFinding(report, "word/_rels/settings.xml.rels", "relationship rId1 target", "Grace%20Okonkwo"));
}

TEST_CASE("scan package: readable strings of a binary part") {
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE1", 4) + "Exif" + std::string(2, '\0') +
                           "Artist: Connor D'Arcy" + std::string("\x00\x01\x02", 3);
  const ScanReport report = ScanFixture(DocxFixture().Part("word/media/image1.jpeg", "image/jpeg", jpeg));
  CHECK_MESSAGE(HasFinding(report, "word/media/image1.jpeg", "string at byte 10", "Connor D'Arcy"), Dump(report));
}

TEST_CASE("scan package: part names") {
  const ScanReport report = ScanFixture(DocxFixture().Part("word/media/sian_webb.png", "image/png", "x"));
  CHECK_MESSAGE(HasFinding(report, "word/media/sian_webb.png", "part name", "sian"), Dump(report));
}

}  // namespace
}  // namespace dhr::scan

namespace dhr::scan {

TEST_CASE("scan package: dates and generic identifiers are looked for where text is, never in style names "
          "or geometry") {
  // Word writes outline style names such as "1 / 1.1 / 1.1.11" and VML geometry full of digits;
  // neither is a date or an NHS number, and a name in them would still be found.
  DocxFixture fixture = DocxFixture().Body(
      Paragraph("Adult X was seen in June 2022.") +
      "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"s1\"><v:shadow on=\"t\" "
      "matrix=\",46340f,,.5,,-4768371582e-16\"/></v:shape></w:pict></w:r></w:p>");
  fixture.Part("word/styles.xml", WordType("styles"),
               WordPart("w:styles", "<w:style w:type=\"paragraph\" w:styleId=\"H3\"><w:name w:val=\"1 / 1.1 / "
                                    "1.1.11\"/></w:style>"),
               "styles", "rIdStyles");
  const ScanReport report = ScanFixture(fixture);
  CHECK_MESSAGE(report.findings.empty(), Dump(report));
  // The same digits typed into the text are found.
  const ScanReport typed = ScanFixture(DocxFixture().Body(Paragraph("NHS number 476 834 1582, seen 1.1.11.")));
  CHECK_MESSAGE(typed.findings.size() == 2, Dump(typed));
}

}  // namespace dhr::scan

namespace dhr::scan {
namespace {

using namespace testing;

TEST_CASE("scan package: a text repeated across a document is reported wherever it holds a name") {
  std::string body;
  for (int i = 0; i < 3; ++i) body += Paragraph("Westshire Police") + Paragraph("Sian Delacroix-Webb");
  const ScanReport report = ScanFixture(DocxFixture().Body(body));
  REQUIRE_MESSAGE(report.findings.size() == 3, Dump(report));
  for (int i = 0; i < 3; ++i) CHECK(report.findings[i].location == "paragraph " + std::to_string(2 * i + 2));
}

// An attribute value holding a name is reported at every place, among clean values of the same
// attribute repeated around it.
TEST_CASE("scan package: a repeated attribute is reported wherever it holds a name") {
  std::string body;
  for (int i = 0; i < 3; ++i) {
    const std::string id = std::to_string(i);
    body += "<w:p><w:bookmarkStart w:id=\"" + id + "\" w:name=\"_Ref1\"/><w:r><w:t xml:space=\"preserve\">Text "
            "</w:t></w:r><w:bookmarkStart w:id=\"" + id + "\" w:name=\"SianDelacroixWebb\"/></w:p>";
  }
  const ScanReport report = ScanFixture(DocxFixture().Body(body));
  std::vector<std::string> places;
  for (const Finding& f : report.findings)
    if (f.location.rfind("attribute w:name of w:bookmarkStart", 0) == 0) places.push_back(f.location);
  REQUIRE_MESSAGE(places.size() == 3, Dump(report));
  for (int i = 0; i < 3; ++i)
    CHECK(places[i] == "attribute w:name of w:bookmarkStart in paragraph " + std::to_string(i + 1));
}

}  // namespace
}  // namespace dhr::scan
