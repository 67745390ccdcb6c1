// The sections of a Word document and the header and footer parts their pages show.
//
// Input: a Package's main document and settings. Output: every section's w:sectPr in document
// order, its header and footer references by page kind, and edits of them: adding a reference in
// schema order, creating a header or footer part (content type, relationship from the main
// document), and removing a part together with every reference to it.
//
// Word's rules (ECMA-376 17.10): a section shows the first-page header on its first page when it
// has w:titlePg, the even-page header on even pages when settings has w:evenAndOddHeaders, and the
// default header elsewhere. A section with no reference of a kind inherits the previous section's
// part of that kind; the first section, with none, shows an empty header. Footers alike.
// Covered by sections_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <array>
#include <string>
#include <vector>

#include "docx/package.h"
#include "base/status.h"

namespace dhr {

enum class HeaderOrFooter { kHeader, kFooter };
enum class PageKind { kDefault, kFirst, kEven };  // w:type "default", "first", "even"

inline constexpr std::array<HeaderOrFooter, 2> kHeaderAndFooter = {HeaderOrFooter::kHeader,
                                                                   HeaderOrFooter::kFooter};
inline constexpr std::array<PageKind, 3> kPageKinds = {PageKind::kDefault, PageKind::kFirst, PageKind::kEven};

const char* PageKindName(PageKind kind);  // "default", "first", "even"

// Every w:sectPr of the main document's body, in document order: those in paragraphs' w:pPr
// (section breaks) and the body's own last one. With `create_final`, the body's last w:sectPr is
// added when missing so every page belongs to a section with properties. The nodes belong to the
// package's main document XML.
std::vector<xmlNode*> SectionProperties(Package& package, bool create_final);

// Whether the section shows a different first-page header (w:titlePg on).
bool HasTitlePage(const xmlNode* section_properties);
// Whether the document shows different even-page headers (w:evenAndOddHeaders in settings).
bool HasEvenAndOddHeaders(Package& package);

// The section's own w:headerReference / w:footerReference of that page kind, or nullptr.
xmlNode* FindReference(const xmlNode* section_properties, HeaderOrFooter which, PageKind kind);
// Adds a reference after the section's other references, which come first in w:sectPr.
xmlNode* AddReference(xmlNode* section_properties, HeaderOrFooter which, PageKind kind,
                      const std::string& relationship_id);
// The header or footer part a reference points to, or "" when its relationship or part is missing.
std::string ReferencedPart(Package& package, const xmlNode* reference);

struct CreatedPart {
  std::string name;             // "word/header4.xml"
  std::string relationship_id;  // from the main document
};
// Creates an empty w:hdr / w:ftr part next to the main document, with its content type override
// and a relationship from the main document. The caller fills it.
Result<CreatedPart> CreateHeaderFooterPart(Package& package, HeaderOrFooter which);

// Removes a header or footer part, its relationship and every w:sectPr reference to it; the body's
// last w:sectPr goes too if that leaves it empty.
void RemoveHeaderFooterPart(Package& package, const std::string& part);

}  // namespace dhr
