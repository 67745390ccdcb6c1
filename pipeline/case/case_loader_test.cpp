#include "pipeline/case/case_loader.h"
#include "pipeline/case/case_test_support.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

constexpr std::string_view kExample = R"(review:
  partnership: Safer Calderdale Partnership
  letter: X
  title: Domestic Abuse Related Death Review
  scheme: rules/scheme-sheffield.yaml
  local_reference: DHR 2024/01
  police_force: West Yorkshire Police
people:
  - name: Siân Delacroix-Webb
    aliases: [Sian, Shan]
    role: victim
    dob: 1988-11-02
    ethnicity: english, welsh, scottish, northern irish or british
  - name: Kieran D'Arcy
    aliases: [Kez]
    role: perpetrator
  - name: Eileen Webb
    relationship: mother
  - name: Noah Delacroix-Webb
    relationship: child
    child: true
  - name: Connor D'Arcy
    relationship: Brother
    of: Perpetrator
    code: Adult XAPB
    pseudonym: Callum
professionals:
  - name: Dr Tomasz Nowak
    role: GP
    agency: Calder Valley Surgery
places:
  - name: 4 Quarry Bank Road
    replacement: the family home
keep: [Dr Ruth Adebayo, West Yorkshire Police]
allow: [Greggs, Hollyoaks]
rules:
  - id: case-ref
    pattern: 'CR-\d{6}'
    replacement: '[case reference]'
rule_files: [extra-rules.yaml]
)";

// Every error of `yaml` as the CLI prints them, one per line.
std::string ErrorsOf(std::string_view yaml) { return testing::CaseErrorLines(yaml); }

TEST_CASE("case loader: a complete case file reads into the model") {
  Result<Case> c = ParseCase(kExample, "cases/dhr1/case.yaml");
  REQUIRE_MESSAGE(c.ok(), c.status().message());
  CHECK(c->folder == "cases/dhr1");
  CHECK(c->review.partnership == "Safer Calderdale Partnership");
  CHECK(c->review.title == "Domestic Abuse Related Death Review");
  CHECK(c->review.scheme_file == "rules/scheme-sheffield.yaml");
  CHECK(c->review.police_force == "West Yorkshire Police");
  REQUIRE(c->people.size() == 5);
  const Person& victim = c->people[0];
  CHECK(victim.name == "Siân Delacroix-Webb");
  CHECK(victim.aliases == std::vector<std::string>{"Sian", "Shan"});
  CHECK(victim.role == "victim");
  CHECK(victim.dob == Date{1988, 11, 2});
  CHECK(victim.ethnicity == "English, Welsh, Scottish, Northern Irish or British");
  CHECK(victim.pos.line == 9);
  CHECK(victim.pos.column == 5);
  CHECK(c->people[2].relationship == "mother");
  CHECK(c->people[2].of == "victim");
  CHECK(c->people[3].child == true);
  CHECK(c->people[4].of == "perpetrator");  // role words in any case
  CHECK(c->people[4].relationship == "brother");
  CHECK(c->people[4].code == "Adult XAPB");
  CHECK(c->people[4].pseudonym == "Callum");
  REQUIRE(c->professionals.size() == 1);
  CHECK(c->professionals[0].agency == "Calder Valley Surgery");
  CHECK(c->places[0].replacement == "the family home");
  CHECK(c->keep.size() == 2);
  CHECK(c->allow == std::vector<std::string>{"Greggs", "Hollyoaks"});
  REQUIRE(c->rules.size() == 1);
  CHECK(c->rules[0].pattern == "CR-\\d{6}");
  CHECK(c->rule_files == std::vector<std::string>{"extra-rules.yaml"});
  CHECK(InCaseFolder(*c, "extra-rules.yaml") == "cases/dhr1/extra-rules.yaml");
}

TEST_CASE("case loader: a folder or the file itself, through the file system") {
  MemoryFileSystem fs;
  fs.files["cases/dhr1/case.yaml"] = std::string(kExample);
  CHECK(LoadCase(fs, "cases/dhr1").ok());
  CHECK(LoadCase(fs, "cases/dhr1/").ok());
  CHECK(LoadCase(fs, "cases/dhr1/case.yaml").ok());
  Result<Case> missing = LoadCase(fs, "cases/none");
  CHECK_FALSE(missing.ok());
  CHECK(missing.status().where().file == "cases/none/case.yaml");
  CHECK(CaseErrors(fs, "cases/none").size() == 1);
  CHECK(CaseFilePath("case.yml") == "case.yml");
}

