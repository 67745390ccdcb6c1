// ActionPlanYaml: reads the `recommendations:` list of a case.yaml and each one's action plan rows
// (seed 002's action plan template; seed 004's Template 25), recording every error in the reader:
// a scope other than local, regional or national; a status other than RED, AMBER, GREEN or
// COMPLETE; a recommendation without an action; an action without a lead agency or target date;
// a number used twice.
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
