#include "pipeline/case/relationship.h"

#include <algorithm>
#include <array>

namespace dhr {
namespace {

constexpr std::array<std::string_view, 2> kRoles = {kVictimRole, kPerpetratorRole};

constexpr std::array<std::string_view, 28> kGendered = {
    "mother",       "father",       "stepmother",  "stepfather",  "brother",  "sister",
    "half-brother", "half-sister",  "stepbrother", "stepsister",  "son",      "daughter",
    "stepson",      "stepdaughter", "grandmother", "grandfather", "grandson", "granddaughter",
    "aunt",         "uncle",        "niece",       "nephew",      "husband",  "wife",
    "ex-husband",   "ex-wife",      "boyfriend",   "girlfriend"};

constexpr std::array<std::string_view, 46> kAll = {
    // family: parents, siblings, children, wider family
    "mother", "father", "parent", "stepmother", "stepfather", "step-parent", "brother", "sister",
    "sibling", "half-brother", "half-sister", "stepbrother", "stepsister", "son", "daughter",
    "child", "stepson", "stepdaughter", "stepchild", "grandmother", "grandfather", "grandparent",
    "grandson", "granddaughter", "grandchild", "aunt", "uncle", "niece", "nephew", "cousin",
    "relative",
    // partners, then the household and the wider circle the review hears from
    "partner", "ex-partner", "husband", "wife", "ex-husband", "ex-wife", "boyfriend", "girlfriend",
    "in-law", "household member", "lodger", "carer", "friend", "neighbour", "colleague"};

bool Contains(std::span<const std::string_view> words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

std::span<const std::string_view> PersonRoles() { return kRoles; }
std::span<const std::string_view> KnownRelationships() { return kAll; }
bool IsKnownRelationship(std::string_view word) { return Contains(kAll, word); }

bool IsGenderedRelationship(std::string_view word) { return Contains(kGendered, word); }

}  // namespace dhr
