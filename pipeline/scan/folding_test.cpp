#include "pipeline/scan/folding.h"

#include <doctest/doctest.h>

#include <string>

namespace dhr::scan {
namespace {

std::string Folded(std::string_view text, FoldOptions options = {}) {
  std::string out;
  return FoldForScan(text, options).text.toUTF8String(out);
}

TEST_CASE("scan folding: accents, ligatures and full-width letters") {
  CHECK(Folded("Siân Délacroix") == "Sian Delacroix");
  CHECK(Folded("Sia\u0302n") == "Sian");                  // a combining mark typed apart
  CHECK(Folded("\uFB01ona") == "fiona");                  // ligature
  CHECK(Folded("\uFF23\uFF4F\uFF4E") == "Con");           // full-width
  CHECK(Folded("Zoë Łukasz") == "Zoe \u0141ukasz");        // Ł has no decomposition: kept
}

TEST_CASE("scan folding: apostrophes, spaces, hyphens and invisible characters") {
  CHECK(Folded("D\u2019Arcy D\u2018Arcy D\u02BCArcy D\u00B4Arcy") == "D'Arcy D'Arcy D'Arcy D'Arcy");
  CHECK(Folded("Connor\u00A0D'Arcy\u202Fx") == "Connor D'Arcy x");
  CHECK(Folded("Delacroix\u2010Webb\u2011a\u2013b") == "Delacroix-Webb-a-b");
  CHECK(Folded("Con\u00ADnor Co\u200Bnnor") == "Connor Connor");
}

TEST_CASE("scan folding: offsets map back to the source bytes") {
  const std::string source = "x Siân\u00ADs";
  const FoldedText folded = FoldForScan(source);
  std::string text;
  CHECK(folded.text.toUTF8String(text) == "x Sians");
  // "Sian" is units 2..6 of the folded text and bytes 2..7 of the source ("â" takes two bytes).
  CHECK(folded.SourceRange(2, 6) == std::pair<size_t, size_t>(2, 7));
  CHECK(folded.SourceRange(2, 7) == std::pair<size_t, size_t>(2, source.size()));
  CHECK(folded.SourceRange(3, 3) == std::pair<size_t, size_t>(3, 3));
}

TEST_CASE("scan folding: plain ASCII folds to itself with the same offsets as the general path") {
  // The same text with a character beyond ASCII after it takes the general path; every range
  // inside the ASCII part, and past its end, must map to the same bytes.
  for (const std::string& ascii : {std::string("Connor D'Arcy met Grace%20Okonkwo at 14 Acacia Ave."), std::string("x"),
                                  std::string("tab\tand\nnew line"), std::string()}) {
    const FoldedText plain = FoldForScan(ascii);
    const FoldedText general = FoldForScan(ascii + "\u00E9");
    REQUIRE(plain.identity);
    REQUIRE_FALSE(general.identity);
    std::string text;
    CHECK(plain.text.toUTF8String(text) == ascii);
    const auto n = static_cast<int32_t>(ascii.size());
    for (int32_t start = 0; start <= n + 1; ++start) {
      for (int32_t limit = start; limit <= n + 1; ++limit) {
        auto expected = general.SourceRange(start, std::min(limit, n));
        if (start >= n) expected = {ascii.size(), ascii.size()};  // past the end: the end
        CHECK_MESSAGE(plain.SourceRange(start, limit) == expected, ascii << " [" << start << ", " << limit << ")");
      }
    }
  }
  CHECK_FALSE(FoldForScan("a`b").identity);  // a grave accent is an apostrophe
}

TEST_CASE("scan folding: joined words split, URL escapes decoded") {
  FoldOptions split;
  split.split_joined_words = true;
  split.decode_percent = true;
  CHECK(Folded("_ConnorDArcy2", split) == " Connor DArcy 2");
  CHECK(Folded("connor-darcy.docx", split) == "connor darcy docx");
  CHECK(Folded("Users/Grace%20Okonkwo", split) == "Users/Grace Okonkwo");
  CHECK(Folded("Grace%20Okonkwo") == "Grace%20Okonkwo");
  const std::string source = "a%20b";
  const FoldedText folded = FoldForScan(source, split);
  CHECK(folded.SourceRange(0, 3) == std::pair<size_t, size_t>(0, 5));
}

TEST_CASE("scan folding: a text that splitting leaves unchanged folds the same with either options") {
  FoldOptions split;
  split.split_joined_words = true;
  split.decode_percent = true;
  int unchanged = 0;
  for (const char* text : {"123", "preserve", "single", "Connor Walsh", "CONNOR", "Connor", "a b/c:d", "",
                           "ConnorWalsh", "connor2", "2connor", "_Ref12", "a-b", "a.b", "a%20b", "a`b",
                           "Sia\u0302n", "Si\u00E2n", "x_", "mcDonald"}) {
    // Only ever a safe answer: a text said to be unchanged is unchanged.
    const bool predicted = SplitChangesNothing(text);
    CHECK_MESSAGE((!predicted || Folded(text) == Folded(text, split)), text);
    if (predicted) {
      // The same map back to the source, unit for unit.
      const FoldedText plain = FoldForScan(text);
      const FoldedText joined = FoldForScan(text, split);
      for (int32_t i = 0; i < plain.text.length(); ++i)
        CHECK(plain.SourceRange(i, i + 1) == joined.SourceRange(i, i + 1));
      ++unchanged;
    }
  }
  CHECK(unchanged == 8);
}

TEST_CASE("scan folding: invalid UTF-8 does not stop the fold") {
  CHECK(Folded(std::string("Con\xFFnor", 7)) == "Con\uFFFDnor");
}

}  // namespace
}  // namespace dhr::scan
