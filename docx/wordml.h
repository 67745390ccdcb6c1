// The names WordprocessingML packages use for their parts, written once: relationship types and
// content types by the kind's short name, and the namespace declarations a new part starts with.
//
// Every stage that creates or looks up a part by its kind uses these (the fill's styles,
// numbering and footnotes, the marking's headers, footers and styles, publication's settings).
// Finding or creating a part the main document points to is docx/related_part.h.
#pragma once

#include <string>
#include <string_view>

namespace dhr::wordml {

inline constexpr std::string_view kRelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// The full relationship type of a short name: "styles" ->
// "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles".
inline std::string RelationshipType(std::string_view short_name) {
  std::string type(kRelationshipBase);
  type += short_name;
  return type;
}

// The content type of a WordprocessingML part kind: "styles" ->
// "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml".
inline std::string ContentType(std::string_view kind) {
  std::string type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  type += kind;
  type += "+xml";
  return type;
}

// The declarations a new WordprocessingML part's root element carries (w: and r:).
inline constexpr const char* kNamespaceDeclarations =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

}  // namespace dhr::wordml
