// IsoDate: reads a calendar date written YYYY-MM-DD, the only date form case files accept.
#pragma once

#include <string_view>

#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

// The date, or an error ("case.date") saying what is wrong without repeating the text: the form is
// not YYYY-MM-DD, or the day does not exist (2023-02-30, 2023-13-01).
Result<Date> ParseIsoDate(std::string_view text);

}  // namespace dhr
