#include "anonymiser/embedded_rules.h"

#include "anonymiser/generic_rules.h"
#include "anonymiser/scheme.h"

namespace dhr {

std::string_view EmbeddedRulesFile(std::string_view name) {
  for (size_t i = 0; i < kEmbeddedRuleCount; ++i)
    if (name == kEmbeddedRules[i].name)
      return {reinterpret_cast<const char*>(kEmbeddedRules[i].bytes), kEmbeddedRules[i].size};
  return {};
}

std::string_view DefaultSchemeText() { return EmbeddedRulesFile("scheme-sheffield.yaml"); }

std::string_view BuiltinGenericRulesYaml() { return EmbeddedRulesFile("generic.yaml"); }

}  // namespace dhr
