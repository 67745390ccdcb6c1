// Test support for the fill stage: templates built from inline XML (on tests/docx_fixture.h),
// filled in one call, and read back as XML and as text.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "docx/archive.h"
#include "docx/package.h"
#include "docx/text.h"
#include "pipeline/fill/fill.h"
#include "tests/docx_fixture.h"

namespace dhr::fill_testing {

using dhr::testing::DocxFixture;
using dhr::testing::kWordNamespaces;

inline std::string WordType(const char* what) {
  return std::string("application/vnd.openxmlformats-officedocument.wordprocessingml.") + what + "+xml";
}

// A part's root element around `inner`, with the namespaces Word declares.
inline std::string PartXml(const char* root, const std::string& inner) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:") + root + " " +
         kWordNamespaces + ">" + inner + "</w:" + root + ">";
}

inline std::string Paragraph(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

inline Package Open(const DocxFixture& fixture) {
  auto package = Package::Open(fixture.Bytes(), {"template.docx", {}, {}});
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return std::move(package).value();
}

inline Package Open(const std::string& bytes) {
  auto package = Package::Open(bytes, {"filled.docx", {}, {}});
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  return std::move(package).value();
}

// What a fill gave: the package (filled in place) and the report.
struct Filled {
  Package package;
  Status status;
  FillReport report;
};

inline Filled FillFixture(const DocxFixture& fixture, const nlohmann::json& data, const FillOptions& options = {}) {
  Filled filled{Open(fixture), {}, {}};
  filled.status = Fill(filled.package, data, options, &filled.report);
  return filled;
}

// FillFixture for a fill that must succeed: the test stops with the fill's problems when it fails.
inline Filled FilledFixture(const DocxFixture& fixture, const nlohmann::json& data, const FillOptions& options = {}) {
  Filled filled = FillFixture(fixture, data, options);
  REQUIRE_MESSAGE(filled.status.ok(), filled.status.Describe());
  return filled;
}

// The XML inside <w:body> (or the whole part when it has no body).
inline std::string Body(Package& package, const std::string& part = "word/document.xml") {
  const std::string xml = package.Bytes(part);
  const size_t from = xml.find("<w:body>");
  if (from == std::string::npos) return xml;
  return xml.substr(from + 8, xml.find("</w:body>") - from - 8);
}

// The visible text of a part, one line per paragraph.
inline std::string Text(Package& package, const std::string& part = "word/document.xml") {
  std::string out;
  XmlDocument* xml = package.Xml(part);
  REQUIRE(xml);
  for (xmlNode* p : Paragraphs(xml->root())) out += ReadParagraph(p).text + "\n";
  return out;
}

inline size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

inline std::vector<std::string> Ids(const std::vector<TemplateError>& errors) {
  std::vector<std::string> ids;
  for (const TemplateError& e : errors) ids.push_back(e.id);
  return ids;
}

}  // namespace dhr::fill_testing
