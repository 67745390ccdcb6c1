#include "pipeline/prepare/prepared_case.h"

#include "anonymiser/code_assignment.h"
#include "anonymiser/generic_rules.h"
#include "anonymiser/scheme.h"
#include "pipeline/case/case_loader.h"

namespace dhr {
namespace {

// The generic rules the matcher uses: the built-in ones, then each rules file the case names.
Result<std::vector<GenericRule>> CaseGenericRules(FileSystem& fs, const Case& c) {
  auto generic = BuiltinGenericRules();
  if (!generic.ok()) return generic.status();
  std::vector<GenericRule> rules = std::move(generic).value();
  for (const std::string& file : c.rule_files) {
    auto more = LoadGenericRules(fs, InCaseFolder(c, file));
    if (!more.ok()) return more.status();
    rules.insert(rules.end(), more->begin(), more->end());
  }
  return rules;
}

// The codes agencies may write for the case's people: those assigned, the ones the case gives,
// and the scheme's codes of people whose pseudonym replaces their code in documents.
std::set<std::string> AgencyCodes(const Case& c, const Scheme& scheme, const std::vector<Identity>& identities) {
  std::set<std::string> codes;
  for (const Identity& identity : identities)
    if (identity.kind == IdentityKind::kPerson) codes.insert(identity.code);
  for (const Person& person : c.people)
    if (!person.code.empty()) codes.insert(person.code);
  Case without_pseudonyms = c;
  bool any_pseudonym = false;
  for (Person& person : without_pseudonyms.people) {
    any_pseudonym = any_pseudonym || !person.pseudonym.empty();
    person.pseudonym.clear();
  }
  if (!any_pseudonym) return codes;
  if (auto scheme_codes = AssignCodes(without_pseudonyms, scheme, nullptr); scheme_codes.ok())
    for (const Identity& identity : *scheme_codes)
      if (identity.kind == IdentityKind::kPerson) codes.insert(identity.code);
  return codes;
}

}  // namespace

Result<PreparedCase> PrepareCase(FileSystem& fs, const std::string& case_path, const PrepareOptions& options) {
  auto loaded = LoadCase(fs, case_path);
  if (!loaded.ok()) return loaded.status();
  PreparedCase prepared;
  prepared.the_case = std::move(loaded).value();
  const Case& c = prepared.the_case;
  prepared.warnings = c.warnings;

  auto scheme = SchemeForCase(fs, c);
  if (!scheme.ok()) return scheme.status();
  auto identities = AssignCodes(c, *scheme, &prepared.warnings);
  if (!identities.ok()) return identities.status();
  prepared.identities = std::move(identities).value();
  prepared.agency_codes = AgencyCodes(c, *scheme, prepared.identities);
  prepared.draft_codes =
      c.review.draft_names.empty() ? scheme->draft_names_codes : c.review.draft_names == "codes";

  MatcherInput input;
  input.identities = prepared.identities;
  input.keep = c.keep;
  input.extra_rules = c.rules;
  auto rules = CaseGenericRules(fs, c);
  if (!rules.ok()) return rules.status();
  input.generic_rules = std::move(rules).value();
  auto matcher = Matcher::Compile(input);
  if (!matcher.ok()) return matcher.status();
  prepared.matcher = std::make_unique<Matcher>(std::move(matcher).value());

  if (!options.scan_target) return prepared;
  auto target = scan::CompileScanTarget(c);
  if (!target.ok()) return target.status();
  prepared.scan_target = std::make_unique<scan::ScanTarget>(std::move(target).value());
  return prepared;
}

}  // namespace dhr
