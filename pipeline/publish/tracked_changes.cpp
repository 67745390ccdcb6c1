#include "pipeline/publish/tracked_changes.h"

#include <array>
#include <initializer_list>
#include <set>
#include <string_view>
#include <vector>

#include "docx/xml.h"
#include "docx/word_markup.h"

namespace dhr::publish {
namespace {

enum class Revision {
  kNone,
  kInsertedContent,       // w:ins / w:moveTo around runs
  kDeletedContent,        // w:del / w:moveFrom around runs
  kInsertionMarker,       // in properties: paragraph mark, row, numbering; w:cellIns
  kDeletionMarker,        // a deletion marker in other properties (a math control character)
  kDeletedParagraphMark,  // w:pPr/w:rPr/w:del or w:moveFrom
  kDeletedRow,            // w:trPr/w:del
  kDeletedCell,           // w:tcPr/w:cellDel
  kPropertyChange,        // w:rPrChange and kin, w:cellMerge
  kRangeMarker,           // move and custom XML revision ranges
  kStrayDeletedText,      // w:delText outside a deletion
};

constexpr std::array<std::string_view, 10> kPropertyChanges = {
    "rPrChange",   "pPrChange",   "sectPrChange",  "tblPrChange",     "tblPrExChange",
    "trPrChange",  "tcPrChange",  "tblGridChange", "numberingChange", "cellMerge"};

constexpr std::array<std::string_view, 12> kRevisionRanges = {
    "moveFromRangeStart",          "moveFromRangeEnd",          "moveToRangeStart",
    "moveToRangeEnd",              "customXmlInsRangeStart",    "customXmlInsRangeEnd",
    "customXmlDelRangeStart",      "customXmlDelRangeEnd",      "customXmlMoveFromRangeStart",
    "customXmlMoveFromRangeEnd",   "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd"};

template <size_t N>
bool OneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  for (std::string_view candidate : names)
    if (name == candidate) return true;
  return false;
}

// w:rPr, w:pPr, w:trPr, w:tcPr, w:numPr... and math's m:ctrlPr.
bool IsPropertiesElement(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE) return false;
  if (IsElement(n, ns::kM, "ctrlPr")) return true;
  if (!HasNamespace(n, ns::kW)) return false;
  const std::string_view name = LocalName(n);
  return name.size() > 2 && name.substr(name.size() - 2) == "Pr";
}

Revision Classify(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE || !HasNamespace(n, ns::kW)) return Revision::kNone;
  const std::string_view name = LocalName(n);
  const bool inserted = name == "ins" || name == "moveTo";
  const bool deleted = name == "del" || name == "moveFrom";
  if (inserted || deleted) {
    const xmlNode* parent = n->parent;
    if (!IsPropertiesElement(parent)) return inserted ? Revision::kInsertedContent : Revision::kDeletedContent;
    if (inserted) return Revision::kInsertionMarker;
    if (IsElement(parent, ns::kW, "rPr") && IsElement(parent->parent, ns::kW, "pPr") &&
        IsElement(parent->parent->parent, ns::kW, "p"))
      return Revision::kDeletedParagraphMark;
    if (IsElement(parent, ns::kW, "trPr") && IsElement(parent->parent, ns::kW, "tr")) return Revision::kDeletedRow;
    return Revision::kDeletionMarker;
  }
  if (name == "cellIns") return Revision::kInsertionMarker;
  if (name == "cellDel")
    return IsElement(n->parent, ns::kW, "tcPr") && IsElement(n->parent->parent, ns::kW, "tc")
               ? Revision::kDeletedCell
               : Revision::kDeletionMarker;
  if (OneOf(name, kPropertyChanges)) return Revision::kPropertyChange;
  if (OneOf(name, kRevisionRanges)) return Revision::kRangeMarker;
  if (name == "delText" || name == "delInstrText") return Revision::kStrayDeletedText;
  return Revision::kNone;
}

std::function<bool(const xmlNode*)> Is(std::initializer_list<Revision> kinds) {
  std::vector<Revision> wanted(kinds);
  return [wanted](const xmlNode* n) {
    const Revision r = Classify(n);
    for (Revision w : wanted)
      if (r == w) return true;
    return false;
  };
}

// True when `node` has an element child other than the named ones and range markup.
bool HasChildOtherThan(const xmlNode* node, std::initializer_list<std::string_view> names) {
  for (const xmlNode* c : Children(node)) {
    if (IsRangeMarkup(c)) continue;
    bool named = false;
    for (std::string_view name : names) named = named || IsElement(c, ns::kW, std::string(name).c_str());
    if (!named) return true;
  }
  return false;
}

bool HasAncestorIn(const xmlNode* n, const std::set<const xmlNode*>& nodes) {
  for (const xmlNode* p = n->parent; p; p = p->parent)
    if (nodes.count(p)) return true;
  return false;
}

