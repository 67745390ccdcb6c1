#include "anonymiser/scheme.h"

#include <doctest/doctest.h>


namespace dhr {
namespace {

std::string ErrorsOf(std::string_view yaml) {
  std::string out;
  for (const Problem& error : SchemeErrors(yaml, "s.yaml")) out += error.Describe() + "\n";
  return out;
}

constexpr std::string_view kMinimal = "adult: Adult\nchild: Child\nperpetrator: AP\n";

TEST_CASE("scheme: the default scheme is Sheffield's, gender neutral for children") {
  CHECK(SchemeErrors(DefaultSchemeText(), "scheme-sheffield.yaml").empty());
  Scheme scheme = DefaultScheme();
  CHECK(scheme.name == "Sheffield");
  CHECK(scheme.adult_word == "Adult");
  CHECK(scheme.child_word == "Child");
  CHECK(scheme.perpetrator_suffix == "AP");
  CHECK(scheme.gender_neutral_children);
  CHECK(scheme.relative_suffixes.at("mother") == "M");
  CHECK(scheme.relative_suffixes.at("father") == "F");
  CHECK(scheme.relative_suffixes.at("brother") == "B");
  CHECK(scheme.relative_suffixes.at("sister") == "S");
  CHECK(scheme.relative_suffixes.at("daughter") == "D");
  CHECK(scheme.child_relationships.size() == 6);
  REQUIRE_FALSE(scheme.professionals.empty());
  CHECK(scheme.professionals[0].role == "GP");
  CHECK(scheme.professionals[0].code == "GP{n}");
  CHECK(scheme.other_professionals == "{role} {n}");
}

TEST_CASE("scheme: a partnership's own file, through the file system") {
  MemoryFileSystem fs;
  fs.files["cases/a/own.yaml"] = std::string(kMinimal) + "gender_neutral_children: no\n";
  Result<Scheme> scheme = LoadScheme(fs, "cases/a/own.yaml");
  REQUIRE(scheme.ok());
  CHECK_FALSE(scheme->gender_neutral_children);
  CHECK(scheme->relative_suffixes.empty());
  CHECK(scheme->child_relationships.size() == 6);  // the default list when not given
  CHECK_FALSE(LoadScheme(fs, "cases/a/none.yaml").ok());

  Case c;
  c.folder = "cases/a";
  CHECK(SchemeForCase(fs, c)->name == "Sheffield");
  c.review.scheme_file = "own.yaml";
  CHECK(SchemeForCase(fs, c).ok());
}

TEST_CASE("scheme: every error of the file at once, with line and column") {
  std::string errors = ErrorsOf(R"(adult: Adult
perpetrator: ap
relatives:
  mother: M
  bruther: B
  sister: S1
children: [son, kid]
professionals:
  - role: GP
    code: GP
  - role: Doctor
    code: Dr{n}{n}
  - role: gp
    code: G{n}
  - rol: HV
other_professionals: "{role}"
gender_neutral_children: maybe
)");
  CHECK(errors ==
        "s.yaml:1:1: scheme: child is missing (e.g. child: Child)\n"
        "s.yaml:2:14: perpetrator: a suffix is capital letters A to Z only (numbers "
        "are added by dhr)\n"
        "s.yaml:5:3: relatives: unknown key 'bruther' (did you mean 'brother'?)\n"
        "s.yaml:6:11: sister: a suffix is capital letters A to Z only (numbers are "
        "added by dhr)\n"
        "s.yaml:7:17: children: unknown relationship 'kid'\n"
        "s.yaml:10:11: code: must hold each of {n} once and no other braces\n"
        "s.yaml:12:11: code: must hold each of {n} once and no other braces\n"
        "s.yaml:13:5: professional: 'gp' is also listed at line 9\n"
        "s.yaml:15:5: professional: unknown key 'rol' (did you mean 'role'?)\n"
        "s.yaml:15:5: professional: role is missing\n"
        "s.yaml:15:5: professional: code is missing (e.g. GP{n})\n"
        "s.yaml:16:22: other_professionals: must hold each of {role} {n} once and no "
        "other braces\n"
        "s.yaml:17:26: gender_neutral_children: expected true or false\n");
  Result<Scheme> scheme = ParseScheme("adult: Adult\n", "s.yaml");
  REQUIRE_FALSE(scheme.ok());
  CHECK(scheme.status().id() == "scheme.invalid");
  CHECK(scheme.status().Describe().find("s.yaml:1:1: scheme: child is missing") == 0);
  CHECK(ErrorsOf("") == "s.yaml: the scheme file is empty\n");
  CHECK(ErrorsOf("adult: [\n").find("s.yaml:") == 0);
}

}  // namespace
}  // namespace dhr
