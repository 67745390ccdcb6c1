// Date rules: precise dates, generalised to month and year as the guidance asks ("other
// identifying features, such as precise dates": use month and year).
//
// Input: a normalised text (anonymiser/normalise.h), its original, and a range to search. Output:
// a Candidate (anonymiser/candidate.h) for each precise date, replaced by "June 2022", the forms:
//   8 June 2022, 8th June 2022, 8th of June 2022, 8 Jun 2022, 8-Jun-22, June 8, 2022,
//   08/06/2022, 8.6.22, 8-6-2022 (day first, as in the UK; month first when the first number
//   cannot be the day: "06/22/2015", "1/16/18"), 2022-06-08, 2022-06-08T14:30; a numeric date may
//   touch a letter ("No12.04.2006"), never a digit;
//   with a weekday before ("Wednesday 8 June 2022"), a time after ("at 02:15", "14:30", "2pm"),
//   a range of days before ("8-10 June 2022", "8 and 10 June 2022": one month and year);
//   a day and month without a year ("on 8 June") become the month alone ("in June").
// "on" before a date is part of the match and reads "in" ("On" reads "In"). Two-digit years are
// 20yy up to the current two-digit year + 1 and 19yy above it (in 2025: 8.6.26 is 2026, 8.6.27 is
// 1927). Impossible dates (31/02/2022) are not dates. Month and year alone ("June 2022") are
// already general enough and are not matched. A dotted triple after a word that numbers parts of
// a document ("paragraph 4.2.15", "annex", "point", "section", "version"...) is a number, not a
// date; the leak scan keeps the same list (tests/engine_agreement_test.cpp).
// Covered by date_rules_test.cpp.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string_view>
#include <vector>

#include "anonymiser/candidate.h"
#include "anonymiser/normalise.h"
#include "base/status.h"

namespace dhr {

class DateRules {
 public:
  // `current_year` (e.g. 2025) places two-digit years.
  static Result<DateRules> Compile(int current_year);

  // Dates in [begin, end) of the normalised text; `original` gives the capital of "On".
  std::vector<Candidate> Find(const NormalisedText& text, std::string_view original, size_t begin,
                              size_t end) const;

  // Not copyable, movable.
  DateRules(DateRules&&) = default;
  DateRules& operator=(DateRules&&) = default;
  DateRules(const DateRules&) = delete;
  DateRules& operator=(const DateRules&) = delete;

 private:
  DateRules() = default;

  int current_year_ = 0;
  std::vector<std::unique_ptr<RE2>> forms_;
  // What each form cannot match without, looked for before it runs: a month's name (its first
  // three letters), or two digits with '/', '.' or '-' between them.
  std::vector<bool> needs_month_name_;
  std::vector<bool> needs_separated_digits_;
};

}  // namespace dhr
