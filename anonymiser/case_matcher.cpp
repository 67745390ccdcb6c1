#include "anonymiser/case_matcher.h"

#include "anonymiser/code_assignment.h"
#include "anonymiser/generic_rules.h"
#include "anonymiser/scheme.h"
#include "pipeline/case/case_loader.h"

namespace dhr {

Result<CaseMatcher> PrepareCaseMatcher(FileSystem& fs, const std::string& case_path) {
  auto loaded = LoadCase(fs, case_path);
  if (!loaded.ok()) return loaded.status();
  CaseMatcher prepared;
  prepared.the_case = std::move(loaded).value();
  const Case& c = prepared.the_case;
  for (const Status& warning : c.warnings) prepared.warnings.push_back(warning.Describe());

  auto scheme = SchemeForCase(fs, c);
  if (!scheme.ok()) return scheme.status();
  auto identities = AssignCodes(c, *scheme, &prepared.warnings);
  if (!identities.ok()) return identities.status();
  prepared.identities = std::move(identities).value();

  MatcherInput input;
  input.identities = prepared.identities;
  input.keep = c.keep;
  input.extra_rules = c.rules;
  auto generic = BuiltinGenericRules();
  if (!generic.ok()) return generic.status();
  std::vector<GenericRule> rules = std::move(generic).value();
  for (const std::string& file : c.rule_files) {
    const std::string path = c.folder.empty() || (!file.empty() && file.front() == '/') ? file : c.folder + "/" + file;
    auto more = LoadGenericRules(fs, path);
    if (!more.ok()) return more.status();
    rules.insert(rules.end(), more->begin(), more->end());
  }
  input.generic_rules = std::move(rules);
  auto matcher = Matcher::Compile(input);
  if (!matcher.ok()) return matcher.status();
  prepared.matcher = std::make_unique<Matcher>(std::move(matcher).value());
  return prepared;
}

}  // namespace dhr
