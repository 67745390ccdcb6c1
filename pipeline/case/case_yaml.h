// CaseYaml: turns the yaml-cpp tree of a case.yaml into a Case, recording every field-level error
// (unknown keys, wrong types, missing names, vocabulary, dates, the letter) in the reader.
//
// Checks that need the whole case (one victim, unique names, whom `of:` names) are case_checks.h's;
// they use the positions this step notes in a CaseSourceMap.
#pragma once

#include <yaml-cpp/yaml.h>

#include <array>
#include <string>
#include <vector>

#include "pipeline/case/case.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {

// One name or alias as written, and which entry it belongs to ("person:0", "professional:2").
struct NameUse {
  std::string name;
  std::string entry;
  SourcePos pos;
};

// Where the values the whole-case checks look at sit in the file.
struct CaseSourceMap {
  std::vector<NameUse> names;          // names and aliases of people, professionals and places
  std::vector<NameUse> keep;           // the `keep:` list
  std::vector<SourcePos> person_role;  // per person: `role:`, else the entry
  std::vector<SourcePos> person_of;    // per person: `of:`; line 0 when not written
  std::vector<SourcePos> person_age;   // per person: `age:`; line 0 when not written
  // review: dates: in ReviewDates order (referral... submitted); line 0 when not written.
  std::array<SourcePos, 6> review_dates;
  SourcePos homicide;   // the `homicide:` key; line 0 when not written
  SourcePos data_form;  // the `data_form:` key; line 0 when not written
};

// Fills `out` from `root` (the whole document). `out->file` and `out->folder` are left alone.
void ReadCaseYaml(const YAML::Node& root, YamlReader& reader, Case* out, CaseSourceMap* where);

}  // namespace dhr
