// Test helpers for the publish stage: fixture packages with the parts cleaning cares about, run
// CleanForPublication on them, and read back the text and XML a reader would get.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "docx/package.h"
#include "docx/text.h"
#include "pipeline/publish/clean.h"
#include "tests/docx_fixture.h"

namespace dhr::publish::testing {

using dhr::testing::DocxFixture;
using dhr::testing::kWordNamespaces;

inline constexpr const char* kWordprocessingType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
inline constexpr const char* kOfficeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A content type of WordprocessingML: WordType("comments") ends "wordprocessingml.comments+xml".
inline std::string WordType(const std::string& kind) { return kWordprocessingType + kind + "+xml"; }

// A part's XML with a root element that declares Word's namespaces:
// WordPart("w:comments", "<w:comment w:id=\"0\">...</w:comment>").
inline std::string WordPart(const std::string& root, const std::string& content) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root + " " + kWordNamespaces + ">" +
         content + "</" + root + ">";
}

inline Package Open(const DocxFixture& fixture) {
  auto package = Package::Open(fixture.Bytes(), OpenOptions{"fixture.docx", {}, {}});
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return std::move(package).value();
}

// Cleans and returns the report; fails the test on an error.
inline CleanReport Clean(Package& package, CleanOptions options = {}) {
  CleanReport report;
  const Status status = CleanForPublication(package, options, &report);
  REQUIRE_MESSAGE(status.ok(), status.Describe());
  return report;
}

// The visible text of a part, one line per paragraph (nested paragraphs too), as saved: the
// package is saved and reopened, so the text is what a reader of the file gets.
inline std::string VisibleText(const Package& package, const std::string& part = "word/document.xml") {
  auto saved = package.Save();
  REQUIRE(saved.ok());
  auto reopened = Package::Open(*saved);
  REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
  XmlDocument* xml = reopened->Xml(part);
  REQUIRE_MESSAGE(xml != nullptr, "no part " << part);
  std::string text;
  for (xmlNode* paragraph : Paragraphs(xml->root())) text += ReadParagraph(paragraph).text + "\n";
  return text;
}

// The serialised XML of a part ("" when the part is gone).
inline std::string PartXml(const Package& package, const std::string& part) { return package.Bytes(part); }

// The content of w:body as serialised.
inline std::string BodyXml(const Package& package) {
  const std::string xml = package.Bytes(package.main_document());
  const size_t from = xml.find("<w:body>");
  const size_t to = xml.find("</w:body>");
  REQUIRE((from != std::string::npos && to != std::string::npos));
  return xml.substr(from + 8, to - from - 8);
}

inline bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace dhr::publish::testing
