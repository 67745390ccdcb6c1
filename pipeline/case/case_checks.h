// CaseChecks: the checks that need the whole case at once, run after every entry has been read.
//
// One victim at most; no name or alias given to two entries; no kept name that is also to be
// replaced; every `of:` names one person of people:, never the person themself, and no chain of
// `of:` loops.
#pragma once

#include "pipeline/case/case.h"
#include "pipeline/case/case_yaml.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {

// Records each problem in `reader`, at the positions noted in `where`.
void CheckCase(const Case& c, const CaseSourceMap& where, YamlReader& reader);

}  // namespace dhr
