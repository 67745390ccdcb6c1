// Everything the anonymise stage needs from a case, prepared once and used for many documents.
//
// Input: a case folder (or its case.yaml). Output: the loaded Case, its identities with their codes
// (from the case's code scheme, anonymiser/code_assignment.h), the scheme's warnings, and a
// compiled Matcher over the identities, the keep list, the case's extra rules, the built-in generic
// rules and the rules files the case names. Errors carry file, line and column.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "anonymiser/identity.h"
#include "anonymiser/matcher.h"
#include "docx/file_io.h"
#include "pipeline/case/case.h"

namespace dhr {

struct CaseMatcher {
  Case the_case;
  std::vector<Identity> identities;
  std::vector<std::string> warnings;  // "FILE:LINE:COL: warning: ..."
  std::unique_ptr<Matcher> matcher;
};

Result<CaseMatcher> PrepareCaseMatcher(FileSystem& fs, const std::string& case_path);

}  // namespace dhr
