// TextDetector: finds the identifiers, dates, generic identifiers and (for a publication check)
// markings in one piece of text.
//
// Input: UTF-8 text and how to read it. Output: TextHits, byte ranges of that text with the rule
// each matched, in text order. The text is folded first (folding.h); a hit lying wholly inside a
// span of a `keep` name of the case is not reported. Identifier hits never overlap one another
// (the longest variant at a position wins); hits of different rules may. With `undeclared`, names
// the case does not declare are found too (undeclared.h), around the declared ones; with
// `publication` as well, gendered words beside a child's code are warnings.
// A TextDetector borrows its ScanTarget, which must outlive it, and holds one ICU matcher per
// pattern: use one per thread. Covered by text_detector_test.cpp.
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "pipeline/scan/folding.h"
#include "pipeline/scan/scan_target.h"
#include "pipeline/scan/undeclared.h"

namespace dhr::scan {

struct TextHit {
  size_t begin = 0;  // byte range in the text given
  size_t end = 0;
  Category category = Category::kIdentifier;
  std::string rule;
  std::string rule_id;
  std::string mask;  // "" when the match is not identifying (a marking)
  bool warning = false;  // to be looked at, not a failure (a child's gender)
};

struct DetectOptions {
  FoldOptions fold;
  bool publication = false;     // also markings and draft numbering
  bool identifiers_only = false;  // names only (strings pulled out of binary parts)
  bool timestamp = false;       // a machine timestamp (dcterms:created, w:date): no date rules
  bool undeclared = false;      // also names the case does not declare (undeclared.h)
};

class TextDetector {
 public:
  explicit TextDetector(const ScanTarget& target);
  TextDetector(const TextDetector&) = delete;
  TextDetector& operator=(const TextDetector&) = delete;

  Result<std::vector<TextHit>> Find(std::string_view text, const DetectOptions& options);

  // A range of UTF-16 units of the folded text.
  struct Span {
    int32_t start;
    int32_t limit;
  };

 private:
  Status FindIdentifiers(const FoldedText& folded, const std::vector<Span>& keep, std::vector<TextHit>& out);
  Status FindRule(size_t index, const FoldedText& folded, const std::vector<Span>& keep,
                  std::vector<TextHit>& out);
  void FindUndeclaredNames(const FoldedText& folded, const std::vector<Span>& keep, bool publication,
                           std::vector<TextHit>& out);
  Result<std::vector<Span>> KeepSpans(const FoldedText& folded);

  const ScanTarget& target_;
  KeyedMatcher identifiers_;
  KeyedMatcher keep_;
  std::vector<std::unique_ptr<icu::RegexMatcher>> rules_;
  Status setup_;
  // UTF-16 spans of the current text's declared identifiers and of its other findings.
  std::vector<Utf16Span> declared_;
  std::vector<Utf16Span> found_;
};

}  // namespace dhr::scan
