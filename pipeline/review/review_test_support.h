// Test helpers for the review page: the bundled example case prepared from memory, and a small
// document that holds one of everything the page shows (replacements, an ambiguous one, a tracked
// deletion, a comment, an identifying property, a marking, a name the case does not declare).
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "pipeline/prepare/prepared_case.h"
#include "tests/docx_fixture.h"
#include "tests/memory_case.h"

namespace dhr::review::testing {

using dhr::testing::DocxFixture;
using dhr::testing::kWordNamespaces;

inline const PreparedCase& ExampleCase() {
  static const PreparedCase prepared = [] {
    MemoryFileSystem fs = dhr::testing::ExampleCaseInMemory("case");
    auto result = PrepareCase(fs, "case");
    REQUIRE_MESSAGE(result.ok(), result.status().Describe());
    return std::move(*result);
  }();
  return prepared;
}

inline std::string ExampleImrBytes() {
  MemoryFileSystem fs = dhr::testing::ExampleCaseInMemory("case");
  return fs.files.at("case/imr/westshire-police-imr.docx");
}

inline std::string Para(const std::string& runs) { return "<w:p>" + runs + "</w:p>"; }
inline std::string Run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

// `body_text` and `comment_author` go into the XML as they are: callers pass XML-escaped text.
inline std::string ReviewFixture(const std::string& body_text = "Joanne Hartley rang on 8 June 2022.",
                                 const std::string& comment_author = "Paul Greaves") {
  const std::string w = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  const std::string body =
      Para(Run(body_text)) +
      Para("<w:commentRangeStart w:id=\"0\"/>" + Run("Ms Hartley was seen by her friend Tasha Brennan.") +
           "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>") +
      Para("<w:del w:id=\"1\" w:author=\"Paul Greaves\"><w:r><w:delText>Darren Whitlock left.</w:delText></w:r>"
           "</w:del>") +
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/></w:sectPr>";
  const std::string header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr " +
                             std::string(kWordNamespaces) + ">" + Para(Run("OFFICIAL-SENSITIVE")) + "</w:hdr>";
  const std::string comments = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments " +
                               std::string(kWordNamespaces) + "><w:comment w:id=\"0\" w:author=\"" +
                               comment_author + "\">" + Para(Run("Check with Margaret Hartley.")) +
                               "</w:comment></w:comments>";
  const std::string core =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Paul Greaves</dc:creator>"
      "<dc:title>IMR</dc:title></cp:coreProperties>";
  return DocxFixture()
      .Body(body)
      .Part("word/header1.xml", w + "header+xml", header, "header", "rIdH")
      .Part("word/comments.xml", w + "comments+xml", comments, "comments", "rIdC")
      .PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", core,
                   "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
      .Bytes();
}

}  // namespace dhr::review::testing
