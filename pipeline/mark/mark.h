// The marking stage: puts a security marking at the top and bottom of every page of a review
// document, and takes markings and draft numbering off again for publication.
//
// Input: an open Package (a .docx). Output: the same package, edited in memory; the caller saves it.
//
// MarkDocument puts one centred, capitalised marking paragraph ("OFFICIAL-SENSITIVE PERSONAL")
// first in every header and last in every footer the document shows, and, for a draft, a second
// header paragraph "DRAFT 3". Every section's default header and footer gets it, and so do its
// first-page ones (w:titlePg) and even-page ones (w:evenAndOddHeaders in settings) where the
// document uses them. A section that inherits its header from an earlier one (no reference of that
// type) is left to inherit; a header or footer part is created, with its content type, its
// relationship and its reference in the w:sectPr, only where a page would otherwise show none.
// Existing headers and footers keep their content. Any marking already present, ours or typed by
// hand, is taken off first, so a document never carries two.
//
// Our paragraphs carry the paragraph style "DhrMarking" (named "DHR Marking" in Word's style list),
// which MarkDocument adds to styles.xml. Word and LibreOffice both keep a paragraph's style through
// any edit of the document, and LibreOffice, which rewrites style ids from names, keeps the name;
// StripMarkings recognises the style by either. Should the style be lost (formatting cleared by
// hand), the paragraph is still a whole-paragraph marking and goes as one typed by hand would. A
// content control was considered and rejected: LibreOffice does not keep block-level content
// controls in headers, and Word shows their frame to everyone who clicks the header.
//
// Descriptors follow the Government Security Classifications format OFFICIAL-SENSITIVE
// [DESCRIPTOR]: "OFFICIAL-SENSITIVE PERSONAL"; they are allowed with OFFICIAL-SENSITIVE only.
//
// StripMarkings takes off our paragraphs and also markings typed by hand into headers and footers:
// a paragraph whose whole text is markings (OFFICIAL, OFFICIAL-SENSITIVE, OFFICIAL SENSITIVE,
// RESTRICTED, PROTECT, NOT PROTECTIVELY MARKED, FOR OFFICIAL USE ONLY, in any case, with a descriptor, a label such as
// "Classification:", and draft numbering such as "DRAFT 3" or "Draft v2") goes whole; a marking in
// capitals inside longer text ("OFFICIAL - Page 3") is cut out with the separator next to it, and
// the rest of the text stays. A header or footer part left with nothing once our paragraphs are
// gone is one MarkDocument created: it is removed with its relationship and every w:sectPr
// reference to it, so no reference ever points at a missing part and the document is as it was.
// A paragraph typed by hand that is the only one of its header, table cell or text box is emptied
// rather than removed, since Word needs one there; so is one that also holds a picture or a field.
// The DhrMarking style goes too once nothing uses it. In the body of the document, only a
// paragraph of the body itself (not of a table, text box or content control) whose whole text is
// markings in capitals goes ("OFFICIAL-SENSITIVE: PERSONAL" or "FOR OFFICIAL USE ONLY" typed on a
// line of its own; emptied where it holds a picture, a field or the section's properties); a
// sentence that mentions OFFICIAL is left as it is.
//
// Mark then strip gives back the text of every header and footer of the original, in order.
// Covered by marking_text_test.cpp, sections_test.cpp, mark_test.cpp, strip_test.cpp and
// tests/marking_corpus_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docx/package.h"
#include "base/status.h"

namespace dhr {

enum class Classification { kOfficial, kOfficialSensitive };

struct MarkingOptions {
  Classification classification = Classification::kOfficialSensitive;
  // A GSC descriptor such as "PERSONAL", "COMMERCIAL" or "LOCSEN"; written in capitals. Empty for
  // none; only with OFFICIAL-SENSITIVE.
  std::string descriptor;
  // The draft's number: "DRAFT 3" in every header, under the marking. None for a final copy.
  std::optional<int> draft_number;
};

// "OFFICIAL", "official-sensitive", "OFFICIAL SENSITIVE"... Fails with "mark.bad_classification".
Result<Classification> ParseClassification(std::string_view text);

// The marking line: "OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE PERSONAL".
std::string MarkingLine(const MarkingOptions& options);

// Checks the options: "mark.bad_descriptor", "mark.descriptor_needs_sensitive", "mark.bad_draft".
Status CheckMarkingOptions(const MarkingOptions& options);

// Marks every page of the document, replacing any marking it had. On error the package may be
// half edited and should be discarded.
Status MarkDocument(Package& package, const MarkingOptions& options);

// One marking StripMarkings took off.
struct RemovedMarking {
  std::string part;        // "word/header1.xml"
  std::string text;        // the text removed, as it stood: "OFFICIAL - ", "DRAFT 3"
  bool ours = false;       // a paragraph MarkDocument wrote
  bool whole_paragraph = false;
};

struct StripReport {
  std::vector<RemovedMarking> removed;
  std::vector<std::string> removed_parts;  // header and footer parts MarkDocument had created
};

// Takes every marking and draft number off the headers and footers, and the markings typed alone
// in body paragraphs; `report` (may be null) lists what went. Other text is untouched.
Status StripMarkings(Package& package, StripReport* report);

}  // namespace dhr
