#include "anonymiser/pattern_rules.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

TEST_CASE("anonymiser pattern rules: extra rules match case- and accent-insensitively") {
  auto rules = PatternRules::Compile(
      {FromExtra({.id = "case-ref", .pattern = "DHR[- ]?\\d{4}/\\d+", .replacement = "[ref]"}),
       FromExtra({.id = "op", .pattern = "Opération Kestrel", .replacement = "the operation"})});
  REQUIRE(rules.ok());
  const std::string original = "see dhr-2022/14 and OPERATION KESTREL";
  NormalisedText text = Normalise(original);
  std::vector<size_t> which = rules->RulesMatching(text.text);
  CHECK(which == std::vector<size_t>{0, 1});
  auto found = rules->Find(text, original, which, 0, text.text.size());
  REQUIRE(found.size() == 2);
  CHECK(found[0].rule == "extra:case-ref");
  CHECK(found[0].rank == RuleRank::kExtra);
  CHECK(original.substr(found[0].begin, found[0].end - found[0].begin) == "dhr-2022/14");
  CHECK(found[1].replacement == "the operation");
}

TEST_CASE("anonymiser pattern rules: the Set leaves out rules that cannot match") {
  auto rules = PatternRules::Compile(
      {FromExtra({.id = "a", .pattern = "alpha", .replacement = "[a]"}),
       FromExtra({.id = "b", .pattern = "beta", .replacement = "[b]"})});
  REQUIRE(rules.ok());
  CHECK(rules->RulesMatching("only beta here") == std::vector<size_t>{1});
  CHECK(rules->RulesMatching("nothing").empty());
}

TEST_CASE("anonymiser pattern rules: a bad pattern is an error at the rule, never quoted") {
  auto rules = PatternRules::Compile({FromExtra(
      {.id = "name", .pattern = "(Siân", .replacement = "x", .pos = {"case.yaml", 12, 7}})});
  REQUIRE_FALSE(rules.ok());
  CHECK(rules.status().id() == "anonymiser.rule.bad_pattern");
  CHECK(rules.status().Describe().starts_with("case.yaml:12:7: "));
  CHECK(rules.status().message().find("Si") == std::string::npos);
}

TEST_CASE("anonymiser pattern rules: no rules") {
  auto rules = PatternRules::Compile({});
  REQUIRE(rules.ok());
  CHECK(rules->RulesMatching("text").empty());
}

}  // namespace
}  // namespace dhr
