#include "pipeline/scan/text_detector.h"

#include "pipeline/scan/keyed_patterns.h"

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

std::string FirstRule(const std::string& text) {
  const auto found = Scan(text);
  return found.empty() ? "(nothing found)" : found[0].rule;
}

TEST_CASE("scan detector: full name, accents, case and hyphens") {
  CHECK(Texts(Scan("Siân Delacroix-Webb was seen.")) == Strings{"Siân Delacroix-Webb"});
  CHECK(FirstRule("Siân Delacroix-Webb was seen.") == "person:victim full name");
  CHECK(Texts(Scan("SIAN DELACROIX WEBB")) == Strings{"SIAN DELACROIX WEBB"});
  CHECK(Texts(Scan("sian delacroix\u2011webb")) == Strings{"sian delacroix\u2011webb"});
  CHECK(Texts(Scan("Sia\u0302n Delacroix\u2013Webb")) == Strings{"Sia\u0302n Delacroix\u2013Webb"});
}

TEST_CASE("scan detector: name parts, titles and possessives") {
  CHECK(FirstRule("Sian said") == "person:victim first name");
  CHECK(FirstRule("Ms Delacroix-Webb said") == "person:victim title + surname");
  CHECK(Texts(Scan("Ms Delacroix-Webb said")) == Strings{"Ms Delacroix-Webb"});
  CHECK(FirstRule("the Webb family") == "person:victim surname part");
  CHECK(Texts(Scan("Connor\u2019s car")) == Strings{"Connor\u2019s"});
  CHECK(Texts(Scan("Connor D\u2019Arcy left")) == Strings{"Connor D\u2019Arcy"});
  CHECK(Texts(Scan("Mr DArcy left")) == Strings{"Mr DArcy"});
  CHECK(FirstRule("Dr Patel saw her") == "professional:GP title + surname");
  CHECK(FirstRule("Berg") == "person:brother of the victim surname");
  CHECK(FirstRule("Tomasz van der Berg") == "person:brother of the victim full name");
  CHECK(FirstRule("Sunny") == "person:victim alias");
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
  CHECK(FirstRule("at 14 Acacia Ave, Harrogate") == "place:the family home name");
  CHECK(Texts(Scan("on Acacia Avenue")) == Strings{"Acacia Avenue"});
  CHECK(FirstRule("pupils at Oakfield said") == "place:the school name (distinctive part)");
}

TEST_CASE("scan detector: common words match only capitalised") {
  CHECK(Scan("she picked a rose").empty());
  CHECK(Texts(Scan("Rose went out; ROSE came back")) == Strings{"Rose", "ROSE"});
  CHECK(Texts(Scan("rose okafor")) == Strings{"rose okafor"});
}

TEST_CASE("scan detector: keys of first words") {
  CHECK(WordKey(icu::UnicodeString::fromUTF8("D'Arcy"), 0) == U"da");
  CHECK(WordKey(icu::UnicodeString::fromUTF8("DArcy"), 0) == U"da");
  CHECK(WordKey(icu::UnicodeString::fromUTF8("SIAN"), 0) == U"si");
  CHECK(WordKey(icu::UnicodeString::fromUTF8("14 Acacia"), 0) == U"14");
  CHECK(WordKey(icu::UnicodeString::fromUTF8("J"), 0) == U"j*");
  CHECK(WordKey(icu::UnicodeString::fromUTF8("'x"), 0).empty());
  CHECK(WholeWord(icu::UnicodeString::fromUTF8("Mrs. Webb"), 0) == U"mrs");
}

TEST_CASE("scan detector: titles are tried only where a word is a title") {
  CHECK(FirstRule("Mrs Okafor") == "person:daughter of the victim title + surname");
  CHECK(FirstRule("Mrsokafor") == "(nothing found)");
  CHECK(FirstRule("Misses Okafor") == "person:daughter of the victim surname");
}

TEST_CASE("scan detector: precise dates in every usual form, month and year alone fine") {
  for (const char* date : {"8 June 2022", "8th June 2022", "08/06/2022", "8.6.22", "2022-06-08", "June 8, 2022",
                           "8 Jun 2022", "8th of June, 2022", "Wednesday 8 June 2022", "8-Jun-2022",
                           "8/6/2022", "June 8th 2022", "2022-06-08T10:00:00Z"}) {
    CAPTURE(date);
    const auto found = Scan(std::string("It was ") + date + ".");
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule.rfind("date:", 0) == 0);
  }
  for (const char* fine : {"June 2022", "in Jun 2022", "8 June", "paragraph 4.2.15", "version 1.2.3.4", "2022",
                           "15/22", "1.5.2.22"}) {
    CAPTURE(fine);
    CHECK(Scan(fine).empty());
  }
}

TEST_CASE("scan detector: dates are not looked for in machine timestamps") {
  DetectOptions timestamp;
  timestamp.timestamp = true;
  CHECK(Scan("2022-06-08T10:00:00Z", timestamp).empty());
}

TEST_CASE("scan detector: generic identifiers") {
  CHECK(FirstRule("lives at LS1 4AB now") == "generic:UK postcode");
  CHECK(FirstRule("SW1A 1AA") == "generic:UK postcode");
  CHECK(Scan("the 3rd floor of B12 3rd").empty());  // ordinals are not inward codes
  CHECK(FirstRule("call 01632 960123 today") == "generic:UK phone number");
  CHECK(FirstRule("call +44 (0)20 7946 0123") == "generic:UK phone number");
  CHECK(FirstRule("write to someone@example.co.uk") == "generic:email address");
  CHECK(FirstRule("NHS number 943 476 5919") == "generic:NHS number");
  CHECK(FirstRule("NHS number 943 476 5918") == "generic:NHS number");  // grouped: mistyped is still one
  CHECK(Scan("order 9434765918").empty());
  CHECK(FirstRule("NI number JG 12 34 56 C") == "generic:National Insurance number");
  CHECK(FirstRule("NI number AB123456C") == "generic:National Insurance number");
  CHECK(FirstRule("code GB123456A") == "generic:National Insurance number");  // any prefix: a typo is one
  CHECK(FirstRule("registration YK19 HZP") == "generic:vehicle registration");
  CHECK(FirstRule("posted as @tasha_b1985") == "generic:social media handle");
  CHECK(FirstRule("mail tasha@example.com") == "generic:email address");
}

TEST_CASE("scan detector: markings and draft numbering only for a publication check") {
  DetectOptions publication;
  publication.publication = true;
  CHECK(Scan("OFFICIAL-SENSITIVE").empty());
  CHECK(Texts(Scan("OFFICIAL-SENSITIVE", publication)) == Strings{"OFFICIAL-SENSITIVE"});
  CHECK(Texts(Scan("Official Sensitive", publication)) == Strings{"Official Sensitive"});
  CHECK(Texts(Scan("OFFICIAL", publication)) == Strings{"OFFICIAL"});
  CHECK(Texts(Scan("RESTRICTED", publication)) == Strings{"RESTRICTED"});
  CHECK(Scan("the official view, restricted access", publication).empty());
  CHECK(Texts(Scan("DRAFT 3", publication)) == Strings{"DRAFT 3"});
  CHECK(Texts(Scan("Draft v2", publication)) == Strings{"Draft v2"});
  CHECK(Texts(Scan("Draft version 2.1", publication)) == Strings{"Draft version 2.1"});
  CHECK(Scan("the draft was shared", publication).empty());
}

}  // namespace
}  // namespace dhr::scan
