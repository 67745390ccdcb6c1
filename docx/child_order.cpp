#include "docx/child_order.h"

#include <initializer_list>
#include <string_view>

#include "docx/xml.h"

namespace dhr {
namespace {

struct ChildOrder {
  const char* parent;
  // By local name, in schema order; "a|b" are one place in any order (an xsd:choice that repeats).
  std::initializer_list<const char*> children;
};

// From wml.xsd (ECMA-376 Transitional), flattened: each type's sequence with its groups and base
// type expanded. w:rPr takes CT_ParaRPr's leading revision marks too (w:pPr/w:rPr is a CT_ParaRPr).
// A section's header and footer references are one repeated choice: a new one goes after them all.
const ChildOrder kChildOrders[] = {
    {"sectPr",
     {"headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
      "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
      "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"}},
    {"pPr",
     {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
      "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
      "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
      "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
      "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"}},
    {"rPr",
     {"ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
      "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
      "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
      "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
      "rPrChange"}},
    {"tcPr",
     {"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
      "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"}},
    {"tblPr",
     {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
      "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
      "tblCaption", "tblDescription", "tblPrChange"}},
    {"settings",
     {"writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
      "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
      "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
      "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
      "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors",
      "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles",
      "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge", "revisionView",
      "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
      "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit",
      "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle",
      "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
      "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
      "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
      "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
      "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
      "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
      "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
      "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
      "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
      "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
      "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
      "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
      "decimalSymbol", "listSeparator"}},
};

constexpr const char* kMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";
constexpr const char* kSchemaLibrary = "http://schemas.openxmlformats.org/schemaLibrary/2006/main";

const ChildOrder* OrderOf(const xmlNode* parent) {
  if (!parent || !HasNamespace(parent, ns::kW)) return nullptr;
  for (const ChildOrder& order : kChildOrders)
    if (LocalName(parent) == order.parent) return &order;
  return nullptr;
}

// The child's rank in `order`, or -1 when it has none. Only m:mathPr and sl:schemaLibrary of the
// settings are outside the WordprocessingML namespace.
// True when `local` is `entry` or one of its "a|b" alternatives.
bool Names(std::string_view entry, std::string_view local) {
  while (!entry.empty()) {
    const size_t bar = entry.find('|');
    if (entry.substr(0, bar) == local) return true;
    entry = bar == std::string_view::npos ? std::string_view() : entry.substr(bar + 1);
  }
  return false;
}

int RankOf(const ChildOrder& order, const xmlNode* child) {
  if (!child || child->type != XML_ELEMENT_NODE) return -1;
  const std::string_view local = LocalName(child);
  const bool expected_namespace = HasNamespace(child, ns::kW) ||
                                  (local == "mathPr" && HasNamespace(child, kMath)) ||
                                  (local == "schemaLibrary" && HasNamespace(child, kSchemaLibrary));
  if (!expected_namespace) return -1;
  int rank = 0;
  for (const char* entry : order.children) {
    if (Names(entry, local)) return rank;
    ++rank;
  }
  return -1;
}

}  // namespace

bool HasSchemaPlace(const xmlNode* parent, const char* local) {
  const ChildOrder* order = OrderOf(parent);
  if (!order) return false;
  for (const char* entry : order->children)
    if (Names(entry, local)) return true;
  return false;
}

xmlNode* InsertInSchemaOrder(xmlNode* parent, xmlNode* child) {
  const ChildOrder* order = OrderOf(parent);
  const int rank = order ? RankOf(*order, child) : -1;
  if (rank < 0) return xmlAddChild(parent, child);
  // After the last child the schema puts at or before this one; before the first known child if none.
  xmlNode* after = nullptr;
  xmlNode* first_known = nullptr;
  for (xmlNode* c = parent->children; c; c = c->next) {
    const int other = RankOf(*order, c);
    if (other < 0) continue;
    if (!first_known) first_known = c;
    if (other <= rank) after = c;
  }
  if (after) return xmlAddNextSibling(after, child);
  if (first_known) return xmlAddPrevSibling(first_known, child);
  return xmlAddChild(parent, child);
}

xmlNode* SchemaChild(xmlNode* parent, const char* local) {
  if (xmlNode* existing = Child(parent, ns::kW, local)) return existing;
  return InsertInSchemaOrder(parent, NewElementLike(parent, local));
}

}  // namespace dhr
