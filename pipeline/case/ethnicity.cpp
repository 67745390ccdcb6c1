#include "pipeline/case/ethnicity.h"

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
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
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
