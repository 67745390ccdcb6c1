#include "pipeline/fill/tag_syntax.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

TEST_CASE("fill tag syntax: a value with filters, spaces optional") {
  for (const char* text : {"{{ homicide.date | month_year }}", "{{homicide.date|month_year}}"}) {
    TagScan scan = FindTags(std::string("On ") + text + ".");
    REQUIRE(scan.problems.empty());
    REQUIRE(scan.tags.size() == 1);
    const Tag& tag = scan.tags[0];
    CHECK(tag.kind == TagKind::kValue);
    CHECK(tag.begin == 3);
    CHECK(tag.text == text);
    CHECK(tag.path.segments == std::vector<std::string>{"homicide", "date"});
    REQUIRE(tag.filters.size() == 1);
    CHECK(tag.filters[0].name == "month_year");
  }
}

TEST_CASE("fill tag syntax: default takes straight or curly quotes, and text with a pipe inside quotes") {
  TagScan scan = FindTags("{{ a | default: \"not known | yet\" }} {{ b | upper | default: \u201Cn/a\u201D }}");
  REQUIRE(scan.problems.empty());
  REQUIRE(scan.tags.size() == 2);
  CHECK(scan.tags[0].filters[0].argument == "not known | yet");
  REQUIRE(scan.tags[1].filters.size() == 2);
  CHECK(scan.tags[1].filters[1].argument == "n/a");
}

TEST_CASE("fill tag syntax: blocks, else, closings, markdown, this and @number") {
  TagScan scan = FindTags("{{#each rows}}{{@number}}{{this.name}}{{else}}{{/each}}{{#if a.b}}{{/if}}"
                          "{{#unless c}}{{/unless}}{{markdown summary}}{{ this }}");
  REQUIRE(scan.problems.empty());
  std::vector<TagKind> kinds;
  for (const Tag& t : scan.tags) kinds.push_back(t.kind);
  CHECK(kinds == std::vector<TagKind>{TagKind::kEachOpen, TagKind::kValue, TagKind::kValue, TagKind::kElse,
                                      TagKind::kEachClose, TagKind::kIfOpen, TagKind::kIfClose, TagKind::kUnlessOpen,
                                      TagKind::kUnlessClose, TagKind::kMarkdown, TagKind::kValue});
  CHECK(scan.tags[0].path.text == "rows");
  CHECK(scan.tags[1].path.segments == std::vector<std::string>{"@number"});
  CHECK(scan.tags[2].path.segments == std::vector<std::string>{"this", "name"});
  CHECK(scan.tags[9].path.text == "summary");
}

TEST_CASE("fill tag syntax: mistakes are problems with their range; a known kind still counts") {
  TagScan scan = FindTags("a {{ x | shout }} b {{#loop y}} c }} d {{#each}} e {{ p..q }} f {{ unclosed");
  std::vector<std::string> ids;
  for (const TagProblem& p : scan.problems) ids.push_back(p.id);
  CHECK(ids == std::vector<std::string>{"template.unknown_filter", "template.unknown_block", "template.stray_close",
                                        "template.bad_path", "template.bad_path", "template.unclosed_tag"});
  CHECK(scan.problems[0].begin == 2);
  CHECK(scan.problems[0].message.find("\"shout\" is not a known filter") != std::string::npos);
  // {{#each}} without a path is still an opening, so its {{/each}} does not look unopened.
  bool each_kept = false;
  for (const Tag& t : scan.tags) each_kept |= t.kind == TagKind::kEachOpen && !t.valid;
  CHECK(each_kept);
}

TEST_CASE("fill tag syntax: a filter's argument is checked") {
  CHECK(FindTags("{{ a | default }}").problems.at(0).id == "template.bad_filter_argument");
  CHECK(FindTags("{{ a | upper: \"x\" }}").problems.at(0).id == "template.bad_filter_argument");
  CHECK(FindTags("{{ a | }}").problems.at(0).id == "template.bad_filter");
  CHECK(FindTags("{{/each rows}}").problems.at(0).id == "template.bad_tag");
}

TEST_CASE("fill tag syntax: text without braces holds no tags") {
  CHECK_FALSE(MayHoldTags("A plain {paragraph} with braces"));
  CHECK(MayHoldTags("x {{y"));
  CHECK(FindTags("A plain {paragraph}").tags.empty());
  CHECK(FindTags("A plain {paragraph}").problems.empty());
}

}  // namespace
}  // namespace dhr
