// UkDate: reads a date as agencies write them in their chronologies, day before month.
//
// Accepted: "22 May 2016", "22nd May 2016", "22-May-2016", "Sunday 22 May 2016", "22/05/2016",
// "22.05.2016", "22-05-2016", and the ISO form "2016-05-22". A leading "?" marks the date
// approximate. Refused, with a sentence saying why: two-digit years ("22/05/16"), a day that does
// not exist (30 February), month-first dates such as "05/22/2016" (the month cannot be 22), and
// anything else. Covered by uk_date_test.cpp.
#pragma once

#include <string_view>

#include "base/status.h"
#include "pipeline/chronology/chronology.h"

namespace dhr {

Result<ChronologyDate> ParseUkDate(std::string_view text);

}  // namespace dhr
