#include "pipeline/publish/clean.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kBy = " w:author=\"Jane Roe\" w:date=\"2024-03-01T10:00:00Z\"";
constexpr const char* kPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/";

// One document with something of every category.
DocxFixture EverythingToClean() {
  const std::string by = kBy;
  return DocxFixture()
      .Body("<w:p w:rsidR=\"00A1B2C3\"><w:r><w:t xml:space=\"preserve\">Adult A </w:t></w:r>"
            "<w:del w:id=\"1\"" + by + "><w:r><w:delText>(Jane Smith) </w:delText></w:r></w:del>"
            "<w:ins w:id=\"2\"" + by + "><w:r><w:t xml:space=\"preserve\">lived </w:t></w:r></w:ins>"
            "<w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">in Leeds</w:t></w:r>"
            "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\"> at 12 Acacia Avenue</w:t></w:r>"
            "<w:r><w:t>.</w:t></w:r></w:p>"
            "<w:sdt><w:sdtPr><w:dataBinding w:xpath=\"/case[1]/ref[1]\" w:storeItemID=\"{1}\"/></w:sdtPr>"
            "<w:sdtContent><w:p><w:r><w:t>Ref DHR/1</w:t></w:r></w:p></w:sdtContent></w:sdt>")
      .Part("word/comments.xml", WordType("comments"),
            WordPart("w:comments", "<w:comment w:id=\"0\"" + by + "><w:p><w:r><w:t>Confirm address</w:t></w:r></w:p>"
                                   "</w:comment>"),
            "comments", "rId20")
      .Part("word/people.xml", WordType("people"), WordPart("w15:people", "<w15:person w15:author=\"Jane Roe\"/>"),
            "people", "rId21")
      .Part("word/settings.xml", WordType("settings"),
            WordPart("w:settings", "<w:zoom w:percent=\"100\"/><w:trackRevisions/><w:rsids><w:rsid w:val=\"00A1B2C3\"/>"
                                   "</w:rsids>"),
            "settings", "rId22")
      .Part("customXml/item1.xml", "", "<case><ref>DHR/1</ref></case>", "customXml", "rId23")
      .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                   "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                   "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Overview report</dc:title>"
                   "<dc:creator>Jane Roe</dc:creator></cp:coreProperties>",
                   std::string(kPackageRel) + "core-properties")
      .PackagePart("docProps/thumbnail.jpeg", "image/jpeg", "not a picture", std::string(kPackageRel) + "thumbnail");
}

std::string PartNames(const Package& package) {
  std::string names;
  for (const PartInfo& part : package.parts()) names += part.name + "\n";
  return names;
}

TEST_CASE("publish: everything hidden goes in one pass and the text is what Word shows after accepting all") {
  Package package = Open(EverythingToClean());
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "Adult A lived in Leeds.\nRef DHR/1\n");
  const std::string names = PartNames(package);
  for (const char* gone : {"comments", "people", "customXml", "thumbnail"}) {
    CAPTURE(gone);
    CHECK(!Contains(names, gone));
  }
  auto saved = package.Save();
  REQUIRE(saved.ok());
  auto reopened = Package::Open(*saved);
  REQUIRE(reopened.ok());
  for (const PartInfo& part : reopened->parts()) {
    if (!part.is_xml) continue;
    CAPTURE(part.name);
    const std::string xml = reopened->Bytes(part.name);
    for (const char* gone : {"Jane", "Smith", "Acacia", "rsid", "trackRevisions", "dataBinding", "comment"}) {
      CAPTURE(gone);
      CHECK(!Contains(xml, gone));
    }
  }
  CHECK(Contains(reopened->Bytes("word/settings.xml"), "<w:removePersonalInformation/>"));
  CHECK(Contains(reopened->Bytes("docProps/core.xml"), "Overview report"));
  CHECK(!report.Lines().empty());
}

TEST_CASE("publish: cleaning a clean document changes nothing") {
  Package package = Open(EverythingToClean());
  Clean(package);
  auto once = package.Save();
  REQUIRE(once.ok());
  auto again = Package::Open(*once);
  REQUIRE(again.ok());
  const CleanReport second = Clean(*again);
  CHECK_MESSAGE(second.empty(), second.Lines().front());
}

TEST_CASE("publish: with reject_on_revisions a document with tracked changes is refused and left untouched") {
  Package package = Open(EverythingToClean());
  auto before = package.Save();
  REQUIRE(before.ok());
  CleanReport report;
  const Status status = CleanForPublication(package, CleanOptions{true}, &report);
  REQUIRE(!status.ok());
  CHECK(status.id() == "publish.tracked_changes");
  CHECK(status.Describe() ==
        "fixture.docx: the document has 2 tracked changes; accept or reject them in Word first, or run without "
        "--reject-on-revisions");
  CHECK(report.empty());
  for (const PartInfo& part : package.parts()) {
    CAPTURE(part.name);
    CHECK(!package.IsEdited(part.name));
  }
  auto after = package.Save();
  REQUIRE(after.ok());
  CHECK(*after == *before);
}

TEST_CASE("publish: with reject_on_revisions a document without tracked changes is cleaned") {
  Package package = Open(DocxFixture()
                             .Body("<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>gone</w:t></w:r></w:p>")
                             .PackagePart("docProps/thumbnail.jpeg", "image/jpeg", "x",
                                          std::string(kPackageRel) + "thumbnail"));
  const CleanReport report = Clean(package, CleanOptions{true});
  CHECK(VisibleText(package) == "Text\n");
  CHECK(package.Find("docProps/thumbnail.jpeg") == nullptr);
  CHECK(report.Count(clean_category::kHiddenRuns) == 1);
}

TEST_CASE("publish: one tracked change is counted in the singular, and the report may be left out") {
  Package package = Open(DocxFixture().Body(std::string("<w:p><w:ins w:id=\"1\"") + kBy +
                                            "><w:r><w:t>new</w:t></w:r></w:ins></w:p>"));
  CHECK(CountTrackedChangesIn(package) == 1);
  const Status refused = CleanForPublication(package, CleanOptions{true}, nullptr);
  CHECK(refused.message().find("has 1 tracked change;") != std::string::npos);
  CHECK(CleanForPublication(package, CleanOptions{}, nullptr).ok());
  CHECK(VisibleText(package) == "new\n");
  CHECK(CountTrackedChangesIn(package) == 0);
}

}  // namespace
}  // namespace dhr::publish
