#include "anonymiser/bounded_search.h"

#include <doctest/doctest.h>

#include "anonymiser/normalise.h"

namespace dhr {
namespace {

std::vector<std::string> Found(const std::string& pattern, const std::string& original,
                               WordBoundary boundary = WordBoundary::kLetter) {
  RE2::Options options(RE2::Quiet);
  options.set_longest_match(true);
  RE2 re(pattern, options);
  REQUIRE(re.ok());
  std::string text = NormaliseString(original);
  std::vector<std::string> out;
  for (Span s : FindBounded(re, text, 0, text.size(), boundary)) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

TEST_CASE("anonymiser bounded search: a name is not found inside a longer word") {
  CHECK(Found("sian", "Siâne and Siân, Siân's").size() == 2);
  CHECK(Found("ann", "Anne, Joanna, Ann.") == std::vector<std::string>{"ann"});
  CHECK(Found("kez", "Kezia").empty());
  CHECK(Found("kez", "Kez2") == std::vector<std::string>{"kez"});
  CHECK(Found("kez", "Kez2", WordBoundary::kAlnum).empty());
  CHECK(Found("kez", "Σkez").empty());
}

TEST_CASE("anonymiser bounded search: a shorter name at the same start when the longest runs on") {
  CHECK(Found("jo|jo ann", "Jo Anne came") == std::vector<std::string>{"jo"});
  CHECK(Found("jo|jo ann", "Jo Ann came") == std::vector<std::string>{"jo ann"});
}

TEST_CASE("anonymiser bounded search: the range limits the search, the text around is context") {
  RE2::Options options(RE2::Quiet);
  options.set_longest_match(true);
  RE2 re("ann", options);
  std::string text = "xann ann ann";
  CHECK(FindBounded(re, text, 1, text.size(), WordBoundary::kLetter) ==
        std::vector<Span>{{5, 8}, {9, 12}});
  CHECK(FindBounded(re, text, 0, 8, WordBoundary::kLetter) == std::vector<Span>{{5, 8}});
  CHECK(FindBounded(re, text, 0, 7, WordBoundary::kLetter).empty());
}

}  // namespace
}  // namespace dhr
