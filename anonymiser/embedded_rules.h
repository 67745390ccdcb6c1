// The rule files dhr ships (rules/*.yaml), compiled into the program so that it works wherever it
// is installed. The definitions are generated at build time by dhr_pack_templates
// (tools/pack_templates.cpp) from the files themselves: there is no copy to keep equal.
// Covered by tests/pack_templates_test.cpp (every file, byte for byte).
#pragma once

#include <cstddef>
#include <string_view>

namespace dhr {

struct EmbeddedRules {
  const char* name;             // the file's name in rules/: "generic.yaml"
  const unsigned char* bytes;   // the file's bytes; static storage
  size_t size;
};

// In name order.
extern const EmbeddedRules kEmbeddedRules[];
extern const size_t kEmbeddedRuleCount;

// The bytes of rules/NAME as built in (static storage); empty when dhr ships no such file.
std::string_view EmbeddedRulesFile(std::string_view name);

}  // namespace dhr
