// FindChildGenderWords (undeclared.h): gendered words in a sentence that names a child by code.
#include <unicode/uchar.h>

#include "pipeline/scan/undeclared.h"
#include "pipeline/scan/undeclared_words.h"

namespace dhr::scan {

using undeclared_detail::GenderedWords;

std::vector<Utf16Span> FindChildGenderWords(const icu::UnicodeString& folded) {
  std::vector<Utf16Span> out;
  const std::vector<WordSpan> words = SplitWords(folded);
  size_t sentence = 0;
  auto close_sentence = [&](size_t end) {
    bool child = false;
    for (size_t k = sentence; k + 1 < end && !child; ++k) {
      const std::string lower = LowerUtf8(folded, words[k]);
      if (lower != "child") continue;
      icu::UnicodeString code(folded, words[k + 1].start, words[k + 1].limit - words[k + 1].start);
      child = u_isUUppercase(code.char32At(0));
    }
    if (child)
      for (size_t k = sentence; k < end; ++k)
        if (GenderedWords().count(LowerUtf8(folded, words[k]))) out.push_back({words[k].start, words[k].limit});
    sentence = end;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size()) {
      bool ends = false;
      for (int32_t k = words[i].limit; k < words[i + 1].start; ++k) {
        const char16_t c = folded.charAt(k);
        ends = ends || c == '.' || c == '!' || c == '?';
      }
      if (ends) close_sentence(i + 1);
    }
  }
  close_sentence(words.size());
  return out;
}

}  // namespace dhr::scan
