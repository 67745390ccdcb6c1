// PersonCodes: the codes of the people of a case (the victim, the perpetrator, their relatives),
// the part of code assignment (anonymiser/code_assignment.h) that follows `of:` chains.
//
// People are coded in rounds: first those with a role (or nobody to derive from), then the
// relatives of people already coded, so a relative's code always extends a code that is final.
// Within a round, people whose codes would be equal are numbered in order of appearance.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "anonymiser/identity.h"
#include "anonymiser/scheme.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

// One Identity per person, in case order. `taken` holds the codes already in use (explicit codes)
// and receives every code given here. Errors: `of:` that cannot be followed, or loops.
Result<std::vector<Identity>> PersonIdentities(const Case& c, const Scheme& scheme,
                                               std::set<std::string>* taken,
                                               std::vector<Problem>* warnings);

// A code without its leading adult or child word: "Adult XAP" -> "XAP"; other codes unchanged.
std::string CodeStem(const Scheme& scheme, const std::string& code);

}  // namespace dhr
