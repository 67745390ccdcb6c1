// CodeAssignment: gives every person, professional and place of a case the code that replaces
// them in anonymised text, following a Scheme (anonymiser/scheme.h).
//
// Input: a case as LoadCase returns it (checked: one victim, `of:` resolvable, no loops) and a
// scheme. Output: one Identity per person, professional and place, in that order and in file order
// within each ("person:0", ..., "professional:0", ..., "place:0", ...).
//
// People, with the Sheffield scheme and letter X:
//   victim "Adult X"; perpetrator "Adult XAP"; a relative takes the suffix of their relationship
//   after the code of the person they are related to (`of:`, the victim by default): the mother
//   "Adult XM", the perpetrator's brother "Adult XAPB", the mother's sister "Adult XMS".
//   Children (the scheme's child relationships, or `child: true`) are numbered per person they are
//   related to, in order of appearance: "Child X1", "Child X2" (or, when the scheme is not gender
//   neutral, take a suffix: "Child XD").
//   Two people whose codes would be equal are numbered in order of appearance: "Adult XB1",
//   "Adult XB2"; a number is skipped when an explicit code already holds it.
//   `code:` overrides the scheme. `pseudonym:` is what replaces the person's name; their code (from
//   `code:` or the scheme) still forms their relatives' codes. `child:` has no effect on the victim
//   or the perpetrator, who are coded as adults.
// Professionals: the scheme's code for their role, numbered per code in order of appearance (GP1,
//   GP2, HV1, "Police Officer 1"); a role the scheme does not list gets "<Role> 1". `code:` wins.
// Places: their replacement.
//
// Errors ("scheme.duplicate_code"): two people or professionals end with the same replacement.
// Warnings (placed at the entry's line): a child's code that gives their gender
// (kChildCodeGenderWarning); a relationship the scheme has no suffix for, a pseudonym that is also a
// real name in the case ("case.yaml.codes").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/identity.h"
#include "anonymiser/scheme.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

inline constexpr const char* kChildCodeGenderWarning = "case.yaml.child_code_gender";

// `warnings` may be null; warnings are appended to it.
Result<std::vector<Identity>> AssignCodes(const Case& c, const Scheme& scheme,
                                          std::vector<Problem>* warnings);

// A warning of the kinds above, placed at `at`.
Problem Warning(const SourcePos& at, std::string_view message);

}  // namespace dhr
