#include "anonymiser/generic_rules.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <set>

#include "anonymiser/pattern_error.h"

namespace dhr {
namespace {

Location At(const std::string& file, const YAML::Mark& mark) {
  Location where{.file = file};
  if (mark.line >= 0) where.line = mark.line + 1;
  if (mark.column >= 0) where.column = mark.column + 1;
  return where;
}

Status Error(std::string id, std::string message, const std::string& file,
             const YAML::Mark& mark) {
  return Status::Error(std::move(id), std::move(message), At(file, mark));
}

bool IsRuleId(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

// One item of `rules:`; `ids` collects the ids seen so far.
Result<GenericRule> ParseRule(const YAML::Node& item, const std::string& file,
                              std::set<std::string>& ids) {
  if (!item.IsMap()) {
    return Error("anonymiser.rules.shape", "each rule is a mapping with id, pattern and replacement",
                 file, item.Mark());
  }
  GenericRule rule;
  rule.pos = {.file = file, .line = item.Mark().line + 1, .column = item.Mark().column + 1};
  std::string check;
  YAML::Mark pattern_mark = item.Mark();
  for (auto it = item.begin(); it != item.end(); ++it) {
    const YAML::Node key_node = it->first;  // copies: the iterator's pair is a temporary
    const YAML::Node value = it->second;
    const std::string key = key_node.Scalar();
    std::string* field = key == "id"            ? &rule.id
                         : key == "pattern"     ? &rule.pattern
                         : key == "replacement" ? &rule.replacement
                         : key == "check"       ? &check
                                                : nullptr;
    if (field == nullptr) {
      return Error("anonymiser.rules.unknown_key",
                   "unknown key \"" + key + "\"; a rule has id, pattern, replacement and check",
                   file, key_node.Mark());
    }
    if (!value.IsScalar()) {
      return Error("anonymiser.rules.shape", "\"" + key + "\" must be text", file, value.Mark());
    }
    *field = value.Scalar();
    if (key == "pattern") pattern_mark = value.Mark();
    if (key == "check" && !RuleCheckNamed(check)) {
      return Error("anonymiser.rules.unknown_check",
                   "unknown check \"" + check +
                       "\"; the checks are nhs-number, ni-number and street-address",
                   file, value.Mark());
    }
  }
  for (auto [name, text] : {std::pair{"id", &rule.id}, std::pair{"pattern", &rule.pattern},
                            std::pair{"replacement", &rule.replacement}}) {
    if (text->empty()) {
      return Error("anonymiser.rules.missing_key",
                   std::string("the rule has no ") + name, file, item.Mark());
    }
  }
  if (!IsRuleId(rule.id)) {
    return Error("anonymiser.rules.bad_id",
                 "the id \"" + rule.id + "\" must be lower-case letters, digits, - and _", file,
                 item.Mark());
  }
  if (!ids.insert(rule.id).second) {
    return Error("anonymiser.rules.duplicate_id", "a rule with id \"" + rule.id + "\" came before",
                 file, item.Mark());
  }
  RE2 compiled(rule.pattern, RE2::Quiet);
  if (!compiled.ok()) {
    return Error("anonymiser.rules.bad_pattern",
                 "the pattern of rule \"" + rule.id + "\" does not compile: " +
                     PatternErrorDescription(compiled.error_code()),
                 file, pattern_mark);
  }
  rule.check = *RuleCheckNamed(check);
  return rule;
}

Result<std::vector<GenericRule>> ParseRules(const YAML::Node& root, const std::string& file) {
  if (!root.IsMap()) {
    return Error("anonymiser.rules.shape", "a rules file is a mapping with the key \"rules\"",
                 file, root.Mark());
  }
  std::vector<GenericRule> rules;
  std::set<std::string> ids;
  for (auto it = root.begin(); it != root.end(); ++it) {
    const YAML::Node key = it->first;  // copies: the iterator's pair is a temporary
    const YAML::Node value = it->second;
    if (key.Scalar() != "rules") {
      return Error("anonymiser.rules.unknown_key",
                   "unknown key \"" + key.Scalar() + "\"; a rules file has \"rules\"", file,
                   key.Mark());
    }
    if (!value.IsSequence()) {
      return Error("anonymiser.rules.shape", "\"rules\" must be a list", file, value.Mark());
    }
    for (const YAML::Node& item : value) {
      Result<GenericRule> rule = ParseRule(item, file, ids);
      if (!rule.ok()) return rule.status();
      rules.push_back(std::move(rule.value()));
    }
  }
  return rules;
}

}  // namespace

Result<std::vector<GenericRule>> ParseGenericRules(std::string_view yaml, const std::string& file) {
  try {
    return ParseRules(YAML::Load(std::string(yaml)), file);
  } catch (const YAML::Exception& e) {
    return Error("anonymiser.rules.yaml", "not valid YAML: " + e.msg, file, e.mark);
  } catch (const std::exception& e) {
    return Status::Error("anonymiser.rules.yaml", std::string("cannot read the rules: ") + e.what(),
                         {.file = file});
  }
}

Result<std::vector<GenericRule>> LoadGenericRules(FileSystem& files, const std::string& path) {
  Result<std::string> text = files.Read(path);
  if (!text.ok()) return text.status();
  return ParseGenericRules(text.value(), path);
}

Result<std::vector<GenericRule>> BuiltinGenericRules() {
  return ParseGenericRules(BuiltinGenericRulesYaml(), "rules/generic.yaml (built in)");
}

}  // namespace dhr
