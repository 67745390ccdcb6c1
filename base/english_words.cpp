#include "base/english_words.h"

#include <cctype>
#include <string>
#include <unordered_set>

#include "base/embedded_file.h"

// The word list's bytes (DHR_WORD_LIST is the path CMake found the list at).
DHR_EMBED_FILE(dhr_english_word_list, DHR_WORD_LIST)

namespace dhr {
namespace {

struct WordSets {
  std::unordered_set<std::string_view> lower;   // "rose"
  std::unordered_set<std::string_view> proper;  // "Rose"
};

std::string_view WithoutPossessive(std::string_view word) {
  if (word.size() > 2 && word.substr(word.size() - 2) == "'s") return word.substr(0, word.size() - 2);
  if (word.size() > 1 && word.back() == '\'') return word.substr(0, word.size() - 1);
  return word;
}

const WordSets& Sets() {
  static const WordSets sets = [] {
    WordSets s;
    const std::string_view all = EmbeddedBytes(dhr_english_word_list, dhr_english_word_list_end);
    size_t start = 0;
    while (start < all.size()) {
      size_t end = all.find('\n', start);
      if (end == std::string_view::npos) end = all.size();
      std::string_view word = all.substr(start, end - start);
      start = end + 1;
      // The list also spells every possessive ("rose's"); the lookups strip them instead.
      if (word.empty() || WithoutPossessive(word).size() != word.size()) continue;
      const unsigned char first = static_cast<unsigned char>(word.front());
      (std::isupper(first) ? s.proper : s.lower).insert(word);
    }
    return s;
  }();
  return sets;
}

}  // namespace

bool IsOrdinaryEnglishWord(std::string_view word) {
  word = WithoutPossessive(word);
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return Sets().lower.count(lower) > 0;
}

bool IsProperNounInWordList(std::string_view word) {
  word = WithoutPossessive(word);
  if (word.empty()) return false;
  std::string proper(word);
  for (size_t i = 1; i < proper.size(); ++i)
    proper[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(proper[i])));
  proper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(proper[0])));
  return Sets().proper.count(proper) > 0;
}

size_t EnglishWordCount() { return Sets().lower.size() + Sets().proper.size(); }

}  // namespace dhr
