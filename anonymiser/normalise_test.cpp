#include "anonymiser/normalise.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

// The original text that produced the normalised range [begin, end).
std::string OriginalOf(std::string_view original, const NormalisedText& n, size_t begin,
                       size_t end) {
  size_t b = n.OriginalBegin(begin);
  return std::string(original.substr(b, n.OriginalEnd(end) - b));
}

TEST_CASE("anonymiser normalise: accents, case and ALL CAPS fold to one form") {
  CHECK(NormaliseString("Siân") == "sian");
  CHECK(NormaliseString("SIÂN DELACROIX-WEBB") == "sian delacroix-webb");
  CHECK(NormaliseString("Zoë Łukasz Søren Æthel") == "zoe lukasz soren aethel");
  CHECK(NormaliseString("Straße") == "strasse");
  CHECK(NormaliseString("ﬁnn") == "finn");
  CHECK(NormaliseString("Ｓｉａｎ") == "sian");
  // A decomposed accent (e + U+0301) folds like the precomposed one.
  CHECK(NormaliseString("Jose\xCC\x81") == NormaliseString("José"));
}

TEST_CASE("anonymiser normalise: apostrophes, hyphens, spaces and soft hyphens") {
  CHECK(NormaliseString("D’Arcy") == "d'arcy");
  CHECK(NormaliseString("D‘Arcy D`Arcy DʼArcy") == "d'arcy d'arcy d'arcy");
  CHECK(NormaliseString("Siân\u00A0Delacroix\u2011Webb") == "sian delacroix-webb");
  CHECK(NormaliseString("Delacroix\u2010Webb Delacroix\u2013Webb") ==
        "delacroix-webb delacroix-webb");
  CHECK(NormaliseString("Del\u00ADa\u00ADcroix") == "delacroix");
  CHECK(NormaliseString("Kez\u200Bia") == "kezia");
  CHECK(NormaliseString("a\tb\nc\u2007d\u202Fe") == "a b c d e");
  // An em dash is punctuation between words, not a hyphen inside a name.
  CHECK(NormaliseString("Siân\u2014the victim") == "sian\u2014the victim");
}

TEST_CASE("anonymiser normalise: case can be kept for rule patterns") {
  CHECK(NormaliseString("Siân [A-Z]’s", CaseFolding::kKeep) == "Sian [A-Z]'s");
  CHECK(NormaliseString("ŁUKASZ", CaseFolding::kKeep) == "LUKASZ");
}

TEST_CASE("anonymiser normalise: every normalised byte maps back into the original") {
  const std::string original = "Ms SIÂN\u00A0D\u00AD’Arcy’s car";
  NormalisedText n = Normalise(original);
  REQUIRE(n.text == "ms sian d'arcy's car");
  REQUIRE(n.origin.size() == n.text.size() + 1);
  CHECK(n.origin.back() == original.size());
  size_t name = n.text.find("sian");
  CHECK(OriginalOf(original, n, name, name + 4) == "SIÂN");
  size_t surname = n.text.find("d'arcy");
  CHECK(OriginalOf(original, n, surname, surname + 6) == "D\u00AD’Arcy");
  CHECK(OriginalOf(original, n, 0, n.text.size()) == original);
}

TEST_CASE("anonymiser normalise: a range ending in an expanded or accented letter covers it") {
  const std::string expanded = "Straße!";
  NormalisedText n = Normalise(expanded);
  REQUIRE(n.text == "strasse!");
  // "stras" ends inside the two letters of ß: the original range takes the whole ß.
  CHECK(OriginalOf(expanded, n, 0, 5) == "Straß");
  const std::string decomposed = "Jose\xCC\x81 said";
  NormalisedText d = Normalise(decomposed);
  CHECK(OriginalOf(decomposed, d, 0, 4) == "Jose\xCC\x81");
}

TEST_CASE("anonymiser normalise: ill-formed UTF-8 reads as U+FFFD and keeps its place") {
  const std::string original = "a\xFF" "b";
  NormalisedText n = Normalise(original);
  CHECK(n.text == "a\uFFFDb");
  CHECK(n.OriginalBegin(n.text.size() - 1) == 2);
}

TEST_CASE("anonymiser normalise: letters and digits around a position") {
  const std::string text = NormaliseString("siane 2 kez");
  CHECK(LetterAt(text, 4));
  CHECK_FALSE(LetterAt(text, 5));
  CHECK(LetterBefore(text, 5));
  CHECK_FALSE(LetterBefore(text, 0));
  CHECK_FALSE(LetterAt(text, text.size()));
  CHECK(AlnumAt(text, 6));
  CHECK_FALSE(LetterAt(text, 6));
  CHECK(LetterBefore("\xCE\xA3", 2));  // Greek capital sigma
  CHECK(NextCodePoint("\xCE\xA3x", 0) == 2);
}

}  // namespace
}  // namespace dhr
