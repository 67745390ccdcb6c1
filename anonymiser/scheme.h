// Scheme: the wording of an anonymisation code scheme, read from a rules file such as
// rules/scheme-sheffield.yaml, which says how the victim, the perpetrator, their relatives,
// children and professionals are coded ("Adult X", "Adult XAP", "Adult XM", "Child X1", "GP1").
//
// Input: the rules file's text. Output: a Scheme, or a Status with id "scheme.invalid" listing
// every error at once, one "FILE:LINE:COL: message" per line (as the case loader does). The codes
// of a case are assigned from a Scheme by anonymiser/code_assignment.h.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "docx/file_io.h"
#include "base/status.h"
#include "pipeline/case/case.h"

namespace dhr {

// How one professional role is coded: `code` holds "{n}", the number counted per code.
struct ProfessionalCode {
  std::string role;               // "Health Visitor"
  std::vector<std::string> also;  // other ways the role is written: "HV"
  std::string code;               // "HV{n}"
  SourcePos pos;
};

struct Scheme {
  std::string name;                       // "Sheffield"
  std::string adult_word = "Adult";       // "Adult X"
  std::string child_word = "Child";       // "Child X1"
  std::string perpetrator_suffix = "AP";  // "Adult XAP"
  // Children are numbered (Child X1) rather than given a relationship suffix (Child XD).
  bool gender_neutral_children = true;
  // Drafts use the codes (seed 004: "The draft and final reports should all use these agreed
  // pseudonyms") rather than the real names; a case may choose otherwise (review: draft_names:).
  bool draft_names_codes = false;
  // Relationships coded as children unless the person has `child: false`.
  std::vector<std::string> child_relationships = {"child",     "son",     "daughter",
                                                  "stepchild", "stepson", "stepdaughter"};
  std::map<std::string, std::string> relative_suffixes;  // "mother" -> "M"
  std::vector<ProfessionalCode> professionals;           // in file order; the first match wins
  std::string other_professionals = "{role} {n}";        // a role the table does not list
  std::string file;                                      // where it was read from, for messages
};

// Reads and checks a rules file.
Result<Scheme> LoadScheme(FileSystem& fs, const std::string& path);
Result<Scheme> ParseScheme(std::string_view yaml, const std::string& file_name);

// Every error of a rules file's text, one Status each (ids "scheme.yaml.*"); empty when valid.
std::vector<Problem> SchemeErrors(std::string_view yaml, const std::string& file_name);

// The scheme dhr ships (rules/scheme-sheffield.yaml), from the copy built into the program, so it
// works wherever the program is installed.
Scheme DefaultScheme();

// The text of rules/scheme-sheffield.yaml as compiled into the program (anonymiser/embedded_rules.h).
std::string_view DefaultSchemeText();

// The scheme a case names in `review: scheme:` (relative to the case folder), or the default.
Result<Scheme> SchemeForCase(FileSystem& fs, const Case& c);

}  // namespace dhr
