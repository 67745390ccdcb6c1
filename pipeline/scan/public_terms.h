// Public terms: the names the check for undeclared names never reports, compiled for fast lookup.
//
// Input: the project's domain list (rules/public-terms.txt, built into the program) and a case:
// the public names its case.yaml already holds (partnership, Chair, author, panel members and
// their agencies, contributing agencies, police force, dissemination list) and its `allow:`
// entries. Output: a PublicTerms, a set of phrases of folded, lower-case words, looked up word by
// word from a position of a tokenised text (undeclared.h), and the single distinctive words of the
// case's organisations ("Northbrook" of "Northbrook Borough Council"), public on their own.
// A person's public name is also public without its title and as title + surname ("Dr Finch").
// Read-only once built; shared by threads. Covered by undeclared_test.cpp.
#pragma once

#include <unicode/unistr.h>

#include <cstdint>
#include <map>
#include <unordered_map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/case/case.h"

namespace dhr::scan {

// The domain list as built into the program.
std::string_view DomainPublicTermsText();

class PublicTerms {
 public:
  // Reads `domain_list` (one term a line, '#' comments) and the case's public names.
  static PublicTerms Build(std::string_view domain_list, const Case& case_model);

  // The number of words of the longest term that starts with words[i], words[i+1]... (folded,
  // lower case, possessives kept as written), or 0 when none does.
  size_t LongestAt(const std::vector<std::string_view>& words, size_t i) const;
  // A single word public on its own (a distinctive word of one of the case's organisations).
  bool IsPublicWord(std::string_view lower_word) const;

  size_t size() const { return count_; }

 private:
  void Add(std::string_view phrase);
  void AddPerson(std::string_view name);
  void AddOrganisation(std::string_view name);

  // First word -> the rest of each term starting with it; looked up by string_view without
  // building a string (the lookup runs for every capitalised word).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<std::vector<std::string>>, Hash, std::equal_to<>> terms_;
  std::set<std::string, std::less<>> words_;
  size_t count_ = 0;
};

// A word of a folded text: UTF-16 units [start, limit).
struct WordSpan {
  int32_t start = 0;
  int32_t limit = 0;
};

// The words of a folded text: runs of letters and digits joined by an internal apostrophe or
// hyphen ("O'Donnell", "Kerry-Ann"), with a possessive apostrophe at the end ("Magistrates'").
std::vector<WordSpan> SplitWords(const icu::UnicodeString& text);
// The next word of `text` from unit `i` on, as SplitWords splits them: false at the end; else
// `word` is set and `i` moved past it.
bool NextWord(const icu::UnicodeString& text, int32_t& i, WordSpan& word);
// One word in lower case, as UTF-8.
std::string LowerUtf8(const icu::UnicodeString& text, WordSpan span);
// The folded, lower-case words of a phrase, split as SplitWords splits text.
std::vector<std::string> LowerWords(std::string_view phrase);

}  // namespace dhr::scan
