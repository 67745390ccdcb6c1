// ReviewYaml: reads the `review:` section of a case.yaml (the partnership, the scheme letter, the
// title, the milestones, the Chair and author, the panel, the contributing agencies, the terms of
// reference, the draft number and who receives the report) into Review, recording every
// field-level error in the reader. Date order and the six-month rule are review_checks.h's.
#pragma once

#include <yaml-cpp/yaml.h>

#include "pipeline/case/case.h"
#include "pipeline/case/case_yaml.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {

// Fills `out` from the value of `review:`; notes the dates' positions in `where`.
void ReadReviewYaml(const YAML::Node& node, YamlReader& reader, Review* out, CaseSourceMap* where);

// The words an agency's contribution may be: "IMR", "chronology", "report", "information".
std::span<const std::string_view> AgencyContributions();

}  // namespace dhr