TEST_CASE("case loader: every error is reported at once, one per line, with file:line:col") {
  constexpr std::string_view yaml = R"(review:
  leter: Y
people:
  - name: A
    role: victim
    dob: 2023-02-30
  - aliases: [B]
    relationship: mothr
)";
  Result<Case> c = ParseCase(yaml, "case.yaml");
  REQUIRE_FALSE(c.ok());
  CHECK(c.status().id() == "case.invalid");
  CHECK(c.status().Describe() ==
        "case.yaml:2:3: review: unknown key 'leter' (did you mean 'letter'?)\n"
        "case.yaml:6:10: dob: not a real date: that month has no such day\n"
        "case.yaml:7:5: person: name is missing\n"
        "case.yaml:8:19: relationship: unknown relationship (did you mean 'mother'?)");
  CHECK(c.status().where().line == 2);
  CHECK(c.status().where().column == 3);
  std::vector<Problem> errors = CaseErrors(yaml, "case.yaml");
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].id == "case.yaml.unknown_key");
  CHECK(errors[1].id == "case.yaml.date");
  CHECK(errors[2].id == "case.yaml.missing");
}

TEST_CASE("case loader: YAML syntax errors carry yaml-cpp's position") {
  std::string errors = ErrorsOf("people:\n  - name: [A\n");
  CHECK(errors.starts_with("case.yaml:"));
  CHECK(errors.find("YAML syntax") != std::string::npos);
  CHECK(ErrorsOf("a: b\n\tc: d\n").starts_with("case.yaml:2:1: YAML syntax"));
}

TEST_CASE("case loader: anchors, second documents, duplicate keys and an empty file") {
  CHECK(ErrorsOf("keep: &k [A]\nrule_files: *k\n").find("case.yaml:2:13: anchors and aliases") !=
        std::string::npos);
  CHECK(ErrorsOf("keep: [A]\n---\nkeep: [B]\n").find("more than one YAML document") !=
        std::string::npos);
  CHECK(ErrorsOf("keep: [A]\nkeep: [B]\n") ==
        "case.yaml:2:1: case file: key 'keep' is given twice\n");
  CHECK(ErrorsOf("").find("the case file is empty") != std::string::npos);
  CHECK(ErrorsOf("- a\n").find("case file: expected a mapping") != std::string::npos);
}

TEST_CASE("case loader: wrong types") {
  std::string errors = ErrorsOf(R"(people:
  name: A
professionals:
  - name: [Dr A, Dr B]
    role: GP
places:
  - just text
keep: Dr Ruth Adebayo
)");
  CHECK(errors.find("case.yaml:2:3: people: expected a list, found a mapping") !=
        std::string::npos);
  CHECK(errors.find("case.yaml:4:11: name: expected text, found a list") != std::string::npos);
  CHECK(errors.find("case.yaml:7:5: place: expected a mapping (key: value), found text") !=
        std::string::npos);
  CHECK(errors.find("case.yaml:8:7: keep: expected a list, found text") != std::string::npos);
  CHECK(ErrorsOf("people:\n  - name: A\n    role: victim\n    child: maybe\n")
            .find("case.yaml:4:12: child: expected true or false") != std::string::npos);
}

TEST_CASE("case loader: names must be unique and never both kept and replaced") {
  std::string errors = ErrorsOf(R"(people:
  - name: Siân Webb
    aliases: [Sian]
    role: victim
  - name: Eileen Webb
    aliases: [SIAN]
    relationship: mother
professionals:
  - name: Siân Webb
    role: GP
keep: [Eileen Webb]
)");
  CHECK(errors.find("case.yaml:6:15: this name is also given at line 3") != std::string::npos);
  CHECK(errors.find("case.yaml:9:11: this name is also given at line 2") != std::string::npos);
  CHECK(errors.find("case.yaml:11:8: keep: this name is also to be replaced (line 5)") !=
        std::string::npos);
  // Messages point at lines; they never repeat a name.
  CHECK(errors.find("Webb") == std::string::npos);
  CHECK(errors.find("Sian") == std::string::npos);
}

TEST_CASE("case loader: roles, relationships and of:") {
  std::string errors = ErrorsOf(R"(people:
  - name: A
    role: victm
  - name: B
    role: mother
  - name: C
    relationship: sister
    of: Eilen Webb
  - name: Eileen Webb
    relationship: aunt
  - name: E
    of: A
)");
  CHECK(errors.find("case.yaml:3:11: role: unknown role; a person's role is victim or "
                    "perpetrator (did you mean 'victim'?)") != std::string::npos);
  CHECK(errors.find("case.yaml:5:11: role: unknown role; a person's role is victim or "
                    "perpetrator; that is a relationship: write relationship: mother") !=
        std::string::npos);
  CHECK(errors.find("case.yaml:8:9: of: names nobody in people: (did you mean the person at "
                    "line 9?)") != std::string::npos);
  CHECK(errors.find("case.yaml:12:9: of: says whose relative the person is, so it needs "
                    "relationship:") != std::string::npos);
  CHECK(errors.find("case.yaml:11:5: person: give a role") != std::string::npos);
}

