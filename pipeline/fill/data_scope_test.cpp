#include "pipeline/fill/data_scope.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

DataPath Path(const std::string& text) {
  TagScan scan = FindTags("{{" + text + "}}");
  REQUIRE(scan.tags.size() == 1);
  return scan.tags[0].path;
}

TEST_CASE("fill data scope: names resolve in the item first, then outward") {
  const nlohmann::json data = {{"name", "root"}, {"csp", "Safer Town"}, {"rows", {{{"name", "first"}}, {{"x", 1}}}}};
  DataScope scope(data);
  CHECK(scope.Find(Path("name"))->get<std::string>() == "root");
  scope.Enter(data["rows"], 0);
  CHECK(scope.Find(Path("name"))->get<std::string>() == "first");
  CHECK(scope.Find(Path("csp"))->get<std::string>() == "Safer Town");
  CHECK(scope.Find(Path("@number"))->get<int>() == 1);
  scope.Leave();
  scope.Enter(data["rows"], 1);
  CHECK(scope.Find(Path("name"))->get<std::string>() == "root");
  CHECK(scope.Find(Path("this.x"))->get<int>() == 1);
  CHECK(scope.Find(Path("this.name")) == nullptr);  // "this" looks only at the item
  CHECK(scope.Find(Path("@number"))->get<int>() == 2);
  scope.Leave();
  CHECK(scope.Find(Path("@number")) == nullptr);
}

TEST_CASE("fill data scope: dotted paths and list positions") {
  const nlohmann::json data = {{"homicide", {{"date", "2022-06-08"}}}, {"agencies", {"Police", "NHS"}}};
  DataScope scope(data);
  CHECK(scope.Find(Path("homicide.date"))->get<std::string>() == "2022-06-08");
  CHECK(scope.Find(Path("agencies.1"))->get<std::string>() == "NHS");
  CHECK(scope.Find(Path("homicide.place")) == nullptr);
  CHECK(scope.Find(Path("homicide.date.year")) == nullptr);
}

TEST_CASE("fill data scope: truthiness and text") {
  const nlohmann::json values = {{"t", true}, {"f", false}, {"zero", 0}, {"n", 2.5}, {"empty", ""}, {"s", "x"},
                                 {"none", nullptr}, {"list", nlohmann::json::array()}, {"obj", {{"a", 1}}}};
  CHECK(IsTruthy(&values["t"]));
  CHECK_FALSE(IsTruthy(&values["f"]));
  CHECK_FALSE(IsTruthy(&values["zero"]));
  CHECK(IsTruthy(&values["n"]));
  CHECK_FALSE(IsTruthy(&values["empty"]));
  CHECK(IsTruthy(&values["s"]));
  CHECK_FALSE(IsTruthy(&values["none"]));
  CHECK_FALSE(IsTruthy(&values["list"]));
  CHECK(IsTruthy(&values["obj"]));
  CHECK_FALSE(IsTruthy(nullptr));
  CHECK(ScalarText(values["n"]) == "2.5");
  CHECK(ScalarText(nlohmann::json(42)) == "42");
  CHECK(ScalarText(values["none"]) == "");
  CHECK_FALSE(ScalarText(values["obj"]).has_value());
}

}  // namespace
TEST_CASE("fill data scope: a table's rows read as groups of fields, in loops, by position and whole") {
  // The same data as fields and as a table: every path finds the same value.
  const nlohmann::json fields = {{"name", "root"},
                                 {"review", {{"rows", {{{"name", "first"}, {"n", 1}}, {{"name", "second"}, {"n", 2}}}}}}};
  nlohmann::json rows = nlohmann::json::array();
  rows.push_back(nlohmann::json::array({"first", 1}));
  rows.push_back(nlohmann::json::array({"second", 2}));
  nlohmann::json table = {{"name", "root"}, {"review", {{"rows", rows}}}};
  DeclareTable(table, "review.rows", {"name", "n"});
  DataScope by_fields(fields), by_table(table);
  auto same = [&](const std::string& path) {
    CAPTURE(path);
    const nlohmann::json* a = by_fields.Find(Path(path));
    const nlohmann::json* b = by_table.Find(Path(path));
    REQUIRE((a == nullptr) == (b == nullptr));
    if (a) CHECK(*a == *b);
  };
  for (const char* path : {"name", "review.rows.1.name", "review.rows.0", "review.rows.0.n", "review.rows.2.name",
                           "review.rows.0.missing", "review.rows.0.n.x"})
    same(path);
  for (size_t i = 0; i < 2; ++i) {
    by_fields.Enter(*by_fields.Find(Path("review.rows")), i);
    by_table.Enter(*by_table.Find(Path("review.rows")), i);
    for (const char* path : {"name", "n", "this", "this.name", "this.missing", "@number", "review.rows.0.name"})
      same(path);
    by_fields.Leave();
    by_table.Leave();
  }
  same("name");
  CHECK(by_table.Find(Path("review.rows"))->size() == 2);
}

}  // namespace dhr
