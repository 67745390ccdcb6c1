#include "pipeline/scan/publication_checks.h"

#include <doctest/doctest.h>

#include <set>

#include "pipeline/scan/rule_catalogue.h"
#include "pipeline/scan/scan_fixtures_test_support.h"

namespace dhr::scan {
namespace {

using namespace testing;

std::multiset<std::string> RuleIds(const ScanReport& report) {
  std::multiset<std::string> out;
  for (const Finding& f : report.findings) out.insert(f.rule_id);
  return out;
}

const Finding* FirstOf(const ScanReport& report, const std::string& rule_id) {
  for (const Finding& f : report.findings)
    if (f.rule_id == rule_id) return &f;
  return nullptr;
}

TEST_CASE("scan publication: nothing to report in a clean public copy") {
  const ScanReport report = ScanFixture(WithCleanSettings(DocxFixture().Body(Paragraph("Overview report"))), true);
  CHECK_MESSAGE(report.findings.empty(), Dump(report));
}

TEST_CASE("scan publication: markings in headers and draft numbering, only with --publication") {
  const DocxFixture fixture = WithCleanSettings(
      DocxFixture()
          .Body(Paragraph("Overview report DRAFT 3"))
          .Part("word/header1.xml", WordType("header"), WordPart("w:hdr", Paragraph("OFFICIAL-SENSITIVE")), "header",
                "rId7")
          .Part("word/footer1.xml", WordType("footer"), WordPart("w:ftr", Paragraph("OFFICIAL")), "footer", "rId8"));
  CHECK(ScanFixture(fixture, false).findings.empty());
  const ScanReport report = ScanFixture(fixture, true);
  const std::multiset<std::string> expected = {"publication.draft", "publication.marking", "publication.marking"};
  CHECK_MESSAGE(RuleIds(report) == expected, Dump(report));
  CHECK(HasFinding(report, "word/header1.xml", "paragraph 1", "OFFICIAL-SENSITIVE"));
  // A marking is not identifying: shared reports may show it.
  CHECK(FirstOf(report, "publication.draft")->masked_context == "Overview report DRAFT 3");
}

TEST_CASE("scan publication: comments, tracked changes and hidden text") {
  const ScanReport report = ScanFixture(
      WithCleanSettings(
          DocxFixture()
              .Body(Paragraph("One") +
                    "<w:p><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>x</w:t></w:r></w:ins><w:ins w:id=\"2\" "
                    "w:author=\"a\"><w:r><w:t>y</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t>"
                    "</w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>shown</w:t></w:r></w:p>"
                    "<w:p><w:pPr><w:rPr><w:rPrChange w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr>"
                    "<w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t>styled</w:t></w:r></w:p>")
              .Part("word/styles.xml", WordType("styles"),
                    WordPart("w:styles", "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:rPr><w:vanish/>"
                                         "</w:rPr></w:style>"),
                    "styles", "rId5")
              .Part("word/comments.xml", WordType("comments"),
                    WordPart("w:comments", "<w:comment w:id=\"0\" w:author=\"a\">" + Paragraph("note") +
                                               "</w:comment>"),
                    "comments", "rId6")),
      true);
  const std::multiset<std::string> expected = {"publication.comment", "publication.hidden-text",
                                                "publication.hidden-text", "publication.tracked-change",
                                                "publication.tracked-change"};
  CHECK_MESSAGE(RuleIds(report) == expected, Dump(report));
  const Finding* ins = FirstOf(report, "publication.tracked-change");
  CHECK(ins->location == "element w:ins");
  CHECK(ins->context == "2 tracked insertions (w:ins), the first in paragraph 2");
  const Finding* hidden = FirstOf(report, "publication.hidden-text");
  CHECK(hidden->paragraph == 2);
  CHECK(hidden->matched == "secret");
  CHECK(hidden->masked_context.find("secret") == std::string::npos);
  CHECK(FirstOf(report, "publication.comment")->location == "comment w:id 0");
}

TEST_CASE("scan publication: properties, settings and parts a public copy must not carry") {
  const ScanReport report = ScanFixture(
      DocxFixture()
          .Body(Paragraph("Text"))
          .Part("word/settings.xml", WordType("settings"),
                WordPart("w:settings", "<w:attachedTemplate r:id=\"rId1\"/><w:mailMerge><w:mainDocumentType "
                                       "w:val=\"formLetters\"/></w:mailMerge><w:docVars><w:docVar w:name=\"a\" "
                                       "w:val=\"b\"/></w:docVars>"),
                "settings", "rId13")
          .Part("customXml/item1.xml", "", "<root>data</root>")
          .Part("customXml/itemProps1.xml", "", "<ds:datastoreItem xmlns:ds=\"urn:x\"/>")
          .Part("word/people.xml", WordType("people"), WordPart("w15:people", ""), "people", "rId12")
          .Part("docProps/thumbnail.jpeg", "image/jpeg", "jpeg")
          .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                       "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Overview</dc:title>"
                       "<dc:creator>a</dc:creator><cp:lastModifiedBy>b</cp:lastModifiedBy><cp:keywords>c"
                       "</cp:keywords><dc:description>d</dc:description></cp:coreProperties>",
                       std::string(kPackageRel) + "metadata/core-properties")
          .PackagePart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
                       "\"><Company>e</Company><Manager>f</Manager><Pages>3</Pages></Properties>",
                       std::string(kOfficeRel) + "extended-properties")
          .PackagePart("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                       " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                       "<property pid=\"2\" name=\"n\"><vt:lpwstr>v</vt:lpwstr></property></Properties>",
                       std::string(kOfficeRel) + "custom-properties"),
      true);
  const std::multiset<std::string> expected = {
      "publication.template",    "publication.mail-merge",  "publication.doc-variable",
      "publication.personal-information", "publication.custom-xml", "publication.people",
      "publication.thumbnail",   "publication.property",    "publication.property",
      "publication.property",    "publication.property",    "publication.property",
      "publication.property",    "publication.property"};
  CHECK_MESSAGE(RuleIds(report) == expected, Dump(report));
  for (const Finding& f : report.findings) CHECK_MESSAGE(RuleIndex(f.rule_id) >= 0, f.rule_id);
  CHECK(HasFinding(report, "docProps/core.xml", "property dc:creator", ""));
  CHECK(HasFinding(report, "docProps/app.xml", "property Company", ""));
  CHECK(HasFinding(report, "docProps/custom.xml", "custom property pid 2", ""));
}

TEST_CASE("scan publication: a package without settings cannot have personal information removed") {
  const ScanReport report = ScanFixture(DocxFixture().Body(Paragraph("Text")), true);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule_id == "publication.personal-information");
  CHECK(report.findings[0].part == "");
}

}  // namespace
}  // namespace dhr::scan
