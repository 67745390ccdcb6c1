// Helpers for the marking stage's tests: Word fixtures with headers, footers and sections, and a
// view of every header and footer's paragraph texts.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "docx/package.h"
#include "docx/text.h"
#include "tests/docx_fixture.h"

namespace dhr::testing {

inline constexpr const char* kHeaderType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* kFooterType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* kSettingsType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";

// A w:hdr / w:ftr part holding these paragraphs' XML.
inline std::string HeaderXml(const std::string& paragraphs) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr " + std::string(kWordNamespaces) +
         ">" + paragraphs + "</w:hdr>";
}
inline std::string FooterXml(const std::string& paragraphs) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr " + std::string(kWordNamespaces) +
         ">" + paragraphs + "</w:ftr>";
}
inline std::string SettingsXml(const std::string& content) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings " +
         std::string(kWordNamespaces) + ">" + content + "</w:settings>";
}
// A paragraph of plain text.
inline std::string Para(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}
// A section break paragraph ending a section with these properties.
inline std::string SectionBreak(const std::string& text, const std::string& properties) {
  return "<w:p><w:pPr><w:sectPr>" + properties + "</w:sectPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}
inline std::string PageBreak() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

inline Package OpenFixture(const DocxFixture& fixture) {
  auto package = Package::Open(fixture.Bytes());
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return std::move(package).value();
}

// Saves and opens again, so a test sees what a reader of the file would.
inline Package Reopened(const Package& package) {
  auto saved = package.Save();
  REQUIRE(saved.ok());
  auto reopened = Package::Open(*saved);
  REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
  return std::move(reopened).value();
}

// The paragraph texts of one part, nested paragraphs included, in order.
inline std::vector<std::string> ParagraphTexts(Package& package, const std::string& part) {
  std::vector<std::string> texts;
  XmlDocument* xml = package.Xml(part);
  if (!xml) return texts;
  for (xmlNode* p : Paragraphs(xml->root())) texts.push_back(ReadParagraph(p).text);
  return texts;
}

// Every header and footer part's paragraph texts, by part name.
inline std::map<std::string, std::vector<std::string>> HeaderFooterTexts(Package& package) {
  std::map<std::string, std::vector<std::string>> texts;
  for (PartKind kind : {PartKind::kHeader, PartKind::kFooter})
    for (const std::string& part : package.PartsOfKind(kind)) texts[part] = ParagraphTexts(package, part);
  return texts;
}

}  // namespace dhr::testing
