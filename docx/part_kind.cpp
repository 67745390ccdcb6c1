#include "docx/part_kind.h"

namespace dhr {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool Contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

}  // namespace

PartKind KindOfPart(std::string_view name, std::string_view ct) {
  if (name == "[Content_Types].xml") return PartKind::kContentTypes;
  if (EndsWith(name, ".rels") || Contains(ct, "relationships+xml")) return PartKind::kRelationships;
  if (Contains(ct, "document.glossary+xml")) return PartKind::kGlossary;
  if (EndsWith(ct, ".main+xml") && (Contains(ct, "wordprocessingml") || Contains(ct, "ms-word")))
    return PartKind::kMainDocument;
  if (EndsWith(ct, "wordprocessingml.header+xml")) return PartKind::kHeader;
  if (EndsWith(ct, "wordprocessingml.footer+xml")) return PartKind::kFooter;
  if (EndsWith(ct, "wordprocessingml.footnotes+xml")) return PartKind::kFootnotes;
  if (EndsWith(ct, "wordprocessingml.endnotes+xml")) return PartKind::kEndnotes;
  if (EndsWith(ct, "wordprocessingml.comments+xml")) return PartKind::kComments;
  if (Contains(ct, "commentsExtended") || Contains(ct, "commentsIds") || Contains(ct, "commentsExtensible"))
    return PartKind::kCommentsExtended;
  if (EndsWith(ct, "wordprocessingml.people+xml")) return PartKind::kPeople;
  if (EndsWith(ct, "wordprocessingml.settings+xml")) return PartKind::kSettings;
  if (Contains(ct, "core-properties+xml")) return PartKind::kCoreProperties;
  if (Contains(ct, "extended-properties+xml")) return PartKind::kAppProperties;
  if (Contains(ct, "custom-properties+xml")) return PartKind::kCustomProperties;
  if (name.rfind("customXml/", 0) == 0) return PartKind::kCustomXml;
  if (EndsWith(ct, "drawingml.chart+xml")) return PartKind::kChart;
  if (Contains(ct, "drawingml.diagram")) return PartKind::kDiagram;
  if (name.rfind("docProps/thumbnail", 0) == 0) return PartKind::kThumbnail;
  if (EndsWith(ct, "+xml") || EndsWith(ct, "/xml") || EndsWith(name, ".xml")) return PartKind::kOtherXml;
  return PartKind::kBinary;
}

const char* PartKindName(PartKind kind) {
  switch (kind) {
    case PartKind::kMainDocument: return "main document";
    case PartKind::kHeader: return "header";
    case PartKind::kFooter: return "footer";
    case PartKind::kFootnotes: return "footnotes";
    case PartKind::kEndnotes: return "endnotes";
    case PartKind::kComments: return "comments";
    case PartKind::kCommentsExtended: return "comments (extended)";
    case PartKind::kPeople: return "people";
    case PartKind::kSettings: return "settings";
    case PartKind::kCoreProperties: return "core properties";
    case PartKind::kAppProperties: return "app properties";
    case PartKind::kCustomProperties: return "custom properties";
    case PartKind::kGlossary: return "glossary";
    case PartKind::kCustomXml: return "custom XML";
    case PartKind::kChart: return "chart";
    case PartKind::kDiagram: return "diagram";
    case PartKind::kRelationships: return "relationships";
    case PartKind::kContentTypes: return "content types";
    case PartKind::kThumbnail: return "thumbnail";
    case PartKind::kOtherXml: return "XML";
    case PartKind::kBinary: return "binary";
  }
  return "unknown";
}

}  // namespace dhr
