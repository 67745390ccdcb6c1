#include "anonymiser/name_dictionary.h"

#include <doctest/doctest.h>

#include "anonymiser/normalise.h"

namespace dhr {
namespace {

TEST_CASE("anonymiser name dictionary: every name in one pass, longest first, with its index") {
  auto dictionary = NameDictionary::Compile(
      {"sian delacroix-webb", "sian", "delacroix-webb", "connor", "d'arcy", "sian"});
  REQUIRE(dictionary.ok());
  std::string text = NormaliseString("SIÂN DELACROIX WEBB met Connor D’Arcy and Siân.");
  auto hits = dictionary->Find(text, 0, text.size());
  REQUIRE(hits.size() == 4);
  CHECK(text.substr(hits[0].begin, hits[0].end - hits[0].begin) == "sian delacroix webb");
  CHECK(hits[0].name == 0);
  CHECK(hits[1].name == 3);
  CHECK(hits[2].name == 4);
  CHECK(hits[3].name == 1);  // the first name given with that key
}

TEST_CASE("anonymiser name dictionary: no names, no hits") {
  auto dictionary = NameDictionary::Compile({});
  REQUIRE(dictionary.ok());
  CHECK(dictionary->Find("anything", 0, 8).empty());
}

}  // namespace
}  // namespace dhr
