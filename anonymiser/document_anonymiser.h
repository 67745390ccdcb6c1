// The anonymise stage's walk over a .docx: every place Word keeps text, through one Matcher.
//
// Input: an open Package (ours or one written by Word) and a compiled Matcher. Output: the same
// package with every match replaced, and an audit row per replacement. Where it looks:
//   - every paragraph (w:p, a:p) of every text part (document, glossary, headers, footers,
//     footnotes, endnotes, comments, charts, SmartArt), in three layers: the visible text (runs,
//     tables, content controls, text boxes in both their mc:Choice and VML mc:Fallback copies,
//     hyperlinks, field results), tracked deletions (w:delText) and field codes (w:instrText);
//     names split across runs are found in the joined text and replaced in the first run's
//     formatting (docx/text.h);
//   - attributes that hold text people wrote: authors and initials of comments and tracked
//     changes, alt text and names of pictures (descr, title, name), content control tags and
//     aliases, simple field codes (w:instr), bookmark names, tooltips, form-field texts, document
//     variables, mail-merge queries, VML alt text, people.xml authors;
//   - text outside paragraphs: document properties (core, app, custom), customXml data, chart
//     caches;
//   - external relationship targets (hyperlinks).
// Nothing else is changed; parts with no match are not re-serialised.
// Covered by tests/anonymise_planted_test.cpp and tests/anonymise_corpus_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "anonymiser/matcher.h"
#include "docx/package.h"
#include "docx/text.h"

namespace dhr {

struct AuditRow {
  std::string part;         // "word/document.xml"
  std::string where;        // "paragraph 12", "paragraph 3 (deleted text)", "attribute w:author of w:ins"...
  std::string original;     // the text that was replaced (a real identifier)
  std::string replacement;  // what replaced it
  std::string rule;         // Match::rule
  bool ambiguous = false;
  // Where the original stood, for a reader that shows it in place (dhr review): the paragraph's
  // 1-based number in its part (the number `where` gives; 0 outside paragraphs), the layer of its
  // text, and the byte range of `original` in that layer's text (ReadParagraph) or, outside
  // paragraphs, in the attribute, property or link target named by `where`.
  size_t paragraph = 0;
  TextLayer layer = TextLayer::kVisible;
  size_t begin = 0;
  size_t end = 0;
};

// Replaces every match in every place listed above. Returns an error only when an edit cannot be
// applied (the package is then in an unknown state and must not be saved).
Status AnonymiseDocument(Package& package, const Matcher& matcher, std::vector<AuditRow>* audit);

}  // namespace dhr
