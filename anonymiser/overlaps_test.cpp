#include "anonymiser/overlaps.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

Candidate Make(size_t begin, size_t end, RuleRank rank, std::string rule, int order = 0) {
  return {.begin = begin, .end = end, .rank = rank, .order = order, .rule = std::move(rule)};
}

std::vector<std::string> Rules(const std::vector<Candidate>& candidates) {
  std::vector<std::string> out;
  for (const Candidate& c : candidates) out.push_back(c.rule);
  return out;
}

TEST_CASE("anonymiser overlaps: the longest wins, then the rank, then the earlier rule") {
  std::vector<Candidate> dropped;
  auto stand = ResolveOverlaps({Make(0, 4, RuleRank::kName, "first name"),
                                Make(0, 19, RuleRank::kName, "full name"),
                                Make(25, 35, RuleRank::kDate, "date"),
                                Make(25, 35, RuleRank::kGeneric, "generic", 1),
                                Make(25, 35, RuleRank::kGeneric, "earlier generic", 0),
                                Make(30, 45, RuleRank::kExtra, "extra")},
                               {}, &dropped);
  CHECK(Rules(stand) == std::vector<std::string>{"full name", "extra"});
  CHECK(dropped.size() == 4);
  stand = ResolveOverlaps({Make(0, 10, RuleRank::kDate, "date"),
                           Make(0, 10, RuleRank::kPlace, "place"),
                           Make(0, 10, RuleRank::kName, "name")},
                          {});
  CHECK(Rules(stand) == std::vector<std::string>{"name"});
}

TEST_CASE("anonymiser overlaps: nothing stands on a taken range") {
  auto stand = ResolveOverlaps({Make(0, 6, RuleRank::kName, "connor"),
                                Make(13, 19, RuleRank::kName, "connor again")},
                               {{0, 12}});
  CHECK(Rules(stand) == std::vector<std::string>{"connor again"});
}

TEST_CASE("anonymiser overlaps: the parts of ranges that others leave uncovered") {
  CHECK(Subtract({{0, 20}}, {{5, 8}, {2, 6}, {15, 30}}) == std::vector<Span>{{0, 2}, {8, 15}});
  CHECK(Subtract({{0, 20}}, {}) == std::vector<Span>{{0, 20}});
  CHECK(Subtract({{3, 5}}, {{0, 10}}).empty());
  CHECK(Subtract({{30, 40}, {0, 10}, {5, 12}}, {{8, 9}, {35, 36}}) ==
        std::vector<Span>{{0, 8}, {9, 12}, {30, 35}, {36, 40}});
}

}  // namespace
}  // namespace dhr
