#include "pipeline/case/ethnicity.h"
#include "base/text.h"

#include <array>
#include <cctype>

namespace dhr {
namespace {

constexpr std::array<std::string_view, 20> kCategories = {
    // Asian, Asian British or Asian Welsh
    "Bangladeshi", "Chinese", "Indian", "Pakistani", "Other Asian",
    // Black, Black British, Black Welsh, Caribbean or African
    "African", "Caribbean", "Other Black",
    // Mixed or Multiple ethnic groups
    "White and Asian", "White and Black African", "White and Black Caribbean",
    "Other Mixed or Multiple ethnic groups",
    // White
    "English, Welsh, Scottish, Northern Irish or British", "Irish", "Gypsy or Irish Traveller",
    "Roma", "Other White",
    // Other ethnic group
    "Arab", "Any other ethnic group", "Not known"};

bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  return EqualsIgnoringAsciiCase(a, b);
}

}  // namespace

std::span<const std::string_view> EthnicCategories() { return kCategories; }

std::string CanonicalEthnicity(std::string_view text) {
  for (std::string_view category : kCategories) {
    if (EqualIgnoringCase(text, category)) return std::string(category);
  }
  return "";
}

}  // namespace dhr
