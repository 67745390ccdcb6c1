#include "pipeline/scan/text_detector.h"

#include <algorithm>

namespace dhr::scan {
namespace {

constexpr int32_t kValidatorLookBehind = 24;

Status IcuError(UErrorCode code) {
  return Status::Error("scan.icu", std::string("the regular-expression engine failed: ") + u_errorName(code));
}

std::unique_ptr<icu::RegexMatcher> NewMatcher(const icu::RegexPattern* pattern, UErrorCode& status) {
  if (!pattern || U_FAILURE(status)) return nullptr;
  return std::unique_ptr<icu::RegexMatcher>(pattern->matcher(status));
}

std::string Utf8(const icu::UnicodeString& text, int32_t start, int32_t limit) {
  std::string out;
  text.tempSubStringBetween(start, limit).toUTF8String(out);
  return out;
}

bool InsideKeep(const std::vector<TextDetector::Span>& keep, int32_t start, int32_t limit) {
  for (const auto& span : keep)
    if (span.start <= start && limit <= span.limit) return true;
  return false;
}

}  // namespace

TextDetector::TextDetector(const ScanTarget& target) : target_(target) {
  UErrorCode status = U_ZERO_ERROR;
  identifiers_ = NewMatcher(target.identifiers.get(), status);
  keep_ = NewMatcher(target.keep.get(), status);
  for (const CompiledTextRule& rule : target.rules) rules_.push_back(NewMatcher(rule.pattern.get(), status));
  if (U_FAILURE(status)) setup_ = IcuError(status);
}

Result<std::vector<TextDetector::Span>> TextDetector::KeepSpans(const FoldedText& folded) {
  std::vector<Span> spans;
  if (!keep_) return spans;
  UErrorCode status = U_ZERO_ERROR;
  keep_->reset(folded.text);
  while (keep_->find(status) && U_SUCCESS(status)) {
    spans.push_back({keep_->start(status), keep_->end(status)});
  }
  if (U_FAILURE(status)) return IcuError(status);
  return spans;
}

Status TextDetector::FindIdentifiers(const FoldedText& folded, const std::vector<Span>& keep,
                                     std::vector<TextHit>& out) {
  if (!identifiers_) return {};
  UErrorCode status = U_ZERO_ERROR;
  identifiers_->reset(folded.text);
  const int32_t groups = identifiers_->groupCount();
  while (identifiers_->find(status) && U_SUCCESS(status)) {
    const int32_t start = identifiers_->start(status);
    const int32_t limit = identifiers_->end(status);
    if (InsideKeep(keep, start, limit)) continue;
    int32_t group = 1;
    while (group <= groups && identifiers_->start(group, status) < 0) ++group;
    if (group > groups || U_FAILURE(status)) continue;
    const NameVariant& variant = target_.variants[group - 1];
    const auto [begin, end] = folded.SourceRange(start, limit);
    out.push_back({begin, end, Category::kIdentifier, variant.rule, variant.rule_id, variant.mask});
  }
  return U_FAILURE(status) ? IcuError(status) : Status();
}

Status TextDetector::FindRule(size_t index, const FoldedText& folded, const std::vector<Span>& keep,
                              std::vector<TextHit>& out) {
  icu::RegexMatcher& matcher = *rules_[index];
  const TextRuleSpec& spec = *target_.rules[index].spec;
  UErrorCode status = U_ZERO_ERROR;
  matcher.reset(folded.text);
  while (matcher.find(status) && U_SUCCESS(status)) {
    const int32_t start = matcher.start(status);
    const int32_t limit = matcher.end(status);
    if (InsideKeep(keep, start, limit)) continue;
    if (spec.validator) {
      const std::string match = Utf8(folded.text, start, limit);
      const std::string before = Utf8(folded.text, std::max(0, start - kValidatorLookBehind), start);
      if (!spec.validator(match, before)) continue;
    }
    const auto [begin, end] = folded.SourceRange(start, limit);
    out.push_back({begin, end, spec.category, spec.rule, spec.rule_id, spec.mask});
  }
  return U_FAILURE(status) ? IcuError(status) : Status();
}

Result<std::vector<TextHit>> TextDetector::Find(std::string_view text, const DetectOptions& options) {
  if (!setup_.ok()) return setup_;
  std::vector<TextHit> hits;
  if (text.empty()) return hits;
  const FoldedText folded = FoldForScan(text, options.fold);
  auto keep = KeepSpans(folded);
  if (!keep.ok()) return keep.status();
  if (Status s = FindIdentifiers(folded, *keep, hits); !s.ok()) return s;
  if (!options.identifiers_only) {
    for (size_t i = 0; i < rules_.size(); ++i) {
      const TextRuleSpec& spec = *target_.rules[i].spec;
      if (spec.publication_only && !options.publication) continue;
      if (spec.category == Category::kDate && options.timestamp) continue;
      if (Status s = FindRule(i, folded, *keep, hits); !s.ok()) return s;
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const TextHit& a, const TextHit& b) { return a.begin < b.begin; });
  return hits;
}

}  // namespace dhr::scan
