#include "anonymiser/code_assignment.h"

#include <doctest/doctest.h>

#include "pipeline/case/case_loader.h"

namespace dhr {
namespace {

Case Parsed(std::string_view yaml) {
  Result<Case> c = ParseCase(yaml, "case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  return *c;
}

// The codes of all identities, in order; `warnings` gets each warning's line.
std::vector<std::string> Codes(const Case& c, const Scheme& scheme = DefaultScheme(),
                               std::vector<std::string>* warnings = nullptr) {
  std::vector<Problem> problems;
  Result<std::vector<Identity>> identities = AssignCodes(c, scheme, &problems);
  for (const Problem& p : problems) {
    CHECK(p.severity == Severity::kWarning);
    if (warnings) warnings->push_back(p.Describe());
  }
  REQUIRE_MESSAGE(identities.ok(), identities.status().message());
  std::vector<std::string> codes;
  for (const Identity& identity : *identities) codes.push_back(identity.code);
  return codes;
}

using Codes_ = std::vector<std::string>;

TEST_CASE("code assignment: the Sheffield scheme on a whole case") {
  // Written in YAML's flow style, as some authors do.
  Case c = Parsed(R"(people:
  - {name: Siân Delacroix-Webb, aliases: [Sian, Shan], role: victim}
  - {name: Kieran D'Arcy, aliases: [Kez], role: perpetrator}
  - {name: Eileen Webb, relationship: mother}
  - {name: Noah Delacroix-Webb, relationship: child}
  - {name: Connor D'Arcy, relationship: brother, of: perpetrator}
professionals:
  - {name: Dr Tomasz Nowak, role: GP}
  - {name: Helen Okafor, role: Health Visitor}
places:
  - {name: 4 Quarry Bank Road, replacement: the family home}
)");
  std::vector<Problem> warnings;
  Result<std::vector<Identity>> identities = AssignCodes(c, DefaultScheme(), &warnings);
  REQUIRE(identities.ok());
  CHECK(warnings.empty());
  const std::vector<Identity>& all = *identities;
  REQUIRE(all.size() == 8);
  CHECK(Codes(c) == Codes_{"Adult X", "Adult XAP", "Adult XM", "Child X1", "Adult XAPB", "GP1",
                           "HV1", "the family home"});
  CHECK(all[0].id == "person:0");
  CHECK(all[0].kind == IdentityKind::kPerson);
  CHECK(all[0].names == std::vector<std::string>{"Siân Delacroix-Webb", "Sian", "Shan"});
  CHECK(all[0].role == "victim");
  CHECK(all[0].pos.line == 2);
  CHECK(all[2].role == "mother");
  CHECK(all[3].is_child);
  CHECK_FALSE(all[2].is_child);
  CHECK(all[5].id == "professional:0");
  CHECK(all[5].kind == IdentityKind::kProfessional);
  CHECK(all[5].role == "GP");
  CHECK(all[7].id == "place:0");
  CHECK(all[7].kind == IdentityKind::kPlace);
}

TEST_CASE("code assignment: the letter, relatives of relatives, and equal codes numbered") {
  Case c = Parsed(R"(review:
  letter: Q
people:
  - {name: A, role: victim}
  - {name: B1, relationship: brother}
  - {name: B2, relationship: brother}
  - {name: M, relationship: mother}
  - {name: MS, relationship: sister, of: M}
  - {name: B2W, relationship: wife, of: B2}
  - {name: Cousin, relationship: cousin, of: perpetrator}
)");
  CHECK(Codes(c) == Codes_{"Adult Q", "Adult QB1", "Adult QB2", "Adult QM", "Adult QMS",
                           "Adult QB2P", "Adult QAPCO"});
}

TEST_CASE("code assignment: children are numbered per parent, without gender") {
  Case c = Parsed(R"(people:
  - {name: V, role: victim}
  - {name: P, role: perpetrator}
  - {name: D, relationship: daughter}
  - {name: S, relationship: son}
  - {name: PS, relationship: stepson, of: P}
  - {name: Adult Son, relationship: son, child: false}
  - {name: Niece, relationship: niece, child: true}
)");
  std::vector<std::string> warnings;
  CHECK(Codes(c, DefaultScheme(), &warnings) == Codes_{"Adult X", "Adult XAP", "Child X1",
                                                       "Child X2", "Child XAP1", "Adult XSN",
                                                       "Child X3"});
  CHECK(warnings.empty());
}

TEST_CASE("code assignment: a scheme that codes children by relationship warns") {
  Scheme scheme = DefaultScheme();
  scheme.gender_neutral_children = false;
  Case c = Parsed(R"(people:
  - {name: V, role: victim}
  - {name: D, relationship: daughter}
  - {name: C, relationship: child}
)");
  std::vector<std::string> warnings;
  CHECK(Codes(c, scheme, &warnings) == Codes_{"Adult X", "Child XD", "Child XC"});
  REQUIRE(warnings.size() == 1);
  CHECK(
      warnings[0].starts_with("case.yaml:3:5: the code 'Child XD' (from the scheme) "
                              "gives a child's gender"));
  CHECK(warnings[0].find("the children's genders should not be given") != std::string::npos);
  CHECK(warnings[0].find("'Child X1'") != std::string::npos);
}

TEST_CASE("code assignment: an explicit code wins, and a gendered one for a child warns") {
  Case c = Parsed(R"(people:
  - {name: V, role: victim}
  - {name: S, relationship: son, code: Child XS}
  - {name: D, relationship: daughter, code: Child XD, pseudonym: Dee}
  - {name: B, relationship: brother, code: Adult XB1}
  - {name: B2, relationship: brother}
  - {name: B3, relationship: brother}
  - {name: N, relationship: sister, of: B}
)");
  Scheme scheme = DefaultScheme();
  // as some partnerships write it (a std::string: GCC 12 warns -Wrestrict, bug 105651, on the literal)
  scheme.relative_suffixes["son"] = std::string("S");
  std::vector<std::string> warnings;
  CHECK(Codes(c, scheme, &warnings) ==
        Codes_{"Adult X", "Child XS", "Dee", "Adult XB1", "Adult XB2", "Adult XB3", "Adult XB1S"});
  REQUIRE(warnings.size() == 1);  // the daughter's code is hidden behind her pseudonym
  CHECK(warnings[0].starts_with("case.yaml:3:5: the code 'Child XS' (from code:)"));
}

TEST_CASE("code assignment: a pseudonym replaces the code; relatives still derive from the code") {
  Case c = Parsed(R"(people:
  - {name: Siân, role: victim, pseudonym: Anna}
  - {name: Eileen, relationship: mother, code: Adult Y, pseudonym: Rose}
  - {name: Aunt, relationship: sister, of: Eileen}
  - {name: Friend, pseudonym: Jo}
  - {name: Kid, relationship: child, pseudonym: Eileen}
professionals:
  - {name: Dr A, role: GP}
keep: [Rose]
)");
  std::vector<std::string> warnings;
  CHECK(Codes(c, DefaultScheme(), &warnings) ==
        Codes_{"Anna", "Rose", "Adult YS", "Jo", "Eileen", "GP1"});
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0] == "case.yaml:3:5: the pseudonym is also a name under keep:");
  CHECK(warnings[1] ==
        "case.yaml:6:5: the pseudonym is also a real name in the case "
        "(line 3)");
}

TEST_CASE("code assignment: professionals by role, numbered per code in order of appearance") {
  Case c = Parsed(R"(professionals:
  - {name: A, role: GP}
  - {name: B, role: Health Visitor}
  - {name: C, role: general practitioner}
  - {name: D, role: Police Constable}
  - {name: E, role: Police Officer}
  - {name: F, role: Dentist}
  - {name: G, role: dentist}
  - {name: H, role: GP, code: GP3}
  - {name: I, role: GP}
  - {name: J, role: Social Worker}
)");
  CHECK(Codes(c) == Codes_{"GP1", "HV1", "GP2", "Police Officer 1", "Police Officer 2", "Dentist 1",
                           "Dentist 2", "GP3", "GP4", "SW1"});
}

TEST_CASE("code assignment: a relationship without a suffix uses its initials, with a warning") {
  Scheme scheme = DefaultScheme();
  scheme.relative_suffixes.erase("household member");
  Case c = Parsed("people:\n  - {name: L, relationship: household member}\n");
  std::vector<std::string> warnings;
  CHECK(Codes(c, scheme, &warnings) == Codes_{"Adult XHM"});
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "case.yaml:2:5: the scheme has no suffix for the relationship "
        "'household member'; using 'HM'");
}

TEST_CASE("code assignment: two entries may not share a replacement") {
  Case c = Parsed(R"(people:
  - {name: A, role: victim, pseudonym: Sam}
  - {name: B, relationship: mother, pseudonym: Sam}
professionals:
  - {name: C, role: GP, code: Adult X}
places:
  - {name: School 1, replacement: a school}
  - {name: School 2, replacement: a school}
)");
  Result<std::vector<Identity>> identities = AssignCodes(c, DefaultScheme(), nullptr);
  REQUIRE_FALSE(identities.ok());
  CHECK(identities.status().id() == "scheme.duplicate_code");
  CHECK(identities.status().Describe() ==
        "case.yaml:3:5: 'Sam' would also replace the entry at line 2; give one of them another "
        "code");
}

// A person who is `relationship` of `of`. The strings are moved in: GCC 12 warns -Wrestrict (bug
// 105651) when literals are assigned to the members of a freshly resized vector's elements.
Person Relative(std::string name, std::string relationship, std::string of) {
  Person person;
  person.name = std::move(name);
  person.relationship = std::move(relationship);
  person.of = std::move(of);
  return person;
}

TEST_CASE("code assignment: of: that cannot be followed is an error, not a crash") {
  Case c;
  c.people.push_back(Relative("A", "sister", "B"));
  c.people.push_back(Relative("B", "sister", "A"));
  CHECK(AssignCodes(c, DefaultScheme(), nullptr).status().id() == "scheme.of_loop");
  c.people[1].of = std::string("Nobody");
  CHECK(AssignCodes(c, DefaultScheme(), nullptr).status().id() == "scheme.of");
}

}  // namespace
}  // namespace dhr
