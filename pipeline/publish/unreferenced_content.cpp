#include "pipeline/publish/unreferenced_content.h"

#include <deque>
#include <set>
#include <string_view>

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

// The relationship types whose targets a text part uses only where an attribute names them.
constexpr std::string_view kReferencedTypes[] = {
    "image",      "hyperlink",     "oleObject",         "package",       "chart",   "diagramData",
    "diagramLayout", "diagramQuickStyle", "diagramColors", "header",     "footer",  "aFChunk",
    "audio",      "video",         "media",             "control",       "subDocument"};

bool IsReferencedType(std::string_view type) {
  const size_t slash = type.rfind('/');
  const std::string_view last = slash == std::string_view::npos ? type : type.substr(slash + 1);
  for (std::string_view candidate : kReferencedTypes)
    if (last == candidate) return true;
  return false;
}

bool IsNoteBearing(PartKind kind) {
  return kind == PartKind::kMainDocument || kind == PartKind::kGlossary || kind == PartKind::kHeader ||
         kind == PartKind::kFooter || kind == PartKind::kFootnotes || kind == PartKind::kEndnotes;
}

std::set<std::string> ReferencedIds(Package& package, const char* reference) {
  std::set<std::string> ids;
  for (const std::string& part : WordprocessingParts(package))
    for (const xmlNode* n : CollectElements(package.Xml(part)->root(),
                                            [&](const xmlNode* e) { return IsElement(e, ns::kW, reference); }))
      ids.insert(Attr(n, ns::kW, "id"));
  return ids;
}

size_t RemoveNotesNotIn(xmlNode* root, const char* note, const std::set<std::string>& referenced) {
  size_t removed = 0;
  for (xmlNode* n = root ? root->children : nullptr; n;) {
    xmlNode* next = n->next;
    const std::string type = Attr(n, ns::kW, "type");
    if (IsElement(n, ns::kW, note) && (type.empty() || type == "normal") &&
        !referenced.count(Attr(n, ns::kW, "id"))) {
      RemoveNode(n);
      ++removed;
    }
    n = next;
  }
  return removed;
}

// Every attribute value in a part: a relationship is in use when one of them is its id.
std::set<std::string> AttributeValues(xmlNode* root) {
  std::set<std::string> values;
  for (const xmlNode* n : CollectElements(root, [](const xmlNode*) { return true; }, Descend::kYes))
    for (const xmlAttr* a = n->properties; a; a = a->next)
      values.insert(Attr(n, a->ns ? reinterpret_cast<const char*>(a->ns->href) : nullptr,
                         reinterpret_cast<const char*>(a->name)));
  return values;
}

// "word/_rels/document.xml.rels" -> "word/document.xml"; "_rels/.rels" -> "".
std::string SourceOfRelationshipsPart(const std::string& rels) {
  std::string source = rels.substr(0, rels.size() - 5);
  const size_t at = source.rfind("_rels/");
  if (at != std::string::npos) source.erase(at, 6);
  return source == "." ? std::string() : source;
}

}  // namespace

void RemoveUnreferencedNotes(Package& package, CleanReport& report) {
  const struct {
    PartKind kind;
    const char* note;
    const char* reference;
  } kinds[] = {{PartKind::kFootnotes, "footnote", "footnoteReference"},
               {PartKind::kEndnotes, "endnote", "endnoteReference"}};
  for (const auto& kind : kinds) {
    const std::set<std::string> referenced = ReferencedIds(package, kind.reference);
    for (const std::string& part : package.PartsOfKind(kind.kind)) {
      XmlDocument* xml = package.Xml(part);
      if (!xml) continue;
      const size_t removed = RemoveNotesNotIn(xml->root(), kind.note, referenced);
      if (removed == 0) continue;
      package.MarkEdited(part);
      report.Add(clean_category::kUnreferencedNotes, removed);
    }
  }
}

void RemoveUnusedRelationships(Package& package, CleanReport& report) {
  for (const std::string& part : WordprocessingParts(package)) {
    if (!IsNoteBearing(package.Find(part)->kind)) continue;
    std::set<std::string> values;
    bool read = false;
    for (const Relationship& rel : package.Relationships(part)) {
      if (!IsReferencedType(rel.type)) continue;
      if (!read) {
        values = AttributeValues(package.Xml(part)->root());
        read = true;
      }
      if (values.count(rel.id)) continue;
      package.RemoveRelationship(part, rel.id);
      report.Add(clean_category::kUnusedRelationships, 1);
    }
  }
}

void RemoveUnreachableParts(Package& package, CleanReport& report) {
  std::set<std::string> reached;
  std::deque<std::string> sources = {""};
  while (!sources.empty()) {
    const std::string source = sources.front();
    sources.pop_front();
    for (const Relationship& rel : package.Relationships(source)) {
      if (rel.external || !package.Find(rel.resolved) || !reached.insert(rel.resolved).second) continue;
      sources.push_back(rel.resolved);
    }
  }
  std::vector<std::string> unreachable;
  for (const PartInfo& part : package.parts()) {
    if (part.kind == PartKind::kContentTypes || reached.count(part.name)) continue;
    if (part.kind == PartKind::kRelationships) {
      const std::string source = SourceOfRelationshipsPart(part.name);
      if (source.empty() || reached.count(source)) continue;
    }
    unreachable.push_back(part.name);
  }
  for (const std::string& part : unreachable) {
    if (!package.Find(part)) continue;  // went with its source
    package.RemovePart(part);
    report.AddRemovedPart(part);
  }
}

}  // namespace dhr::publish
