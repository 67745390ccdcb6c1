#include "pipeline/case/yaml_reader.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

TEST_CASE("yaml reader: fields, positions in characters, and recorded errors") {
  std::string text = "a: Siân\nb: [x, y]\nzz: 1\nb: 2\n";
  YamlReader reader(text, "f.yaml", "test");
  std::optional<YAML::Node> root = reader.Parse();
  REQUIRE(root);
  constexpr std::string_view kKnown[] = {"a", "b", "c"};
  std::vector<YamlField> fields = reader.Fields(*root, "top", kKnown);
  REQUIRE(fields.size() == 2);
  CHECK(reader.Text(fields[0]) == "Siân");
  CHECK(reader.TextList(fields[1]) == std::vector<std::string>{"x", "y"});
  CHECK(reader.Text(fields[1]).empty());
  CHECK(reader.Pos(fields[1].value[1]).column == 8);
  REQUIRE(reader.errors().size() == 3);
  CHECK(reader.errors()[0].Describe() == "f.yaml:3:1: top: unknown key 'zz'");
  CHECK(reader.errors()[0].id == "test.unknown_key");
  CHECK(reader.errors()[1].Describe() == "f.yaml:4:1: top: key 'b' is given twice");
  CHECK(reader.errors()[2].Describe() == "f.yaml:2:4: b: expected text, found a list");
}

TEST_CASE("yaml reader: syntax errors give no tree") {
  YamlReader reader("a: [b\n", "f.yaml", "test");
  CHECK_FALSE(reader.Parse());
  REQUIRE(reader.errors().size() == 1);
  CHECK(reader.errors()[0].id == "test.syntax");
}

}  // namespace
}  // namespace dhr
