// MarkDocument and the marking options: see mark.h.
#include "pipeline/mark/mark.h"

#include <map>
#include <set>

#include "docx/child_order.h"
#include "pipeline/mark/body_editor.h"
#include "pipeline/mark/marking_style.h"
#include "pipeline/mark/marking_text.h"
#include "pipeline/mark/sections.h"

namespace dhr {
namespace {

// Upper-cased, trimmed, inner runs of white space made one space.
std::string Canonical(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

xmlNode* AppendChild(xmlNode* parent, const char* local) {
  xmlNode* child = NewElementLike(parent, local);
  xmlAddChild(parent, child);
  return child;
}

// Puts one centred marking paragraph in a header or footer: before `before`, or last when it is
// null. The paragraph is linked into the tree before its attributes are set, so they take the
// part's own prefix for the WordprocessingML namespace.
void InsertMarkingParagraph(xmlNode* root, xmlNode* before, const std::string& text) {
  xmlNode* paragraph = NewElementLike(root, "p");
  if (before)
    xmlAddPrevSibling(before, paragraph);
  else
    xmlAddChild(root, paragraph);
  xmlNode* properties = AppendChild(paragraph, "pPr");
  SetAttr(SchemaChild(properties, "pStyle"), ns::kW, "val", kMarkingStyleId);
  SetAttr(SchemaChild(properties, "jc"), ns::kW, "val", "center");
  xmlNode* run = AppendChild(paragraph, "r");
  xmlNode* t = AppendChild(run, "t");
  xmlAddChild(t, xmlNewDocTextLen(root->doc, reinterpret_cast<const xmlChar*>(text.data()),
                                  static_cast<int>(text.size())));
}

// Our lines go first in a header and last in a footer.
void AddMarkingLines(Package& package, const std::string& part, HeaderOrFooter which,
                     const std::vector<std::string>& lines) {
  XmlDocument* xml = package.Xml(part);
  xmlNode* root = xml ? xml->root() : nullptr;
  if (!root) return;
  xmlNode* before = which == HeaderOrFooter::kHeader ? root->children : nullptr;
  for (const std::string& line : lines) InsertMarkingParagraph(root, before, line);
  package.MarkEdited(part);
}

bool PageKindShown(PageKind kind, const xmlNode* section_properties, bool even_and_odd) {
  switch (kind) {
    case PageKind::kDefault: return true;
    case PageKind::kFirst: return HasTitlePage(section_properties);
    case PageKind::kEven: return even_and_odd;
  }
  return false;
}

// Walks the sections in order, following Word's inheritance, and marks every header (or footer)
// part a page shows; creates a part where a page would show none.
Status MarkHeadersOrFooters(Package& package, BodyEditor& body, const std::vector<xmlNode*>& sections,
                            HeaderOrFooter which, const std::vector<std::string>& lines,
                            std::set<std::string>& marked) {
  const bool even_and_odd = HasEvenAndOddHeaders(package);
  std::map<PageKind, std::string> inherited;  // the part each page kind shows so far
  for (xmlNode* section : sections) {
    for (PageKind kind : kPageKinds) {
      xmlNode* reference = FindReference(section, which, kind);
      std::string part = reference ? ReferencedPart(package, reference) : std::string();
      if (part.empty()) {
        // A reference to a missing part gets a new one; a page showing nothing gets one too.
        if (!reference && (!inherited[kind].empty() || !PageKindShown(kind, section, even_and_odd))) continue;
        auto created = CreateHeaderFooterPart(package, which);
        if (!created.ok()) return created.status();
        if (reference)
          SetAttr(reference, ns::kR, "id", created->relationship_id);
        else
          AddReference(section, which, kind, created->relationship_id);
        body.MarkEdited();
        part = created->name;
      }
      inherited[kind] = part;
      if (marked.insert(part).second) AddMarkingLines(package, part, which, lines);
    }
  }
  return {};
}

}  // namespace

Result<Classification> ParseClassification(std::string_view text) {
  std::string letters;
  for (char c : Canonical(text))
    if (c >= 'A' && c <= 'Z') letters += c;
  if (letters == "OFFICIAL") return Classification::kOfficial;
  if (letters == "OFFICIALSENSITIVE") return Classification::kOfficialSensitive;
  return Status::Error("mark.bad_classification", "the marking \"" + std::string(text) +
                                                      "\" is not OFFICIAL or OFFICIAL-SENSITIVE");
}

std::string MarkingLine(const MarkingOptions& options) {
  std::string line = options.classification == Classification::kOfficial ? "OFFICIAL" : "OFFICIAL-SENSITIVE";
  const std::string descriptor = Canonical(options.descriptor);
  if (!descriptor.empty()) line += " " + descriptor;
  return line;
}

Status CheckMarkingOptions(const MarkingOptions& options) {
  const std::string descriptor = Canonical(options.descriptor);
  if (!descriptor.empty()) {
    if (options.classification != Classification::kOfficialSensitive)
      return Status::Error("mark.descriptor_needs_sensitive",
                           "a descriptor such as " + descriptor + " goes with OFFICIAL-SENSITIVE only");
    if (!IsRecognisedDescriptor(descriptor))
      return Status::Error("mark.bad_descriptor", "the descriptor \"" + options.descriptor +
                                                      "\" should be one to three words of letters, such as "
                                                      "PERSONAL, COMMERCIAL or LOCSEN");
  }
  if (options.draft_number && (*options.draft_number < 1 || *options.draft_number > 9999))
    return Status::Error("mark.bad_draft", "the draft number should be between 1 and 9999, not " +
                                               std::to_string(*options.draft_number));
  return {};
}

Status MarkDocument(Package& package, const MarkingOptions& options) {
  if (Status s = CheckMarkingOptions(options); !s.ok()) return s;
  if (Status s = StripMarkings(package, nullptr); !s.ok()) return s;
  BodyEditor body(package);
  const std::vector<xmlNode*> sections = body.Sections(true);
  if (sections.empty())
    return Status::Error("mark.no_body", "the document has no body to mark",
                         InFile(package.file_name(), package.main_document()));
  if (Status s = AddMarkingStyle(package); !s.ok()) return s.At(package.file_name());

  std::vector<std::string> header_lines = {MarkingLine(options)};
  if (options.draft_number) header_lines.push_back("DRAFT " + std::to_string(*options.draft_number));
  std::set<std::string> marked;
  if (Status s = MarkHeadersOrFooters(package, body, sections, HeaderOrFooter::kHeader, header_lines, marked);
      !s.ok())
    return s.At(package.file_name());
  if (Status s =
          MarkHeadersOrFooters(package, body, sections, HeaderOrFooter::kFooter, {MarkingLine(options)}, marked);
      !s.ok())
    return s.At(package.file_name());
  return body.Commit();
}

}  // namespace dhr
