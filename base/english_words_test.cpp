#include "base/english_words.h"

#include <doctest/doctest.h>

namespace dhr {

TEST_CASE("english words: the embedded list is the whole of wbritish's british-english") {
  // The list has about 100,000 entries; a short or empty embed would make every name "unknown".
  CHECK(EnglishWordCount() > 60000);
}

TEST_CASE("english words: ordinary words in any case, possessives stripped") {
  CHECK(IsOrdinaryEnglishWord("practice"));
  CHECK(IsOrdinaryEnglishWord("Practice"));
  CHECK(IsOrdinaryEnglishWord("PRACTICE"));
  CHECK(IsOrdinaryEnglishWord("children's"));
  CHECK(IsOrdinaryEnglishWord("nurses'"));
  CHECK(IsOrdinaryEnglishWord("dean"));  // a name that is also a word
  CHECK_FALSE(IsOrdinaryEnglishWord("Hartley"));
  CHECK_FALSE(IsOrdinaryEnglishWord("Tasha's"));
  CHECK_FALSE(IsOrdinaryEnglishWord(""));
}

TEST_CASE("english words: proper nouns are the capitalised entries") {
  CHECK(IsProperNounInWordList("Michelle"));
  CHECK(IsProperNounInWordList("MICHELLE"));
  CHECK(IsProperNounInWordList("Dean"));
  CHECK(IsProperNounInWordList("London"));
  CHECK_FALSE(IsProperNounInWordList("Practice"));
  CHECK_FALSE(IsProperNounInWordList("Kowalczyk"));
}

}  // namespace dhr
