// The review page: its counts are the model's, every text in it is escaped, and it needs nothing
// from outside. (Headless Chromium loads it in tests/review_chromium_test.cpp.)
#include "pipeline/review/review_page.h"

#include <doctest/doctest.h>

#include "pipeline/review/review_test_support.h"

namespace dhr::review {
namespace {

size_t Occurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

ReviewModel Model(const std::string& bytes, const std::string& file = "in.docx") {
  auto model = BuildReviewModel(bytes, file, testing::ExampleCase());
  REQUIRE_MESSAGE(model.ok(), model.status().Describe());
  return std::move(*model);
}

std::string CountAttribute(const std::string& id, size_t n) {
  return "id=\"" + id + "\" data-count=\"" + std::to_string(n) + "\"";
}

TEST_CASE("review page: EscapeHtml writes the five characters HTML gives meaning as references") {
  CHECK(EscapeHtml("<a href=\"x\">O'Neil & co</a>") ==
        "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
  CHECK(EscapeHtml("Adult X") == "Adult X");
  CHECK(EscapeHtml("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("review page: the counts at the top and the rows below are the model's") {
  const ReviewModel model = Model(testing::ReviewFixture());
  const ReviewCounts counts = model.Counts();
  const std::string page = RenderReviewPage(model);
  CHECK(page.find(CountAttribute("count-replacements", counts.replacements)) != std::string::npos);
  CHECK(page.find(CountAttribute("count-ambiguous", counts.ambiguous)) != std::string::npos);
  CHECK(page.find(CountAttribute("count-undeclared", counts.undeclared)) != std::string::npos);
  CHECK(page.find(CountAttribute("count-hidden", counts.hidden)) != std::string::npos);
  CHECK(page.find(CountAttribute("count-markings", counts.markings)) != std::string::npos);
  CHECK(Occurrences(page, "<tr class=\"r\"") == counts.replacements);
  CHECK(Occurrences(page, "data-ambiguous=\"1\">") == counts.ambiguous);  // the rows' (marks carry a title after)
  CHECK(Occurrences(page, "<tr class=\"u\"") == counts.undeclared);
  CHECK(Occurrences(page, "<tr class=\"m\"") == counts.markings);
  CHECK(Occurrences(page, "<tr class=\"h\"") == model.hidden.size());
  size_t placed = 0;
  for (const TextBlock& block : model.blocks) placed += block.replacements.size();
  CHECK(placed > 0);
  CHECK(Occurrences(page, "<mark class=\"r\"") == placed);
  CHECK(Occurrences(page, "<mark class=\"u\"") >= 1);
  // A replacement shows the original and its code, side by side, in the text.
  CHECK(page.find(">Joanne Hartley<span class=\"code\">Adult X</span></mark>") != std::string::npos);
}

TEST_CASE("review page: nothing is loaded from anywhere, and the browser may not fetch anything") {
  const std::string page = RenderReviewPage(Model(testing::ReviewFixture()));
  for (const char* outside : {"src=", "<link", "@import", "url(", "http://", "https://", "<iframe", "<object"}) {
    CAPTURE(outside);
    CHECK(page.find(outside) == std::string::npos);
  }
  CHECK(page.find("Content-Security-Policy\" content=\"default-src 'none';") != std::string::npos);
  CHECK(Occurrences(page, "<script") == 1);
}

TEST_CASE("review page: hostile document text is shown as text, never as markup") {
  // The document's own text tries to close the page's markup and run a script.
  const std::string hostile_body =
      "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; "
      "&quot;&gt;&lt;a href=&apos;x&apos;&gt; Joanne Hartley &amp;amp;";
  const ReviewModel model = Model(testing::ReviewFixture(hostile_body), "<b onclick=alert(3)>x</b>.docx");
  const std::string page = RenderReviewPage(model);
  CHECK(Occurrences(page, "<script") == 1);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<a href='x'") == std::string::npos);
  CHECK(page.find("<b onclick") == std::string::npos);
  CHECK(page.find("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; "
                  "&quot;&gt;&lt;a href=&#39;x&#39;&gt; ") != std::string::npos);
  CHECK(page.find("&lt;b onclick=alert(3)&gt;x&lt;/b&gt;.docx") != std::string::npos);
  // The name in the hostile paragraph is still highlighted, and the text after it still escaped.
  CHECK(page.find(">Joanne Hartley<span class=\"code\">Adult X</span></mark> &amp;amp;") != std::string::npos);
}

TEST_CASE("review page: every field of the model is escaped") {
  const std::string evil = "<x y=\"1\">'&";
  ReviewModel model;
  model.file = evil;
  model.replacements.push_back({.part = evil, .where = evil, .original = evil, .replacement = evil, .rule = evil,
                                .ambiguous = true, .paragraph = 1, .begin = 2, .end = 2 + evil.size()});
  model.blocks.push_back({.part = evil, .paragraph = 1, .text = "a " + evil + " b", .replacements = {0}});
  scan::Finding finding;
  finding.part = evil;
  finding.paragraph = 1;
  finding.matched = evil;
  model.undeclared_findings.push_back(finding);
  model.blocks[0].undeclared.push_back({.finding = 0});
  model.suggestions.push_back({.name = evil, .section = evil, .detail_key = evil, .detail = evil,
                               .first_seen = evil, .rule = evil});
  model.suggestion_yaml = evil;
  model.hidden.push_back({.category = evil, .description = evil, .count = 2});
  model.markings.push_back({.part = evil, .text = evil});
  const std::string page = RenderReviewPage(model);
  CHECK(page.find("<x") == std::string::npos);
  CHECK(page.find("y=\"1\"") == std::string::npos);
  CHECK(Occurrences(page, "&lt;x y=&quot;1&quot;&gt;&#39;&amp;") >= 15);
}

}  // namespace
}  // namespace dhr::review
