// The case model: the facts of one review, as loaded from a case folder's case.yaml.
//
// Input: a case folder (or its case.yaml). Output: a Case value, or every error found in the file
// at once, each with file, line and column. The model holds real identifiers; nothing in it is
// anonymised. Stages read it; none modify it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "docx/status.h"

namespace dhr {

struct SourcePos {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

struct Date {
  int year = 0, month = 0, day = 0;
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

// Someone of the family or household: the victim, the perpetrator, their relatives.
struct Person {
  std::string name;                  // full name as written ("Siân Delacroix-Webb")
  std::vector<std::string> aliases;  // other names they were known by
  std::string role;                  // "victim", "perpetrator" or empty
  std::string relationship;          // "mother", "child", "brother"... of `of`; empty for victim/perpetrator
  std::string of = "victim";         // whose relative: "victim", "perpetrator" or another person's name
  std::string pseudonym;             // chosen by the family; replaces the scheme's code
  std::string code;                  // explicit code; overrides the scheme
  std::optional<bool> child;         // `child:` overrides whether the scheme codes them as a child
  std::optional<Date> dob;
  std::string gender;                // free text as the data form records it
  std::string ethnicity;             // one of the ONS 2021 categories
  SourcePos pos;                     // where the entry starts in case.yaml
};

// A worker involved in the case: named by role and number in anonymised text ("GP1", "HV2").
struct Professional {
  std::string name;
  std::vector<std::string> aliases;
  std::string role;    // "GP", "Health Visitor", "Police Officer"...
  std::string agency;  // optional
  std::string code;    // explicit code; overrides the scheme
  SourcePos pos;
};

// An identifying location: a home address, a school, a GP surgery, a workplace.
struct Place {
  std::string name;
  std::vector<std::string> aliases;
  std::string replacement;  // "the family home"
  SourcePos pos;
};

// An extra pattern from the case file or a rules file: an RE2 regular expression and what replaces
// each of its matches.
struct ExtraRule {
  std::string id;
  std::string pattern;
  std::string replacement;
  SourcePos pos;
};

struct Review {
  std::string partnership;               // public, never anonymised
  std::string letter = "X";              // the scheme letter: the victim becomes "Adult X"
  std::string title = "Domestic Homicide Review";  // the 2024 Act's "Domestic Abuse Related Death Review"
  std::string scheme_file;               // rules file of the code scheme; empty = the default
  std::string local_reference;
  std::string police_force;
  SourcePos pos;
};

struct Case {
  std::string file;  // the case.yaml path as the user gave it (for messages)
  std::string folder;
  Review review;
  std::vector<Person> people;
  std::vector<Professional> professionals;
  std::vector<Place> places;
  std::vector<std::string> keep;        // public names that are never replaced
  std::vector<ExtraRule> rules;         // extra RE2 rules
  std::vector<std::string> rule_files;  // extra rules files named by the case (relative to folder)
};

}  // namespace dhr