// Removes rows marked deleted and cells marked deleted; a row left without cells and a table left
// without rows go with them, since Word does not accept either. Returns the number of markers.
size_t RemoveDeletedRowsAndCells(xmlNode* root) {
  const std::vector<xmlNode*> markers = CollectElements(root, Is({Revision::kDeletedRow, Revision::kDeletedCell}));
  std::set<const xmlNode*> doomed;
  for (xmlNode* marker : markers) doomed.insert(marker->parent->parent);
  // Decided before anything is freed: a row or cell inside another doomed one goes with it.
  std::vector<xmlNode*> outermost;
  for (xmlNode* marker : markers) {
    xmlNode* holder = marker->parent->parent;
    if (!HasAncestorIn(holder, doomed)) outermost.push_back(holder);
  }
  for (xmlNode* holder : outermost) {
    xmlNode* container = holder->parent;
    RemoveNode(holder);
    if (IsElement(container, ns::kW, "tr") && !HasChildOtherThan(container, {"trPr", "tblPrEx"})) {
      xmlNode* table = container->parent;
      RemoveNode(container);
      container = table;
    }
    if (IsElement(container, ns::kW, "tbl") && !HasChildOtherThan(container, {"tblPr", "tblGrid"}))
      RemoveNode(container);
  }
  return markers.size();
}

// A paragraph whose mark was deleted joins the next one. Returns whether it is gone.
bool JoinNextParagraph(xmlNode* paragraph) {
  xmlNode* next = NextBlock(paragraph);
  if (IsElement(next, ns::kW, "p")) {
    MoveContentToFront(paragraph, next);
    RemoveNode(paragraph);
    return true;
  }
  // Nothing to join (a table follows): an emptied paragraph still goes, unless it is the last
  // block before the section properties, which Word needs.
  if (next && !IsElement(next, ns::kW, "sectPr") && !ParagraphHasContent(paragraph)) {
    MoveRangeMarkupBefore(paragraph);
    RemoveNode(paragraph);
    return true;
  }
  return false;
}

// Whether any revision markup is under `root`: one walk, where accepting takes five and counting
// copies the tree first (a long report without tracked changes is the usual case).
bool HasRevisions(xmlNode* root) {
  return !CollectElements(root, [](const xmlNode* n) { return Classify(n) != Revision::kNone; }).empty();
}

}  // namespace

TrackedChangeCounts AcceptTrackedChanges(xmlNode* root) {
  TrackedChangeCounts counts;
  if (!root || !HasRevisions(root)) return counts;
  // Deleted content first: any revision inside it goes with it.
  for (xmlNode* n : CollectElements(root, Is({Revision::kDeletedContent}))) {
    RemoveNode(n);
    ++counts.deletions;
  }
  counts.deletions += RemoveDeletedRowsAndCells(root);
  for (xmlNode* n : CollectElements(root, Is({Revision::kInsertedContent}), Descend::kYes)) {
    UnwrapElement(n);
    ++counts.insertions;
  }
  const auto markers = CollectElements(
      root, Is({Revision::kInsertionMarker, Revision::kDeletionMarker, Revision::kPropertyChange,
                Revision::kRangeMarker, Revision::kStrayDeletedText}));
  for (xmlNode* n : markers) {
    switch (Classify(n)) {
      case Revision::kInsertionMarker:
        ++counts.insertions;
        UnwrapElement(n);  // keeps the w:rPr a math control character's marker holds
        break;
      case Revision::kDeletionMarker:
        ++counts.deletions;
        UnwrapElement(n);
        break;
      case Revision::kPropertyChange:
        ++counts.formatting;
        RemoveNode(n);
        break;
      case Revision::kStrayDeletedText: {
        ++counts.deletions;
        xmlNode* run = IsElement(n->parent, ns::kW, "r") ? n->parent : nullptr;
        RemoveNode(n);
        if (run && RunIsEmpty(run)) RemoveNode(run);
        break;
      }
      default:
        RemoveNode(n);
        break;
    }
  }
  // Deleted paragraph marks last, in document order, so a run of them joins into one paragraph.
  std::vector<xmlNode*> joining;
  for (xmlNode* marker : CollectElements(root, Is({Revision::kDeletedParagraphMark}))) {
    xmlNode* paragraph = marker->parent->parent->parent;
    if (joining.empty() || joining.back() != paragraph) joining.push_back(paragraph);
    RemoveNode(marker);
    ++counts.deletions;
  }
  for (xmlNode* paragraph : joining)
    if (JoinNextParagraph(paragraph)) ++counts.merged_paragraphs;
  return counts;
}

TrackedChangeCounts CountTrackedChanges(xmlNode* root) {
  if (!root || !HasRevisions(root)) return {};
  // Counting by accepting on a copy keeps the two in agreement by construction.
  xmlNode* copy = xmlDocCopyNode(root, root->doc, 1);
  if (!copy) return {};
  const TrackedChangeCounts counts = AcceptTrackedChanges(copy);
  xmlFreeNode(copy);
  return counts;
}

}  // namespace dhr::publish
