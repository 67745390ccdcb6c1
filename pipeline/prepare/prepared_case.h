// The load stage: a case folder made ready for every later stage, once per run.
//
// Input: a case folder (or its case.yaml), read through a FileSystem. Output: a PreparedCase:
//   the_case      the loaded case model (pipeline/case/case.h);
//   identities    its people, professionals and places with their codes, from the case's code
//                 scheme (anonymiser/code_assignment.h);
//   agency_codes  every code an agency may write for a person of the case: the identities' codes
//                 and the scheme's codes without pseudonyms ("Adult X" where the family chose a
//                 pseudonym), which the chronology accepts;
//   warnings      the case's and the scheme's warnings, each with its place;
//   draft_codes   whether drafts of the report documents use the codes: `review: draft_names:` of
//                 the case, else its code scheme's choice (the Sheffield scheme's is codes);
//   matcher       the anonymiser's compiled Matcher (identities, keep list, the case's rules, the
//                 built-in generic rules and the rules files the case names);
//   scan_target   the leak scan's own compiled target (pipeline/scan/scan_target.h), built from the
//                 case alone: it shares nothing with the matcher. Null when the options say the
//                 run never scans (a draft or submission build): compiling its patterns is a
//                 fixed cost that a run without a scan should not pay.
// Each is built once here and read by any number of documents. Errors carry file, line and column.
// Covered by prepared_case_test.cpp.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "anonymiser/identity.h"
#include "anonymiser/matcher.h"
#include "base/status.h"
#include "docx/file_io.h"
#include "pipeline/case/case.h"
#include "pipeline/scan/scan_target.h"

namespace dhr {

// Movable, not copyable.
struct PreparedCase {
  Case the_case;
  std::vector<Identity> identities;
  std::set<std::string> agency_codes;
  std::vector<Problem> warnings;
  bool draft_codes = false;
  std::unique_ptr<Matcher> matcher;
  std::unique_ptr<scan::ScanTarget> scan_target;
};

struct PrepareOptions {
  bool scan_target = true;  // compile the leak scan's target
};

Result<PreparedCase> PrepareCase(FileSystem& fs, const std::string& case_path, const PrepareOptions& options = {});

}  // namespace dhr
