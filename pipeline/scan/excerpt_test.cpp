#include "pipeline/scan/excerpt.h"

#include <doctest/doctest.h>

namespace dhr::scan {
namespace {

TEST_CASE("scan excerpt: cut to the radius, on one line") {
  const std::string text = "The first line\nof a long text where Connor appears once, and then goes on.";
  const size_t at = text.find("Connor");
  const Excerpt e = ExcerptAround(text, at, at + 6, {}, 10);
  CHECK(e.raw == "…ext where Connor appears o…");
  CHECK(e.masked == e.raw);
  const Excerpt whole = ExcerptAround("a\tb\n\nc", 0, 1, {}, 30);
  CHECK(whole.raw == "a b c");
}

TEST_CASE("scan excerpt: every identifying span reaching into the excerpt is hidden whole") {
  const std::string text = "Siân Delacroix-Webb met Connor D'Arcy on 8 June 2022.";
  const size_t connor = text.find("Connor");
  const std::vector<MaskSpan> masks = {{0, text.find(" met"), "[name]"},
                                       {connor, connor + 13, "[name]"},
                                       {text.find("8 June"), text.size() - 1, "[date]"}};
  const Excerpt e = ExcerptAround(text, connor, connor + 13, masks, 8);
  CHECK(e.raw == "…ebb met Connor D'Arcy on 8 Ju…");
  CHECK(e.masked == "…[name] met [name] on [date]…");
}

TEST_CASE("scan excerpt: never splits a UTF-8 character") {
  const std::string text = "ééééé Connor ééééé";
  const size_t at = text.find("Connor");
  const Excerpt e = ExcerptAround(text, at, at + 6, {}, 2);
  CHECK(e.raw == "…é Connor é…");
}

}  // namespace
}  // namespace dhr::scan
