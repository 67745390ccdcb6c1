// The review model: everything `dhr review` shows a publication lead about one document before it
// goes public, gathered from the stages themselves rather than found again.
//
// Input: the bytes of a .docx (never changed) and the prepared case. Output: a ReviewModel:
//   blocks        the text of every paragraph of every text part (document, headers, footers,
//                 notes, comments...), layer by layer (visible, tracked deletions, field codes),
//                 in part and paragraph order, with the replacements made in it;
//   replacements  the anonymiser's own audit (anonymiser/document_anonymiser.h) of the document:
//                 every replacement, in its order, with its place; the ones inside paragraphs are
//                 linked to their block by the audit's paragraph, layer and byte range;
//   undeclared    the names the case does not declare that the leak scan finds in the anonymised
//                 copy (what `dhr anonymise` lists), each once, with the YAML to declare them;
//   hidden        what the cleaning step of publication would remove (its CleanReport), one item
//                 per line of it: each category with its count, each removed part and property,
//                 each setting changed;
//   markings      the markings and draft numbers that publication would strip (StripReport).
// Each is produced by running the stage on its own copy of the package, so the page shows what
// the stages do, not a second opinion. Errors: the document cannot be read, or a stage fails.
// Covered by review_model_test.cpp and tests/review_page_test.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/document_anonymiser.h"
#include "base/status.h"
#include "docx/text.h"
#include "pipeline/mark/mark.h"
#include "pipeline/prepare/prepared_case.h"
#include "pipeline/scan/finding.h"
#include "pipeline/scan/undeclared_suggestions.h"

namespace dhr::review {

// The kind of a replacement, from its rule: filters of the page go by it.
enum class ReplacementKind { kPerson, kProfessional, kPlace, kDate, kGeneric, kExtra };

// "person", "professional", "place", "date", "generic", "extra".
const char* ReplacementKindName(ReplacementKind kind);
ReplacementKind KindOfRule(std::string_view rule);

// One layer of one paragraph that holds text.
struct TextBlock {
  std::string part;       // "word/document.xml"
  size_t paragraph = 0;   // 1-based within the part, as the audit and the scan count them
  TextLayer layer = TextLayer::kVisible;
  std::string text;       // the original text of that layer (ReadParagraph)
  std::vector<size_t> replacements = {};  // indexes into ReviewModel::replacements, in text order
  // Names the case does not declare that the scan found in this paragraph (visible layer only):
  // each finding's index into ReviewModel::undeclared_findings, and where its text stands in
  // `text` (the first place not taken by a replacement; begin == end when it is not found there).
  struct Undeclared {
    size_t finding = 0;
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Undeclared> undeclared = {};
};

// One line of what publication's cleaning would remove (CleanReport::Lines).
struct HiddenItem {
  std::string category;     // "content", "part", "property" or "setting"
  std::string description;  // a clean_category name ("comments"), "word/comments.xml", "core dc:creator"
  size_t count = 1;         // how many of it (comments, tracked deletions...)
};

struct ReviewCounts {
  size_t replacements = 0;
  size_t ambiguous = 0;
  size_t undeclared = 0;  // distinct candidates (suggestions)
  size_t hidden = 0;      // hidden items: lines of the cleaning report
  size_t markings = 0;
};

struct ReviewModel {
  std::string file;  // as the user named it
  std::vector<TextBlock> blocks;
  std::vector<AuditRow> replacements;
  std::vector<scan::Finding> undeclared_findings;
  std::vector<scan::UndeclaredSuggestion> suggestions;
  std::string suggestion_yaml;
  std::vector<HiddenItem> hidden;
  std::vector<RemovedMarking> markings;

  ReviewCounts Counts() const;
};

// Builds the model of the document `bytes` (named `file` in messages).
Result<ReviewModel> BuildReviewModel(std::string_view bytes, const std::string& file, const PreparedCase& prepared);

}  // namespace dhr::review
