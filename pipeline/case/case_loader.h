// CaseLoader: reads a case folder's case.yaml into the case model (pipeline/case/case.h).
//
// Input: a case folder, or the YAML file itself. Output: a Case, or a Status with id
// "case.invalid" listing every error of the file at once, one per line, each
// "FILE:LINE:COL: message" (Status::Several: Describe() gives those lines, problems() one by one).
// CaseErrors() gives the same errors one Problem each,
// with their own ids ("case.yaml.unknown_key", "case.yaml.date"...). Messages point at lines and
// never repeat a name or a date of birth. Warnings (a review slower than six months) do not stop
// loading; they are in Case::warnings. Nothing here throws.
//
// Schema (every key but `name:` is optional; unknown keys are errors; dates are YYYY-MM-DD):
//   review: partnership, letter (one capital A-Z), title (one setting used everywhere: "Domestic
//           Homicide Review" or "Domestic Abuse Related Death Review"), scheme (a code-scheme file
//           relative to the case folder), local_reference, police_force, fictional (true/false),
//           dates {referral, decision, home_office_notified, started, completed, submitted},
//           chair {name, independence, background}, author {name, independence},
//           panel [{name, role, agency}], panel_meetings, agencies [{name, contribution: one or a
//           list of IMR | chronology | report | information}] (the agencies contacted that had
//           contact), agencies_without_contact [names] (contacted, and had none), family
//           {pseudonym (chosen | declined), participation, advocate, saw_report (true/false)},
//           terms_of_reference {scope_from, scope_to, questions [...]}, draft (a number),
//           draft_names (codes | real: what drafts hold; default the code scheme's draft_names),
//           marking (OFFICIAL | OFFICIAL-SENSITIVE, of drafts and the submission; default
//           OFFICIAL-SENSITIVE), marking_descriptor (PERSONAL...: with OFFICIAL-SENSITIVE only),
//           dissemination [recipients], chronology_timeline (true/false: the overview report
//           shows the chronology's timeline), extension_agreed (the day the Home Office agreed a
//           longer timetable)
//   people: name, aliases, role (victim | perpetrator), relationship (mother, child, ...),
//           of (victim | perpetrator | a person's name or alias; default victim), pseudonym, code,
//           child (true/false: overrides whether the scheme codes them as a child), dob, age
//           (at the homicide; computed from dob when not given), gender, ethnicity (an ONS 2021
//           category), nationality, religion, sexual_orientation, disability
//   homicide: date, place (a place's name or free text), method, verdict, sentence,
//           proceedings_concluded (the date the criminal proceedings completed),
//           coroner_conclusion (where there was no trial), children_in_household
//   data_form: victim_relationship, perpetrator_relationship, other_victims, previous_reviews;
//           writing `data_form:` (even empty) asks that every field the Home Office form needs
//           be present (review_checks.h)
//   recommendations: [{number (default: its place in the list), text, scope (local | regional |
//           national), agency, actions: [{action, lead_agency, lead_person, milestones,
//           target_date, status (RED | AMBER | GREEN | COMPLETE), completed, measure (the
//           measurable outcome), outcome}]}]; each recommendation needs an action; an action's
//           lead_agency, target_date and measure may wait for `dhr check` (pipeline/check), which
//           the submission runs
//   professionals: name, aliases, role (GP, Health Visitor...), agency, code
//   places: name, aliases, replacement
//   keep: names never replaced (chair, panel members, agencies)
//   allow: words that are not names (a public chain, a term of the field): never reported by the
//     leak scan's check for undeclared names (pipeline/scan/undeclared.h)
//   rules: id, pattern (RE2), replacement;   rule_files: rules files relative to the case folder
// A person may have both `code:` and `pseudonym:`: the pseudonym is what replaces their name, and
// the code is what their relatives' codes derive from (see anonymiser/code_assignment.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docx/file_io.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

// `path` is a folder holding case.yaml, or a file ending in .yaml or .yml.
Result<Case> LoadCase(FileSystem& fs, const std::string& path);

// Parses case.yaml text; `file_name` is used in messages and as Case::file.
Result<Case> ParseCase(std::string_view yaml, const std::string& file_name);

// Every error of the text, one Problem each; empty when the case is valid.
std::vector<Problem> CaseErrors(std::string_view yaml, const std::string& file_name);

// Every error of the case at `path` (including a file that cannot be read), one Problem each.
std::vector<Problem> CaseErrors(FileSystem& fs, const std::string& path);

// The YAML file `path` names: `path` itself for a .yaml/.yml file, else `path`/case.yaml.
std::string CaseFilePath(const std::string& path);

// A path the case file gives relative to its folder (scheme, rule_files), as a path to open.
std::string InCaseFolder(const Case& c, const std::string& relative);

}  // namespace dhr
