#include "pipeline/scan/text_detector.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dhr::scan {
namespace {

Case DemoCase() {
  Case c;
  c.file = "case.yaml";
  Person victim;
  victim.name = "Siân Delacroix-Webb";
  victim.role = "victim";
  victim.aliases = {"Sunny"};
  Person perpetrator;
  perpetrator.name = "Connor D'Arcy";
  perpetrator.role = "perpetrator";
  Person brother;
  brother.name = "Tomasz van der Berg";
  brother.relationship = "brother";
  Person daughter;
  daughter.name = "Rose Okafor";
  daughter.relationship = "daughter";
  c.people = {victim, perpetrator, brother, daughter};
  Professional gp;
  gp.name = "Dr Amir Patel";
  gp.role = "GP";
  c.professionals = {gp};
  Place home;
  home.name = "14 Acacia Avenue, Harrogate";
  home.replacement = "the family home";
  Place school;
  school.name = "Oakfield Primary School";
  school.replacement = "the school";
  c.places = {home, school};
  c.keep = {"Connor Walsh", "Harrogate Borough Council"};
  return c;
}

struct Found {
  std::string text;
  std::string rule;
};

std::vector<Found> Scan(const std::string& text, DetectOptions options = {}) {
  static const ScanTarget target = std::move(CompileScanTarget(DemoCase())).value();
  TextDetector detector(target);
  auto hits = detector.Find(text, options);
  REQUIRE(hits.ok());
  std::vector<Found> out;
  for (const TextHit& h : *hits) out.push_back({text.substr(h.begin, h.end - h.begin), h.rule});
  return out;
}

std::vector<std::string> Texts(const std::vector<Found>& found) {
  std::vector<std::string> out;
  for (const Found& f : found) out.push_back(f.text);
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("scan detector: full name, accents, case and hyphens") {
  CHECK(Texts(Scan("Siân Delacroix-Webb was seen.")) == Strings{"Siân Delacroix-Webb"});
  CHECK(Scan("Siân Delacroix-Webb was seen.")[0].rule == "person:victim full name");
  CHECK(Texts(Scan("SIAN DELACROIX WEBB")) == Strings{"SIAN DELACROIX WEBB"});
  CHECK(Texts(Scan("sian delacroix\u2011webb")) == Strings{"sian delacroix\u2011webb"});
  CHECK(Texts(Scan("Sia\u0302n Delacroix\u2013Webb")) == Strings{"Sia\u0302n Delacroix\u2013Webb"});
}

TEST_CASE("scan detector: name parts, titles and possessives") {
  CHECK(Scan("Sian said")[0].rule == "person:victim first name");
  CHECK(Scan("Ms Delacroix-Webb said")[0].rule == "person:victim title + surname");
  CHECK(Texts(Scan("Ms Delacroix-Webb said")) == Strings{"Ms Delacroix-Webb"});
  CHECK(Scan("the Webb family")[0].rule == "person:victim surname part");
  CHECK(Texts(Scan("Connor\u2019s car")) == Strings{"Connor\u2019s"});
  CHECK(Texts(Scan("Connor D\u2019Arcy left")) == Strings{"Connor D\u2019Arcy"});
  CHECK(Texts(Scan("Mr DArcy left")) == Strings{"Mr DArcy"});
  CHECK(Scan("Dr Patel saw her")[0].rule == "professional:GP title + surname");
  CHECK(Scan("Berg")[0].rule == "person:brother of the victim surname");
  CHECK(Scan("Tomasz van der Berg")[0].rule == "person:brother of the victim full name");
  CHECK(Scan("Sunny")[0].rule == "person:victim alias");
}

TEST_CASE("scan detector: word edges are letters, not punctuation") {
  CHECK(Scan("Siana and Connors").empty());
  CHECK(Texts(Scan("connor.darcy@example.org")) == Strings{"connor", "connor.darcy@example.org", "darcy"});
  CHECK(Texts(Scan("Connor_x", {{true, false}})) == Strings{"Connor"});
  CHECK(Texts(Scan("ConnorDArcy", {{true, false}})) == Strings{"ConnorDArcy"});
}

TEST_CASE("scan detector: keep spans are public") {
  CHECK(Scan("Connor Walsh chaired the panel").empty());
  CHECK(Scan("Harrogate Borough Council").empty());
  CHECK(Texts(Scan("Connor Walsh met Connor")) == Strings{"Connor"});
  CHECK(Texts(Scan("He lived in Harrogate")) == Strings{});  // a town alone is not the address
}

TEST_CASE("scan detector: places") {
  CHECK(Scan("at 14 Acacia Ave, Harrogate")[0].rule == "place:the family home name");
  CHECK(Texts(Scan("on Acacia Avenue")) == Strings{"Acacia Avenue"});
  CHECK(Scan("pupils at Oakfield said")[0].rule == "place:the school name (distinctive part)");
}

TEST_CASE("scan detector: common words match only capitalised") {
  CHECK(Scan("she picked a rose").empty());
  CHECK(Texts(Scan("Rose went out; ROSE came back")) == Strings{"Rose", "ROSE"});
  CHECK(Texts(Scan("rose okafor")) == Strings{"rose okafor"});
}

}  // namespace
}  // namespace dhr::scan
