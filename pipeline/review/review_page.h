// The review page: a ReviewModel as one self-contained HTML page for a publication lead.
//
// Input: a ReviewModel (review_model.h). Output: one HTML5 document that needs nothing else: its
// CSS and its little script are inline, it loads no file and no font, and a Content-Security-Policy
// forbids any network access. At the top: the counts (replacements, ambiguous ones, undeclared
// names, hidden items, markings) as jump links, and filters by kind of replacement (person,
// professional, place, date, generic, extra), ambiguous only, and paragraphs with something to
// check only. Then the replacements (original, code, rule, ambiguous, a link to the paragraph),
// the names the case does not declare with the YAML to paste (and a copy button), what
// publication would remove, the markings, and the document's text part by part with every
// replacement highlighted in place (the original and its code) and every undeclared name marked.
//
// Every text of the document, of the case and of the audit is escaped: a document is hostile
// input. Ids and links are built from numbers only. The script reads the page, never the
// document: it counts the rows of each kind into the filters' labels and into the element
// #page-check (data-rows, data-marks, data-ambiguous, data-undeclared, data-hidden, data-markings), which shows
// that the page a browser built holds what the model held. Covered by review_page_test.cpp and
// tests/review_page_test.cpp (headless Chromium).
#pragma once

#include <string>
#include <string_view>

#include "pipeline/review/review_model.h"

namespace dhr::review {

// `text` with &, <, >, " and ' written as character references: safe in text and in quoted
// attribute values.
std::string EscapeHtml(std::string_view text);

std::string RenderReviewPage(const ReviewModel& model);

}  // namespace dhr::review
