#include "anonymiser/name_dictionary.h"

#include <algorithm>

#include "anonymiser/bounded_search.h"
#include "anonymiser/name_variants.h"

namespace dhr {
namespace {

// RE2's default budget (8 MiB) suits one pattern; the DFA of a few thousand names needs more to
// stay out of its slow fallback. The budget is an upper bound, not an allocation.
int64_t MemoryBudget(size_t names) {
  const int64_t base = int64_t{64} << 20;
  const int64_t per_name = int64_t{16} << 10;
  return std::min<int64_t>(base + per_name * static_cast<int64_t>(names), int64_t{1} << 30);
}

}  // namespace

Result<NameDictionary> NameDictionary::Compile(const std::vector<std::string>& names) {
  NameDictionary dictionary;
  std::string alternation;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string key = NameKey(names[i]);
    if (key.empty() || !dictionary.name_by_key_.emplace(key, i).second) continue;
    if (!alternation.empty()) alternation += '|';
    alternation += NamePattern(names[i]);
  }
  if (alternation.empty()) return dictionary;

  RE2::Options options(RE2::Quiet);  // the patterns are people's names: never log them
  options.set_longest_match(true);
  options.set_never_capture(true);
  options.set_max_mem(MemoryBudget(dictionary.name_by_key_.size()));
  dictionary.regex_ = std::make_unique<RE2>("(?:" + alternation + ")", options);
  if (!dictionary.regex_->ok()) {
    return Status::Error("anonymiser.names.too_many",
                         "the names of the case are too many to compile into one pattern (" +
                             std::to_string(dictionary.name_by_key_.size()) + " names)");
  }
  return dictionary;
}

std::vector<NameDictionary::Hit> NameDictionary::Find(std::string_view text, size_t begin,
                                                      size_t end) const {
  std::vector<Hit> hits;
  if (!regex_) return hits;
  for (const Span& span : FindBounded(*regex_, text, begin, end, WordBoundary::kLetter)) {
    std::string key = NameKey(text.substr(span.begin, span.end - span.begin));
    auto found = name_by_key_.find(key);
    // Every match has the key of some name: the patterns admit only separators the key drops.
    if (found == name_by_key_.end()) continue;
    hits.push_back({span.begin, span.end, found->second});
  }
  return hits;
}

}  // namespace dhr
