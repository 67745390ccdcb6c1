// Name dictionary: many names compiled into one RE2 alternation, so that finding a thousand names
// costs one pass over the text, not a thousand.
//
// Input: normalised names (anonymiser/normalise.h); names with the same NameKey
// (anonymiser/name_variants.h) are one entry. Output, per search of a normalised text: every
// whole-word occurrence (no letter directly before or after) of any entry, leftmost-longest,
// non-overlapping, each with the index of the first name given that has its key. Searches are
// const and safe to run from many threads at once.
// Covered by name_dictionary_test.cpp.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dhr {

class NameDictionary {
 public:
  struct Hit {
    size_t begin = 0;  // byte range in the normalised text
    size_t end = 0;
    size_t name = 0;   // index into the names given to Compile
  };

  // Fails ("anonymiser.names.too_many") only when RE2 cannot fit the names in its memory budget.
  static Result<NameDictionary> Compile(const std::vector<std::string>& normalised_names);

  // Occurrences in [begin, end) of `text`; the rest of `text` is context for word boundaries.
  std::vector<Hit> Find(std::string_view text, size_t begin, size_t end) const;

  // Not copyable, movable.
  NameDictionary(NameDictionary&&) = default;
  NameDictionary& operator=(NameDictionary&&) = default;
  NameDictionary(const NameDictionary&) = delete;
  NameDictionary& operator=(const NameDictionary&) = delete;

 private:
  NameDictionary() = default;

  std::unique_ptr<RE2> regex_;  // null when there are no names
  std::unordered_map<std::string, size_t> name_by_key_;
};

}  // namespace dhr
