// ReviewChecks: the checks on the review's facts that need the whole case, run after every entry
// has been read; also fills in what follows from the facts.
//
// - Each person's age at the homicide is computed from their date of birth and the homicide's
//   date when both are given; an age written as well must agree with it.
// - When the case has `data_form:`, the fields the Home Office form asks for must be present: the
//   partnership, local reference, police force and Chair; the homicide's date, place and method;
//   the victim's and perpetrator's gender, age and ethnicity; their relationship to each other.
// - The review's dates are in order: referral <= decision <= Home Office notified <= started <=
//   completed <= submitted.
// - A review completed more than six months after the decision gets a warning (not an error):
//   the report must explain the delay.
// Messages never repeat a name or a date of birth.
#pragma once

#include "pipeline/case/case.h"
#include "pipeline/case/case_yaml.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {

// Fills in computed ages in `c`, and records each problem in `reader` at the positions noted in
// `where`.
void CheckReviewFacts(Case* c, const CaseSourceMap& where, YamlReader& reader);

// Whole years from `born` to `on` (negative when `on` is earlier).
int AgeOn(const Date& born, const Date& on);

// `date` plus `months` calendar months, the day clamped to the month's length.
Date AddMonths(const Date& date, int months);

}  // namespace dhr
