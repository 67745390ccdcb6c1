#include "pipeline/scan/scan_target.h"

#include <unicode/parseerr.h>

#include <string>

namespace dhr::scan {
namespace {

std::unique_ptr<icu::RegexPattern> Compile(const std::string& pattern, uint32_t flags) {
  UParseError parse_error;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), flags, parse_error, status));
  if (U_FAILURE(status)) return nullptr;
  return compiled;
}

}  // namespace

Result<ScanTarget> CompileScanTarget(const Case& case_model) {
  ScanTarget target;
  target.variants = IdentifierVariants(case_model);
  auto identifiers = KeyedPatternSet::Compile(target.variants);
  if (!identifiers.ok()) return identifiers.status().At(case_model.file);
  target.identifiers = std::move(identifiers).value();
  auto keep = KeyedPatternSet::Compile(KeepVariants(case_model));
  if (!keep.ok()) return keep.status().At(case_model.file);
  target.keep = std::move(keep).value();
  target.public_terms = PublicTerms::Build(DomainPublicTermsText(), case_model);
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
