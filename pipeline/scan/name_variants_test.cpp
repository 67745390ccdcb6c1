#include "pipeline/scan/name_variants.h"

#include <doctest/doctest.h>

#include <set>

#include "pipeline/scan/scan_target.h"
#include "pipeline/scan/word_lists.h"

namespace dhr::scan {
namespace {

std::set<std::string> Rules(const std::vector<NameVariant>& variants) {
  std::set<std::string> out;
  for (const NameVariant& v : variants) out.insert(v.rule);
  return out;
}

Case OnePerson(const std::string& name, const std::string& role = "victim") {
  Case c;
  Person p;
  p.name = name;
  p.role = role;
  c.people = {p};
  return c;
}

TEST_CASE("scan variants: every part of a full name, longest first") {
  const auto variants = IdentifierVariants(OnePerson("Siân Eleri Delacroix-Webb"));
  const std::set<std::string> expected = {
      "person:victim full name",   "person:victim first name", "person:victim middle name",
      "person:victim first name + surname", "person:victim surname", "person:victim surname part",
      "person:victim title + surname"};
  CHECK(Rules(variants) == expected);
  for (size_t i = 1; i < variants.size(); ++i) CHECK(variants[i - 1].weight >= variants[i].weight);
  CHECK(variants.front().rule == "person:victim full name");
  for (const NameVariant& v : variants) {
    CHECK(v.rule_id == "identifier.person");
    CHECK(v.mask == "[name]");
    CHECK(v.rule.find("Sian") == std::string::npos);
    CHECK(v.rule.find("Delacroix") == std::string::npos);
  }
}

TEST_CASE("scan variants: titles are set aside, particles belong to the surname") {
  const auto titled = IdentifierVariants(OnePerson("Dr Okafor"));
  CHECK(Rules(titled) == std::set<std::string>{"person:victim surname", "person:victim title + surname"});
  const auto particles = IdentifierVariants(OnePerson("Maria de la Cruz"));
  CHECK(Rules(particles).count("person:victim surname") == 1);
  bool core = false;
  for (const NameVariant& v : particles) core = core || v.pattern == "Cruz";
  CHECK(core);
}

TEST_CASE("scan variants: relatives, professionals and places are described, never named") {
  Case c;
  Person brother;
  brother.name = "Tom Smith";
  brother.relationship = "brother";
  Person cousin;
  cousin.name = "Ann Jones";
  cousin.relationship = "cousin";
  cousin.of = "Tom Smith";
  c.people = {brother, cousin};
  Professional hv;
  hv.name = "Jo Bloggs";
  c.professionals = {hv};
  Place school;
  school.name = "Oakfield Primary School";
  c.places = {school};
  const std::set<std::string> rules = Rules(IdentifierVariants(c));
  CHECK(rules.count("person:brother of the victim full name") == 1);
  CHECK(rules.count("person:cousin (person 2) full name") == 1);
  CHECK(rules.count("professional:professional 1 full name") == 1);
  CHECK(rules.count("place:place 1 name") == 1);
  for (const std::string& r : rules) CHECK(r.find("Tom") == std::string::npos);
}

TEST_CASE("scan variants: word patterns escape what the regex engine would read") {
  CHECK(WordPattern("D'Arcy") == "D'?Arcy");
  CHECK(WordPattern("St.") == "St\\.?");
  CHECK(WordPattern("a(b)*") == "a\\(b\\)\\*");
  Case c = OnePerson("Connor (Con) [x] \\ * + ? | ^ $ {2}");
  c.keep = {"a(b", "]"};
  auto target = CompileScanTarget(c);
  CHECK_MESSAGE(target.ok(), target.status().Describe());
}

TEST_CASE("scan variants: word lists") {
  CHECK(IsTitle("Mrs"));
  CHECK(IsTitle("dr."));
  CHECK_FALSE(IsTitle("Connor"));
  CHECK(IsNameParticle("van"));
  CHECK(StreetWordPattern("Road") == "(?:road|rd)");
  CHECK(StreetWordPattern("Connor").empty());
  CHECK(IsCommonWord("Rose"));
  CHECK_FALSE(IsCommonWord("Connor"));
  CHECK(TitlesPattern().find("mrs|") < TitlesPattern().find("mr|"));
}

}  // namespace
}  // namespace dhr::scan
