// Builds small .docx packages in memory from inline XML, for tests.
//
//   auto bytes = DocxFixture().Body("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>").Bytes();
//
// The result is a minimal valid WordprocessingML package: content types, package relationships,
// the main document and whatever extra parts were added (with their relationship from the main
// document when a relationship type is given).
#pragma once

#include <string>
#include <vector>

#include "docx/archive.h"

namespace dhr::testing {

// The namespace declarations a Word body needs, for fixtures' root elements.
inline const char* kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
    "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
    "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" "
    "mc:Ignorable=\"w14 w15\"";

class DocxFixture {
 public:
  // The content of w:body (without the w:body element).
  DocxFixture& Body(std::string xml) {
    body_ = std::move(xml);
    return *this;
  }
  // An extra part; `relationship_type` is the short type ("header", "footnotes", "comments"...)
  // of a relationship from the main document, or "" for none; `id` its relationship id.
  DocxFixture& Part(std::string name, std::string content_type, std::string xml,
                    std::string relationship_type = {}, std::string id = {}) {
    parts_.push_back({std::move(name), std::move(content_type), std::move(xml), std::move(relationship_type),
                      std::move(id)});
    return *this;
  }
  // A relationship from the main document to an external target (a hyperlink).
  DocxFixture& ExternalLink(std::string id, std::string url) {
    links_.push_back({std::move(id), std::move(url)});
    return *this;
  }
  // A package-level part (docProps/core.xml...), with its relationship from _rels/.rels.
  DocxFixture& PackagePart(std::string name, std::string content_type, std::string xml, std::string full_type) {
    package_parts_.push_back({std::move(name), std::move(content_type), std::move(xml), std::move(full_type), {}});
    return *this;
  }

  std::string DocumentXml() const {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " +
           std::string(kWordNamespaces) + "><w:body>" + body_ + "</w:body></w:document>";
  }

  Archive Build() const {
    std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
    std::string rels = Header() + "<Relationship Id=\"rId1\" Type=\"" + kOfficeRel +
                       "officeDocument\" Target=\"word/document.xml\"/>";
    std::string doc_rels = Header();
    for (const auto& p : parts_) {
      if (!p.content_type.empty())
        types += "<Override PartName=\"/" + p.name + "\" ContentType=\"" + p.content_type + "\"/>";
      if (!p.relationship.empty()) {
        std::string target = p.name.rfind("word/", 0) == 0 ? p.name.substr(5) : "../" + p.name;
        doc_rels += "<Relationship Id=\"" + p.id + "\" Type=\"" + kOfficeRel + p.relationship + "\" Target=\"" +
                    target + "\"/>";
      }
    }
    int n = 2;
    for (const auto& p : package_parts_) {
      types += "<Override PartName=\"/" + p.name + "\" ContentType=\"" + p.content_type + "\"/>";
      rels += "<Relationship Id=\"rId" + std::to_string(n++) + "\" Type=\"" + p.relationship + "\" Target=\"" +
              p.name + "\"/>";
    }
    for (const auto& l : links_)
      doc_rels += "<Relationship Id=\"" + l.first + "\" Type=\"" + kOfficeRel + "hyperlink\" Target=\"" + l.second +
                  "\" TargetMode=\"External\"/>";
    types += "</Types>";
    rels += "</Relationships>";
    doc_rels += "</Relationships>";

    Archive archive;
    archive.entries.push_back({"[Content_Types].xml", types, false});
    archive.entries.push_back({"_rels/.rels", rels, false});
    archive.entries.push_back({"word/document.xml", DocumentXml(), false});
    archive.entries.push_back({"word/_rels/document.xml.rels", doc_rels, false});
    for (const auto& p : parts_) archive.entries.push_back({p.name, p.xml, false});
    for (const auto& p : package_parts_) archive.entries.push_back({p.name, p.xml, false});
    return archive;
  }

  std::string Bytes() const {
    auto bytes = WriteArchive(Build());
    return bytes.ok() ? *bytes : std::string();
  }

 private:
  static constexpr const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  static std::string Header() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  }
  struct ExtraPart {
    std::string name, content_type, xml, relationship, id;
  };
  std::string body_ = "<w:p><w:r><w:t>Empty document</w:t></w:r></w:p>";
  std::vector<ExtraPart> parts_;
  std::vector<ExtraPart> package_parts_;
  std::vector<std::pair<std::string, std::string>> links_;
};

}  // namespace dhr::testing
