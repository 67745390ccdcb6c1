// PrepareCase on the bundled example case: everything later stages read is built once, from the
// files read through the FileSystem given (here a copy of the case held in memory).
#include "pipeline/prepare/prepared_case.h"

#include <doctest/doctest.h>

#include "tests/memory_case.h"

namespace dhr {
namespace {

// The case of a one-person case.yaml whose victim has this pseudonym, prepared from memory.
PreparedCase WithPseudonym(const std::string& pseudonym) {
  MemoryFileSystem fs;
  fs.files["c/case.yaml"] = "review:\n  partnership: Test Partnership\n  fictional: true\n"
                            "people:\n  - name: Joanne Hartley\n    role: victim\n    pseudonym: " + pseudonym + "\n";
  auto prepared = PrepareCase(fs, "c");
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  return std::move(*prepared);
}

TEST_CASE("PrepareCase: the case, its codes, the matcher and the scan target, from memory") {
  MemoryFileSystem fs = testing::ExampleCaseInMemory("case");
  auto prepared = PrepareCase(fs, "case");
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  CHECK(prepared->the_case.folder == "case");
  REQUIRE(prepared->matcher);
  REQUIRE(prepared->scan_target);
  CHECK_FALSE(prepared->identities.empty());
  CHECK(prepared->agency_codes.count("Adult X") == 1);
  // The matcher and the scan target are each the case's: the victim's name is found by both.
  const std::string victim = prepared->the_case.people.front().name;
  CHECK_FALSE(prepared->matcher->Find(victim).empty());
  CHECK_FALSE(prepared->scan_target->variants.empty());
}

TEST_CASE("PrepareCase: a run that never scans does not compile the scan target, and loses nothing else") {
  MemoryFileSystem fs = testing::ExampleCaseInMemory("case");
  auto full = PrepareCase(fs, "case");
  auto without = PrepareCase(fs, "case", PrepareOptions{/*scan_target=*/false});
  REQUIRE(full.ok());
  REQUIRE(without.ok());
  CHECK_FALSE(without->scan_target);
  REQUIRE(without->matcher);
  CHECK(without->identities.size() == full->identities.size());
  CHECK(without->agency_codes == full->agency_codes);
  CHECK(without->draft_codes == full->draft_codes);
  const std::string victim = without->the_case.people.front().name;
  CHECK(without->matcher->Find(victim).size() == full->matcher->Find(victim).size());
}

TEST_CASE("PrepareCase: a pseudonym's scheme code is still one agencies may write") {
  const PreparedCase prepared = WithPseudonym("Jo");
  CHECK(prepared.agency_codes.count("Jo") == 1);
  CHECK(prepared.agency_codes.count("Adult X") == 1);
}

TEST_CASE("PrepareCase: warnings are problems with their place, not text") {
  const PreparedCase prepared = WithPseudonym("Joanne Hartley");  // the pseudonym is the real name
  REQUIRE(prepared.warnings.size() == 1);
  CHECK(prepared.warnings[0].severity == Severity::kWarning);
  CHECK(prepared.warnings[0].where.file == "c/case.yaml");
  CHECK(prepared.warnings[0].where.line == 5);
  CHECK(prepared.warnings[0].message.find("warning") == std::string::npos);
}

TEST_CASE("PrepareCase: a case file with errors gives every error, each with its place") {
  MemoryFileSystem fs;
  fs.files["c/case.yaml"] = "review:\n  nonsense: 1\npeople:\n  - role: victim\n";
  auto prepared = PrepareCase(fs, "c");
  REQUIRE_FALSE(prepared.ok());
  CHECK(prepared.status().id() == "case.invalid");
  CHECK(prepared.status().problems().size() >= 2);
  for (const Problem& p : prepared.status().problems()) CHECK(p.where.line > 0);
}

}  // namespace
}  // namespace dhr
