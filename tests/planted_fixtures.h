// One small Word package per place Word keeps text, each with identifiers of the test case
// (tests/data/case/case.yaml) planted in it. The anonymiser must clear every one; the leak scan must
// find every one before and none after.
#pragma once

#include <string>
#include <vector>

#include "tests/docx_fixture.h"

namespace dhr::testing {

struct PlantedFixture {
  std::string name;   // where the identifiers hide
  std::string bytes;  // the .docx
};

std::vector<PlantedFixture> PlantedFixtures();

// The path of the test case folder.
std::string TestCaseFolder();

}  // namespace dhr::testing
