#include "anonymiser/titles.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

// The original text from the title before `name` (its first occurrence) to the end of `name`.
std::string WithTitle(const std::string& original, const std::string& name) {
  NormalisedText text = Normalise(original);
  size_t begin = text.text.find(NormaliseString(name));
  REQUIRE(begin != std::string::npos);
  size_t start = TitleStart(text, original, begin);
  size_t from = text.OriginalBegin(start);
  return original.substr(from, text.OriginalEnd(begin + NormaliseString(name).size()) - from);
}

TEST_CASE("anonymiser titles: the title before a name goes with it") {
  CHECK(WithTitle("said Ms Delacroix-Webb.", "Delacroix-Webb") == "Ms Delacroix-Webb");
  CHECK(WithTitle("said Mr. Nowak.", "Nowak") == "Mr. Nowak");
  CHECK(WithTitle("DR\u00A0NOWAK", "Nowak") == "DR\u00A0NOWAK");
  CHECK(WithTitle("by PC Walsh", "Walsh") == "PC Walsh");
  CHECK(WithTitle("by Det Sgt Walsh", "Walsh") == "Det Sgt Walsh");
  CHECK(WithTitle("by Detective Chief Inspector Walsh", "Walsh") ==
        "Detective Chief Inspector Walsh");
  CHECK(WithTitle("Prof Dr Nowak", "Nowak") == "Prof Dr Nowak");
}

TEST_CASE("anonymiser titles: words that only look like titles stay") {
  CHECK(WithTitle("did not miss Kez", "Kez") == "Kez");
  CHECK(WithTitle("her sister Siân", "Siân") == "Siân");
  CHECK(WithTitle("Di Walsh", "Walsh") == "Walsh");      // Di, a first name
  CHECK(WithTitle("DI Walsh", "Walsh") == "DI Walsh");   // DI, a rank
  CHECK(WithTitle("Adams Walsh", "Walsh") == "Walsh");   // "ms" ends the word but is not one
  CHECK(WithTitle("MsWalsh", "Walsh") == "Walsh");
}

TEST_CASE("anonymiser titles: names written with their title") {
  CHECK(NormalisedNameWithoutTitles("Dr Tomasz Nowak") == "tomasz nowak");
  CHECK(NormalisedNameWithoutTitles("Det. Sgt. Ann Walsh") == "ann walsh");
  CHECK(NormalisedNameWithoutTitles("Di Walsh") == "di walsh");
  CHECK(NormalisedNameWithoutTitles("Dr") == "dr");
  CHECK(IsTitle("mrs"));
  CHECK_FALSE(IsTitle("sister"));
  CHECK_FALSE(IsTitle("di"));
}

}  // namespace
}  // namespace dhr
