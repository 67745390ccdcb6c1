// Filters: the functions a value tag applies to its text, left to right.
//
//   date        "2022-06-08" -> "8 June 2022" (UK long form)
//   month_year  "2022-06-08" or "2022-06" -> "June 2022" (what title pages and published reports use)
//   upper       "Siân" -> "SIÂN" (full Unicode case mapping)
//   lower       "SIÂN" -> "siân"
//   default: "text"   the text when the value is missing or empty
// Input: the text of a value (empty when missing) and whether it was missing. Output: the new text,
// or a Status "fill.bad_date" when a date filter meets a text that is not a date "YYYY-MM-DD".
// Covered by filters_test.cpp.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "pipeline/fill/tag_syntax.h"

namespace dhr {

bool IsKnownFilter(std::string_view name);
bool FilterTakesArgument(std::string_view name);
// "date, month_year, upper, lower, default", for messages.
std::string KnownFilterNames();

// Applies `filter` to `text` in place. `missing` says the value was absent (or null or empty);
// default clears it. Filters other than default leave a missing value empty.
Status ApplyFilter(const Filter& filter, std::string& text, bool& missing);

}  // namespace dhr
