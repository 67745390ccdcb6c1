#include "pipeline/scan/scan_target.h"

#include <unicode/parseerr.h>

#include <string>

namespace dhr::scan {
namespace {

constexpr const char* kWordStart = "(?<![\\p{L}\\p{M}\\p{N}])";
constexpr const char* kWordEnd = "(?![\\p{L}\\p{M}\\p{N}])";

std::unique_ptr<icu::RegexPattern> Compile(const std::string& pattern, uint32_t flags) {
  UParseError parse_error;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), flags, parse_error, status));
  if (U_FAILURE(status)) return nullptr;
  return compiled;
}

// Each variant in its own capture group, tried longest first; a possessive ending belongs to the
// match ("Connor's", "Connors'").
std::string IdentifierAlternation(const std::vector<NameVariant>& variants) {
  std::string out = std::string(kWordStart) + "(?:";
  for (size_t i = 0; i < variants.size(); ++i) out += (i ? "|(" : "(") + variants[i].pattern + ")";
  return out + ")(?:'s|')?" + kWordEnd;
}

std::string KeepAlternation(const std::vector<std::string>& keep) {
  std::string out = std::string(kWordStart) + "(?:";
  for (size_t i = 0; i < keep.size(); ++i) out += (i ? "|" : "") + keep[i];
  return out + ")(?:'s|')?" + kWordEnd;
}

Status PatternError(const std::string& what, const Case& case_model) {
  return Status::Error("scan.pattern", what + " could not be turned into a search pattern",
                       Location{case_model.file, {}, 0, 0});
}

}  // namespace

Result<ScanTarget> CompileScanTarget(const Case& case_model) {
  ScanTarget target;
  target.variants = IdentifierVariants(case_model);
  if (!target.variants.empty()) {
    target.identifiers = Compile(IdentifierAlternation(target.variants), UREGEX_CASE_INSENSITIVE);
    if (!target.identifiers) {
      // Name the variant at fault by its rule, never by its text.
      for (const NameVariant& v : target.variants)
        if (!Compile(v.pattern, UREGEX_CASE_INSENSITIVE)) return PatternError("the " + v.rule, case_model);
      return PatternError("the names of the case", case_model);
    }
  }
  const std::vector<std::string> keep = KeepPatterns(case_model);
  if (!keep.empty()) {
    target.keep = Compile(KeepAlternation(keep), UREGEX_CASE_INSENSITIVE);
    if (!target.keep) return PatternError("a `keep` entry", case_model);
  }
  for (const TextRuleSpec& spec : TextRuleSpecs()) {
    CompiledTextRule rule;
    rule.spec = &spec;
    rule.pattern = Compile(spec.pattern, spec.case_insensitive ? UREGEX_CASE_INSENSITIVE : 0);
    if (!rule.pattern)
      return Status::Error("scan.internal", std::string("the rule ") + spec.rule + " does not compile");
    target.rules.push_back(std::move(rule));
  }
  return target;
}

}  // namespace dhr::scan
