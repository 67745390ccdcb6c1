#include "pipeline/scan/undeclared_suggestions.h"

#include <doctest/doctest.h>

namespace dhr::scan {
namespace {

Finding Undeclared(const std::string& matched, const std::string& kind, const std::string& context,
                   const std::string& location = "paragraph 4") {
  Finding f;
  f.file = "imr.docx";
  f.part = "word/document.xml";
  f.location = location;
  f.category = Category::kUndeclared;
  f.rule = "undeclared:" + kind;
  f.rule_id = kind == "street" || kind == "institution" ? "undeclared.place" : "undeclared.person";
  f.matched = matched;
  f.context = context;
  return f;
}

}  // namespace

TEST_CASE("undeclared suggestions: each name once, in the section it most likely belongs to") {
  std::vector<Finding> findings = {
      Undeclared("Beverley Ashcroft", "titled person", "A neighbour, Mrs Beverley Ashcroft, called."),
      Undeclared("Gareth Lloyd", "titled person", "PC Gareth Lloyd attended."),
      Undeclared("Tasha", "relation and given name", "Her friend Tasha rang."),
      Undeclared("Tasha's", "relation and given name", "Her friend Tasha's flat.", "paragraph 9"),
      Undeclared("Michelle Hartley", "given name beside a declared name", "Michelle Hartley rang."),
      Undeclared("Bernadette", "relation and given name", "her manager Bernadette said"),
      Undeclared("22 Rowan Way", "street", "They moved to 22 Rowan Way."),
      Undeclared("Oakfield Nursery", "institution", "at Oakfield Nursery"),
      Undeclared("Northbrook Housing Trust", "name", "Northbrook Housing Trust visited"),
  };
  Finding date;
  date.category = Category::kDate;
  date.matched = "8 June 2022";
  findings.push_back(date);  // not undeclared: left out
  const auto s = SuggestFromFindings(findings);
  REQUIRE(s.size() == 8);  // Tasha once
  CHECK(s[0].section == "people");
  CHECK(s[0].detail_key == "code");
  CHECK(s[0].detail == "Individual 1");
  CHECK(s[1].section == "professionals");
  CHECK(s[1].detail == "Police Officer");
  CHECK(s[2].name == "Tasha");
  CHECK(s[2].detail_key == "relationship");
  CHECK(s[2].detail == "friend");
  CHECK(s[2].first_seen == "imr.docx, word/document.xml, paragraph 4");
  CHECK(s[3].detail == "relative");
  CHECK(s[4].detail_key == "code");  // "manager" is no relationship a case file knows
  CHECK(s[5].section == "places");
  CHECK(s[5].detail == "a street");
  CHECK(s[6].detail == "a nursery");
  CHECK(s[7].section == "keep");

  const std::string yaml = SuggestionYaml(s);
  CHECK(yaml.find("people:\n  # first seen: imr.docx, word/document.xml, paragraph 4 (undeclared:titled person)\n"
                  "  - name: \"Beverley Ashcroft\"\n    code: \"Individual 1\"\n") != std::string::npos);
  CHECK(yaml.find("professionals:\n") != std::string::npos);
  CHECK(yaml.find("places:\n") != std::string::npos);
  CHECK(yaml.find("keep:\n  # first seen: imr.docx, word/document.xml, paragraph 4 (undeclared:name)\n"
                  "  - \"Northbrook Housing Trust\"\n") != std::string::npos);
  CHECK(yaml.find("people:") < yaml.find("professionals:"));
  CHECK(yaml.find("professionals:") < yaml.find("places:"));
  CHECK(SuggestionYaml({}).empty());
}

TEST_CASE("undeclared suggestions: quotes and backslashes in a name are escaped for YAML") {
  const auto s = SuggestFromFindings({Undeclared("Tom \"Tiny\" Baxter", "name", "Tom \"Tiny\" Baxter")});
  REQUIRE(s.size() == 1);
  CHECK(SuggestionYaml(s).find("name: \"Tom \\\"Tiny\\\" Baxter\"") != std::string::npos);
}

}  // namespace dhr::scan
