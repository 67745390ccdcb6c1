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

struct Neutral {
  std::string_view gendered, neutral;
};

constexpr std::array<Neutral, 28> kNeutral = {{
    {"mother", "parent"},          {"father", "parent"},           {"stepmother", "step-parent"},
    {"stepfather", "step-parent"}, {"brother", "sibling"},         {"sister", "sibling"},
    {"half-brother", "half-sibling"}, {"half-sister", "half-sibling"}, {"stepbrother", "step-sibling"},
    {"stepsister", "step-sibling"}, {"son", "child"},              {"daughter", "child"},
    {"stepson", "stepchild"},      {"stepdaughter", "stepchild"},  {"grandmother", "grandparent"},
    {"grandfather", "grandparent"}, {"grandson", "grandchild"},    {"granddaughter", "grandchild"},
    {"aunt", "parent's sibling"},  {"uncle", "parent's sibling"},  {"niece", "sibling's child"},
    {"nephew", "sibling's child"}, {"husband", "partner"},         {"wife", "partner"},
    {"ex-husband", "ex-partner"},  {"ex-wife", "ex-partner"},      {"boyfriend", "partner"},
    {"girlfriend", "partner"},
}};

}  // namespace

std::string_view NeutralRelationship(std::string_view word) {
  for (const Neutral& n : kNeutral)
    if (n.gendered == word) return n.neutral;
  return word;
}

std::span<const std::string_view> PersonRoles() { return kRoles; }
std::span<const std::string_view> KnownRelationships() { return kAll; }
bool IsKnownRelationship(std::string_view word) { return Contains(kAll, word); }

bool IsGenderedRelationship(std::string_view word) { return Contains(kGendered, word); }

}  // namespace dhr
