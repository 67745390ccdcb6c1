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

// The ASCII characters a text holds, read in one pass: each rule then asks for its characters
// without reading the text again (ten digits were ten passes, for each of ten rules).
class AsciiPresent {
 public:
  explicit AsciiPresent(const icu::UnicodeString& text) {
    const char16_t* units = text.getBuffer();
    for (int32_t i = 0, n = text.length(); i < n; ++i)
      if (units[i] < 128) seen_[units[i]] = true;
  }
  bool Any(const char* characters) const {
    if (!characters) return true;
    for (; *characters; ++characters)
      if (seen_[static_cast<unsigned char>(*characters) & 127]) return true;
    return false;
  }

 private:
  bool seen_[128] = {};
};

bool InsideKeep(const std::vector<TextDetector::Span>& keep, int32_t start, int32_t limit) {
  for (const auto& span : keep)
    if (span.start <= start && limit <= span.limit) return true;
  return false;
}

}  // namespace

TextDetector::TextDetector(const ScanTarget& target)
    : target_(target), identifiers_(target.identifiers), keep_(target.keep) {
  UErrorCode status = U_ZERO_ERROR;
  for (const CompiledTextRule& rule : target.rules) rules_.push_back(NewMatcher(rule.pattern.get(), status));
  if (U_FAILURE(status)) setup_ = IcuError(status);
}

Result<std::vector<TextDetector::Span>> TextDetector::KeepSpans(const FoldedText& folded) {
  std::vector<Span> spans;
  auto matches = keep_.FindAll(folded.text);
  if (!matches.ok()) return matches.status();
  for (const KeyedMatch& m : *matches) spans.push_back({m.start, m.limit});
  return spans;
}

Status TextDetector::FindIdentifiers(const FoldedText& folded, const std::vector<Span>& keep,
                                     std::vector<TextHit>& out) {
  auto matches = identifiers_.FindAll(folded.text);
  if (!matches.ok()) return matches.status();
  for (const KeyedMatch& m : *matches) {
    if (InsideKeep(keep, m.start, m.limit)) continue;
    const NameVariant& variant = target_.variants[m.index];
    declared_.push_back({m.start, m.limit});
    const auto [begin, end] = folded.SourceRange(m.start, m.limit);
    out.push_back({begin, end, Category::kIdentifier, variant.rule, variant.rule_id, variant.mask});
  }
  return {};
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
    found_.push_back({start, limit});
  }
  return U_FAILURE(status) ? IcuError(status) : Status();
}

void TextDetector::FindUndeclaredNames(const FoldedText& folded, const std::vector<Span>& keep, bool publication,
                                       std::vector<TextHit>& out) {
  std::vector<Utf16Span> covered = found_;
  for (const Span& k : keep) covered.push_back({k.start, k.limit});
  for (const UndeclaredHit& h : FindUndeclared(folded.text, declared_, covered, target_.public_terms)) {
    const auto [begin, end] = folded.SourceRange(h.start, h.limit);
    const bool place = IsPlaceKind(h.kind);
    out.push_back({begin, end, Category::kUndeclared, std::string("undeclared:") + UndeclaredKindName(h.kind),
                   place ? "undeclared.place" : "undeclared.person", place ? "[place]" : "[name]"});
  }
  if (!publication) return;
  for (const Utf16Span& word : FindChildGenderWords(folded.text)) {
    const auto [begin, end] = folded.SourceRange(word.start, word.limit);
    TextHit hit{begin, end, Category::kPublication, "publication:child's gender", "publication.child-gender", ""};
    hit.warning = true;
    out.push_back(std::move(hit));
  }
}

Result<std::vector<TextHit>> TextDetector::Find(std::string_view text, const DetectOptions& options) {
  if (!setup_.ok()) return setup_;
  std::vector<TextHit> hits;
  if (text.empty()) return hits;
  const FoldedText folded = FoldForScan(text, options.fold);
  declared_.clear();
  found_.clear();
  auto keep = KeepSpans(folded);
  if (!keep.ok()) return keep.status();
  if (Status s = FindIdentifiers(folded, *keep, hits); !s.ok()) return s;
  if (!options.identifiers_only) {
    const AsciiPresent present(folded.text);
    for (size_t i = 0; i < rules_.size(); ++i) {
      const TextRuleSpec& spec = *target_.rules[i].spec;
      if (spec.publication_only && !options.publication) continue;
      if (spec.category == Category::kDate && options.timestamp) continue;
      if (!present.Any(spec.needs)) continue;
      if (Status s = FindRule(i, folded, *keep, hits); !s.ok()) return s;
    }
  }
  if (options.undeclared) FindUndeclaredNames(folded, *keep, options.publication, hits);
  std::stable_sort(hits.begin(), hits.end(), [](const TextHit& a, const TextHit& b) { return a.begin < b.begin; });
  return hits;
}

}  // namespace dhr::scan
