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
  scope.Enter(data["rows"][0], 0);
  CHECK(scope.Find(Path("name"))->get<std::string>() == "first");
  CHECK(scope.Find(Path("csp"))->get<std::string>() == "Safer Town");
  CHECK(scope.Find(Path("@number"))->get<int>() == 1);
  scope.Leave();
  scope.Enter(data["rows"][1], 1);
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
}  // namespace dhr
