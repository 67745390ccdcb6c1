// HomicideYaml: reads the `homicide:` and `data_form:` sections of a case.yaml: the facts of the
// death and what else the Home Office data collection form asks. Field-level errors are recorded
// in the reader; which form fields are required is review_checks.h's.
#pragma once

#include <yaml-cpp/yaml.h>

#include "pipeline/case/case.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {

// Fills `out` from the value of `homicide:`.
void ReadHomicideYaml(const YAML::Node& node, YamlReader& reader, Homicide* out);

// Fills `out` from the value of `data_form:`.
void ReadDataFormYaml(const YAML::Node& node, YamlReader& reader, DataForm* out);

}  // namespace dhr
