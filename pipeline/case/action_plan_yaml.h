// ActionPlanYaml: reads the `recommendations:` list of a case.yaml and each one's action plan rows
// (seed 002's action plan template; seed 004's Template 25), recording every error in the reader:
// a scope other than local, regional or national; a status other than RED, AMBER, GREEN or
// COMPLETE; a recommendation without an action; a COMPLETE action without its completion date; a
// number used twice. An action may lack its lead agency, target date or measure while the plan is
// drafted: `dhr check` (pipeline/check) reports them, and the submission stops on them.
#pragma once

#include <yaml-cpp/yaml.h>

#include <vector>

#include "pipeline/case/case.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {

// Appends to `out` each recommendation of the list `field` holds.
void ReadRecommendationsYaml(const YamlField& field, YamlReader& reader,
                             std::vector<Recommendation>* out);

}  // namespace dhr
