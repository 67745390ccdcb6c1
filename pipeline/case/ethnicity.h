// Ethnicity: the ONS 2021 ethnic categories for England and Wales, which the Home Office data
// collection form asks for, plus "Not known".
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace dhr {

// The 19 categories in ONS order, then "Not known".
std::span<const std::string_view> EthnicCategories();

// The category as the ONS writes it when `text` names one (ignoring ASCII case); otherwise "".
std::string CanonicalEthnicity(std::string_view text);

}  // namespace dhr