TEST_CASE("case loader: of: loops, self-reference and an ambiguous perpetrator") {
  std::string errors = ErrorsOf(R"(people:
  - name: A
    relationship: sister
    of: B
  - name: B
    relationship: sister
    of: A
  - name: C
    relationship: cousin
    of: C
  - name: P1
    role: perpetrator
  - name: P2
    role: perpetrator
  - name: D
    relationship: father
    of: perpetrator
)");
  CHECK(errors.find("case.yaml:4:9: of: the chain of relatives loops back") != std::string::npos);
  CHECK(errors.find("case.yaml:10:9: of: names the person themself") != std::string::npos);
  CHECK(errors.find("case.yaml:17:9: of: the case has more than one perpetrator") !=
        std::string::npos);
}

TEST_CASE("case loader: two victims") {
  std::string errors =
      ErrorsOf("people:\n  - name: A\n    role: victim\n  - name: B\n    role: Victim\n");
  CHECK(errors ==
        "case.yaml:5:11: role: a second victim; a review has one victim (the first is "
        "at line 2)\n");
}

TEST_CASE("case loader: dates are YYYY-MM-DD and real, and never echoed") {
  auto error_for = [](std::string_view dob) {
    return ErrorsOf("people:\n  - name: A\n    role: victim\n    dob: " + std::string(dob) + "\n");
  };
  CHECK(error_for("2024-02-29") == "");
  CHECK(error_for("1900-02-29").find("no such day") != std::string::npos);
  CHECK(error_for("2023-13-01").find("the month must be 01 to 12") != std::string::npos);
  CHECK(error_for("02/11/1988") == "case.yaml:4:10: dob: expected a date written YYYY-MM-DD\n");
  CHECK(error_for("1988-11-2").find("1988") == std::string::npos);
}

TEST_CASE("case loader: the letter is one capital A to Z") {
  for (std::string_view letter : {"x", "XY", "1", "Ä"}) {
    CAPTURE(letter);
    CHECK(ErrorsOf("review:\n  letter: " + std::string(letter) + "\n") ==
          "case.yaml:2:11: letter: expected a single capital letter A to Z, as in 'Adult X'\n");
  }
  Result<Case> c = ParseCase("review:\n  letter: Q\n", "case.yaml");
  REQUIRE(c.ok());
  CHECK(c->review.letter == "Q");
}

TEST_CASE("case loader: text must be valid UTF-8; columns count characters") {
  CHECK(ErrorsOf("keep: [\"Siân\", ok, \xff\xfe]\n") ==
        "case.yaml:1:20: keep: not valid UTF-8 text; save the file as UTF-8\n");
  CHECK(ErrorsOf("keep: [Siân, Zoë, {a: b}]\n") ==
        "case.yaml:1:19: keep: expected text, found a mapping (key: value)\n");
}

TEST_CASE("case loader: professionals need a role, places a replacement, rules an id and pattern") {
  std::string errors = ErrorsOf(R"(professionals:
  - name: Dr A
places:
  - name: 4 Quarry Bank Road
rules:
  - replacement: x
  - id: r
    pattern: a
  - id: r
    pattern: b
ethnicity: x
)");
  CHECK(errors.find("case.yaml:2:5: professional: role is missing") != std::string::npos);
  CHECK(errors.find("case.yaml:4:5: place: replacement is missing") != std::string::npos);
  CHECK(errors.find("case.yaml:6:5: rule: id is missing") != std::string::npos);
  CHECK(errors.find("case.yaml:6:5: rule: pattern is missing") != std::string::npos);
  CHECK(errors.find("case.yaml:9:5: rule: id 'r' is also used at line 7") != std::string::npos);
  CHECK(errors.find("case.yaml:11:1: case file: unknown key 'ethnicity'") != std::string::npos);
}

TEST_CASE("case loader: ethnicity is an ONS 2021 category") {
  std::string errors = ErrorsOf("people:\n  - name: A\n    role: victim\n    ethnicity: Pakistany\n");
  CHECK(errors.starts_with("case.yaml:4:16: unknown ethnicity \"Pakistany\" (did you mean "
                           "'Pakistani'?); expected one of the ONS 2021 categories: 'Bangladeshi', "
                           "'Chinese',"));
  CHECK(errors.find("'English, Welsh, Scottish, Northern Irish or British'") != std::string::npos);
  CHECK(errors.ends_with("'Any other ethnic group', 'Not known'\n"));
}

}  // namespace
}  // namespace dhr
