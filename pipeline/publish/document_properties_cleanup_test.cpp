#include "pipeline/publish/document_properties_cleanup.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "docx/properties.h"
#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kCore =
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    "<dc:title>Overview Report into the death of Adult A</dc:title><dc:subject>Domestic Homicide Review</dc:subject>"
    "<dc:creator>Jane Roe</dc:creator><cp:keywords>Smith; Leeds</cp:keywords><dc:description>Draft for the panel"
    "</dc:description><cp:lastModifiedBy>John Doe</cp:lastModifiedBy><cp:revision>42</cp:revision>"
    "<cp:lastPrinted>2024-05-01T09:00:00Z</cp:lastPrinted><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
    "2024-03-01T10:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-06-01T10:00:00Z"
    "</dcterms:modified><cp:category>OFFICIAL-SENSITIVE</cp:category><cp:contentStatus>Draft 3</cp:contentStatus>"
    "<dc:language>en-GB</dc:language></cp:coreProperties>";

constexpr const char* kApp =
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    "<Template>Leeds CSP DHR.dotm</Template><TotalTime>1260</TotalTime><Pages>3</Pages><Words>900</Words>"
    "<Application>Microsoft Office Word</Application><Company>Leeds City Council</Company>"
    "<Manager>John Doe</Manager><HyperlinkBase>file:///S:/Cases/</HyperlinkBase>"
    "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant>"
    "<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"1\" "
    "baseType=\"lpstr\"><vt:lpstr>Death of Jane Smith</vt:lpstr></vt:vector></TitlesOfParts>"
    "<AppVersion>16.0000</AppVersion></Properties>";

constexpr const char* kCustom =
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Victim\"><vt:lpwstr>Jane Smith"
    "</vt:lpwstr></property></Properties>";

constexpr const char* kPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/";
constexpr const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

DocxFixture WithProperties() {
  return DocxFixture()
      .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", kCore,
                   std::string(kPackageRel) + "core-properties")
      .PackagePart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", kApp,
                   std::string(kOfficeRel) + "extended-properties")
      .PackagePart("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                   kCustom, std::string(kOfficeRel) + "custom-properties")
      .PackagePart("docProps/thumbnail.jpeg", "image/jpeg", "\xFF\xD8\xFF\xE0 not really a picture",
                   std::string(kPackageRel) + "thumbnail");
}

std::vector<std::string> Names(const std::vector<Property>& properties) {
  std::vector<std::string> names;
  for (const Property& p : properties) names.push_back(p.name);
  return names;
}

TEST_CASE("publish: core properties keep title, subject and language only") {
  Package package = Open(WithProperties());
  const CleanReport report = Clean(package);
  CHECK(Names(CoreProperties(package)) == std::vector<std::string>{"dc:title", "dc:subject", "dc:language"});
  const std::string core = PartXml(package, "docProps/core.xml");
  for (const char* gone : {"Jane Roe", "John Doe", "Smith", "Draft", "2024", "42", "OFFICIAL"}) {
    CAPTURE(gone);
    CHECK(!Contains(core, gone));
  }
  CHECK(report.removed_properties().size() >= 10);
}

TEST_CASE("publish: app properties keep the application and the statistics only") {
  Package package = Open(WithProperties());
  Clean(package);
  CHECK(Names(AppProperties(package)) == std::vector<std::string>{"Pages", "Words", "Application", "AppVersion"});
  const std::string app = PartXml(package, "docProps/app.xml");
  for (const char* gone : {"Leeds", "John Doe", "Cases", "Jane Smith", "1260"}) {
    CAPTURE(gone);
    CHECK(!Contains(app, gone));
  }
}

TEST_CASE("publish: custom properties and the thumbnail go whole, relationships and overrides too") {
  Package package = Open(WithProperties());
  const CleanReport report = Clean(package);
  CHECK(package.Find("docProps/custom.xml") == nullptr);
  CHECK(package.Find("docProps/thumbnail.jpeg") == nullptr);
  const std::string rels = PartXml(package, "_rels/.rels");
  CHECK(!Contains(rels, "custom"));
  CHECK(!Contains(rels, "thumbnail"));
  CHECK(!Contains(PartXml(package, "[Content_Types].xml"), "custom"));
  CHECK(!Contains(PartXml(package, "[Content_Types].xml"), "thumbnail"));
  const auto& removed = report.removed_properties();
  CHECK(std::find(removed.begin(), removed.end(), "custom Victim") != removed.end());
  CHECK(Contains(rels, "core-properties"));
}

}  // namespace
}  // namespace dhr::publish
