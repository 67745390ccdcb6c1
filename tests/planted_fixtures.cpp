#include "tests/planted_fixtures.h"

#include "tests/test_paths.h"

namespace dhr::testing {
namespace {

const std::string kWordml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const std::string kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships/";

std::string P(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

std::string Root(const std::string& element, const std::string& content) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + element + " " + kWordNamespaces + ">" +
         content + "</" + element + ">";
}

PlantedFixture Make(std::string name, const DocxFixture& fixture) { return {std::move(name), fixture.Bytes()}; }

}  // namespace

std::string TestCaseFolder() { return SourceDir() + "/tests/data/case"; }

std::vector<PlantedFixture> PlantedFixtures() {
  std::vector<PlantedFixture> out;
  out.push_back(Make("body", DocxFixture().Body(P("Siân Delacroix-Webb met Kez on 8 June 2022."))));
  out.push_back(Make("table", DocxFixture().Body("<w:tbl><w:tr><w:tc>" + P("Kieran D'Arcy") + "</w:tc><w:tc>" +
                                                 P("SIÂN DELACROIX-WEBB") + "</w:tc></w:tr></w:tbl>" + P("End"))));
  out.push_back(Make("split runs",
                     DocxFixture().Body("<w:p><w:r><w:t xml:space=\"preserve\">Then Siân Dela</w:t></w:r>"
                                        "<w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr><w:t>croix</w:t>"
                                        "</w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\">-Webb "
                                        "and Eil</w:t></w:r><w:bookmarkStart w:id=\"1\" w:name=\"_Ref1\"/><w:r><w:t>een "
                                        "Webb</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>")));
  out.push_back(Make("header", DocxFixture()
                                   .Body(P("Body") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId20\"/></w:sectPr>")
                                   .Part("word/header1.xml", kWordml + "header+xml", Root("w:hdr", P("Review of Eileen Webb's account")),
                                         "header", "rId20")));
  out.push_back(Make("footer", DocxFixture()
                                   .Body(P("Body") + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId21\"/></w:sectPr>")
                                   .Part("word/footer1.xml", kWordml + "footer+xml", Root("w:ftr", P("Noah Delacroix-Webb")),
                                         "footer", "rId21")));
  out.push_back(Make("footnote", DocxFixture()
                                     .Body("<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
                                     .Part("word/footnotes.xml", kWordml + "footnotes+xml",
                                           Root("w:footnotes", "<w:footnote w:id=\"1\">" + P("Dr Nowak said so.") + "</w:footnote>"),
                                           "footnotes", "rId22")));
  out.push_back(Make("endnote", DocxFixture()
                                    .Body("<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>")
                                    .Part("word/endnotes.xml", kWordml + "endnotes+xml",
                                          Root("w:endnotes", "<w:endnote w:id=\"1\">" + P("Helen Okafor visited.") + "</w:endnote>"),
                                          "endnotes", "rId23")));
  out.push_back(Make("comment", DocxFixture()
                                    .Body("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Text</w:t></w:r><w:commentRangeEnd "
                                          "w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>")
                                    .Part("word/comments.xml", kWordml + "comments+xml",
                                          Root("w:comments", "<w:comment w:id=\"0\" w:author=\"Helen Okafor\" w:initials=\"HO\" "
                                                             "w:date=\"2023-01-05T10:00:00Z\">" +
                                                                 P("Ask Sian about this.") + "</w:comment>"),
                                          "comments", "rId24")));
  out.push_back(Make("tracked changes",
                     DocxFixture().Body("<w:p><w:ins w:id=\"1\" w:author=\"Connor D'Arcy\" w:date=\"2023-01-05T10:00:00Z\">"
                                        "<w:r><w:t>Lena said</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"Kez\" "
                                        "w:date=\"2023-01-05T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\"> Siân "
                                        "Delacroix-Webb</w:delText></w:r></w:del></w:p>")));
  const std::string textbox_paragraph = P("Kieran D’Arcy left");
  out.push_back(Make(
      "text box",
      DocxFixture().Body("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr "
                         "id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" +
                         textbox_paragraph +
                         "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                         "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" +
                         textbox_paragraph + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                         "</mc:AlternateContent></w:r></w:p>")));
  out.push_back(Make("content control",
                     DocxFixture().Body("<w:sdt><w:sdtPr><w:alias w:val=\"Kez\"/><w:tag w:val=\"Sian\"/></w:sdtPr><w:sdtContent>" +
                                        P("Shan") + "</w:sdtContent></w:sdt>")));
  out.push_back(Make("field codes",
                     DocxFixture().Body("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
                                        "xml:space=\"preserve\"> MERGEFIELD Delacroix-Webb </w:instrText></w:r><w:r><w:fldChar "
                                        "w:fldCharType=\"separate\"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar "
                                        "w:fldCharType=\"end\"/></w:r></w:p><w:p><w:fldSimple w:instr=\" AUTHOR Eileen Webb \">"
                                        "<w:r><w:t>y</w:t></w:r></w:fldSimple></w:p>")));
  out.push_back(Make("hyperlink", DocxFixture()
                                      .Body("<w:p><w:hyperlink r:id=\"rId30\" w:tooltip=\"Mail Siân\"><w:r><w:t>mail "
                                            "her</w:t></w:r></w:hyperlink></w:p>")
                                      .ExternalLink("rId30", "mailto:sian.webb@example.com")));
  out.push_back(Make("alt text", DocxFixture().Body("<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"5\" name=\"Photo of Kez\" "
                                                    "descr=\"Siân at 4 Quarry Bank Road\" title=\"Eileen Webb\"/></wp:inline>"
                                                    "</w:drawing></w:r></w:p>")));
  out.push_back(Make("bookmark name", DocxFixture().Body("<w:p><w:bookmarkStart w:id=\"7\" w:name=\"Sian_statement\"/><w:r>"
                                                         "<w:t>Statement</w:t></w:r><w:bookmarkEnd w:id=\"7\"/></w:p>")));
  out.push_back(Make(
      "document properties",
      DocxFixture()
          .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
                       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Review of Sian's death</dc:title>"
                       "<dc:creator>Eileen Webb</dc:creator><cp:lastModifiedBy>Dr Tomasz Nowak</cp:lastModifiedBy>"
                       "<cp:keywords>Kez</cp:keywords></cp:coreProperties>",
                       kPackageRel + "metadata/core-properties")
          .PackagePart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
                       "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                       "<Manager>Helen Okafor</Manager><Company>St Aidan's Primary School</Company></Properties>",
                       kOfficeRel + "extended-properties")
          .PackagePart("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
                       "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                       "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property "
                       "fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Victim\"><vt:lpwstr>Siân "
                       "Delacroix-Webb</vt:lpwstr></property></Properties>",
                       kOfficeRel + "custom-properties")));
  out.push_back(Make("glossary", DocxFixture().Part("word/glossary/document.xml", kWordml + "document.glossary+xml",
                                                    Root("w:glossaryDocument", "<w:docParts><w:docPart><w:docPartBody>" +
                                                                                   P("Noah Delacroix-Webb") +
                                                                                   "</w:docPartBody></w:docPart></w:docParts>"),
                                                    "glossaryDocument", "rId25")));
  out.push_back(Make("people", DocxFixture().Part(
                                   "word/people.xml", kWordml + "people+xml",
                                   Root("w15:people", "<w15:person w15:author=\"Helen Okafor\"><w15:presenceInfo "
                                                      "w15:providerId=\"None\" w15:userId=\"Helen Okafor\"/></w15:person>"),
                                   "people", "rId26")));
  out.push_back(Make("custom XML", DocxFixture().Part("customXml/item1.xml", "",
                                                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><case><victim>Siân "
                                                      "Delacroix-Webb</victim><school>St Aidan's Primary School</school></case>",
                                                      "customXml", "rId27")));
  out.push_back(Make("settings", DocxFixture().Part("word/settings.xml", kWordml + "settings+xml",
                                                    Root("w:settings", "<w:docVars><w:docVar w:name=\"victim\" "
                                                                       "w:val=\"Sian Delacroix-Webb\"/></w:docVars>"),
                                                    "settings", "rId28")));
  out.push_back(Make("chart", DocxFixture().Part(
                                  "word/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<c:chartSpace "
                                  "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
                                  "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart><c:title><c:tx>"
                                  "<c:rich><a:p><a:r><a:t>Contacts with Sian</a:t></a:r></a:p></c:rich></c:tx></c:title>"
                                  "<c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx=\"0\"><c:v>Kez</c:v>"
                                  "</c:pt></c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>",
                                  "chart", "rId29")));
  out.push_back(Make("generic identifiers",
                     DocxFixture().Body(P("Call 07700 900123 or sian@example.org; NHS 943 476 5919; NI QQ 12 34 56 C; "
                                          "post to LS1 4AP.") +
                                        P("On Wednesday 8 June 2022 at 02:15 and 08/06/2022 and 2022-06-08."))));
  return out;
}

}  // namespace dhr::testing
