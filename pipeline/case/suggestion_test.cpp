#include "pipeline/case/suggestion.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

constexpr std::string_view kKeys[] = {"name", "aliases", "relationship", "role", "of"};

TEST_CASE("suggestion: a likely typo finds its word") {
  CHECK(ClosestWord("relationsip", kKeys) == "relationship");
  CHECK(ClosestWord("Name", kKeys) == "name");
  CHECK(ClosestWord("alias", kKeys) == "aliases");
  CHECK(ClosestWord("rol", kKeys) == "role");
  CHECK(DidYouMean("nmae", kKeys) == " (did you mean 'name'?)");
}

TEST_CASE("suggestion: nothing when no word is close") {
  CHECK(ClosestWord("pseudonym", kKeys) == "");
  CHECK(ClosestWord("", kKeys) == "");
  CHECK(ClosestWord("f", kKeys) == "of");  // one edit allowed even for the shortest words
  CHECK(DidYouMean("xyzzy", kKeys) == "");
}

}  // namespace
}  // namespace dhr
