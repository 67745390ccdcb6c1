#include "anonymiser/name_rules.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

Identity Person(std::string id, std::string code, std::vector<std::string> names) {
  Identity identity;
  identity.id = std::move(id);
  identity.code = std::move(code);
  identity.names = std::move(names);
  return identity;
}

std::vector<Candidate> Find(const NameRules& rules, const std::string& original) {
  NormalisedText text = Normalise(original);
  return rules.Find(text, original, 0, text.text.size());
}

TEST_CASE("anonymiser name rules: titles and possessives go with the name") {
  auto rules = NameRules::Compile({Person("person:0", "Adult X", {"Siân Delacroix-Webb"})});
  REQUIRE(rules.ok());
  const std::string text = "Ms Delacroix-Webb’s car";
  auto found = Find(rules.value(), text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == 0);
  CHECK(found[0].replacement == "Adult X’s");
  CHECK(found[0].rule == "name:person:0");
  CHECK(found[0].identity == "person:0");
}

TEST_CASE("anonymiser name rules: a shared variant belongs to the first identity, flagged") {
  Identity place;
  place.id = "place:0";
  place.kind = IdentityKind::kPlace;
  place.code = "the street";
  place.names = {"Price"};
  auto rules = NameRules::Compile({place, Person("person:0", "Adult XM", {"Ann Price"}),
                                   Person("person:1", "Adult XF", {"Tom Price"})});
  REQUIRE(rules.ok());
  auto found = Find(rules.value(), "Price");
  REQUIRE(found.size() == 1);
  CHECK(found[0].identity == "person:0");  // people before places, then input order
  CHECK(found[0].rank == RuleRank::kName);
  CHECK(found[0].ambiguous);
  found = Find(rules.value(), "Tom Price");
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].ambiguous);
}

TEST_CASE("anonymiser name rules: a name that is a month is the month before a year") {
  auto rules = NameRules::Compile({Person("person:0", "Adult X", {"June Hale"})});
  REQUIRE(rules.ok());
  CHECK(Find(rules.value(), "June 2022").empty());
  CHECK(Find(rules.value(), "in June '22").empty());
  CHECK(Find(rules.value(), "June said").size() == 1);
  CHECK(Find(rules.value(), "June 20222").size() == 1);
}

TEST_CASE("anonymiser name rules: names without a code are an error") {
  auto rules = NameRules::Compile({Person("person:0", "", {"Siân"})});
  REQUIRE_FALSE(rules.ok());
  CHECK(rules.status().id() == "anonymiser.identity.no_code");
  CHECK(NameRules::Compile({Person("person:0", "", {})}).ok());
}

}  // namespace
}  // namespace dhr
