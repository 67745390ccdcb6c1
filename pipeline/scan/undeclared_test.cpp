#include "pipeline/scan/undeclared.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/scan/text_detector.h"

namespace dhr::scan {
namespace {

// The bundled example's people, in brief: what a police IMR of that case would name.
Case ExampleLikeCase() {
  Case c;
  c.file = "case.yaml";
  c.review.partnership = "Safer Northbrook Partnership";
  c.review.police_force = "Westshire Police";
  c.review.chair.name = "Helen Ashworth";
  c.review.panel = {{"DI Sarah Okafor", "Detective Inspector", "Westshire Police", {}},
                    {"Dr Laura Finch", "Designated Nurse", "Northbrook Integrated Care Board", {}}};
  c.review.agencies = {{"Northbrook Community Health NHS Trust", {"IMR"}, {}}};
  Person victim;
  victim.name = "Joanne Hartley";
  victim.role = "victim";
  Person mother;
  mother.name = "Margaret Hartley";
  mother.relationship = "mother";
  Person perpetrator;
  perpetrator.name = "Darren Whitlock";
  perpetrator.role = "perpetrator";
  c.people = {victim, mother, perpetrator};
  Professional idva;
  idva.name = "Kerry Lomax";
  idva.role = "IDVA";
  Professional officer;
  officer.name = "Ryan Holt";
  officer.aliases = {"PC Holt"};
  officer.role = "Police Officer";
  c.professionals = {idva, officer};
  Place home;
  home.name = "14 Larchfield Close";
  c.places = {home};
  c.allow = {"Greggs"};
  return c;
}

struct Candidate {
  std::string text;
  std::string rule;
};

std::vector<Candidate> Undeclared(const std::string& text, bool publication = false) {
  static const ScanTarget target = [] {
    auto t = CompileScanTarget(ExampleLikeCase());
    REQUIRE(t.ok());
    return std::move(t).value();
  }();
  TextDetector detector(target);
  DetectOptions options;
  options.undeclared = true;
  options.publication = publication;
  auto hits = detector.Find(text, options);
  REQUIRE(hits.ok());
  std::vector<Candidate> out;
  for (const TextHit& h : *hits)
    if (h.category == Category::kUndeclared || h.warning) out.push_back({text.substr(h.begin, h.end - h.begin), h.rule});
  return out;
}

std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Candidate& c : Undeclared(text)) out.push_back(c.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("undeclared: the issue's police IMR, every name the case does not list") {
  CHECK(Texts("Mrs Beverley Ashcroft of 16 Foxglove Lane called the police.") ==
        Strings{"Beverley Ashcroft", "16 Foxglove Lane"});
  CHECK(Texts("PC Gareth Lloyd attended with PC Holt.") == Strings{"Gareth Lloyd"});
  CHECK(Texts("She was with Kerry-Ann Fox from Oakfield Nursery.") == Strings{"Kerry-Ann Fox", "Oakfield Nursery"});
  CHECK(Texts("Joanne Hartley's sister Michelle Hartley rang.") == Strings{"Michelle Hartley"});
  CHECK(Texts("She worked at Greggs in Northbrook High Street.") == Strings{"Northbrook High Street"});
}

TEST_CASE("undeclared: each kind is reported under its rule") {
  auto c = Undeclared("Her friend Tasha came. DS Kowalczyk spoke to Michelle Adult X at Elmfield Infant School.");
  REQUIRE(c.size() == 4);
  CHECK(c[0].text == "Tasha");
  CHECK(c[0].rule == "undeclared:relation and given name");
  CHECK(c[1].text == "Kowalczyk");
  CHECK(c[1].rule == "undeclared:titled person");
  CHECK(c[2].text == "Michelle");
  CHECK(c[2].rule == "undeclared:given name beside a declared name");
  CHECK(c[3].text == "Elmfield Infant School");
  CHECK(c[3].rule == "undeclared:institution");
}

TEST_CASE("undeclared: people, in the forms reports write them") {
  CHECK(Texts("his cousin Dean was present") == Strings{"Dean"});
  CHECK(Texts("their neighbour, Lorraine Pryce-Jenkins, heard shouting") == Strings{"Lorraine Pryce-Jenkins"});
  CHECK(Texts("Detective Sergeant Priya Raman interviewed him.") == Strings{"Priya Raman"});
  CHECK(Texts("Sgt Liam O'Donnell reviewed the log.") == Strings{"Liam O'Donnell"});
  CHECK(Texts("A referral was made by Zoë Lindqvist.") == Strings{"Zoë Lindqvist"});
  CHECK(Texts("Following Shauna McBride's call, officers attended.") == Strings{"Shauna McBride's"});
  CHECK(Texts("Nurse Ruth Kendrick saw her.") == Strings{"Ruth Kendrick"});
  CHECK(Texts("Dean Hartley attended the hearing.") == Strings{"Dean Hartley"});
  CHECK(Texts("The officer met MICHELLE HARTLEY at the door.") == Strings{"MICHELLE HARTLEY"});
}

TEST_CASE("undeclared: places, with and without a house number") {
  CHECK(Texts("They moved to 22 Rowan Way in June 2021.") == Strings{"22 Rowan Way"});
  CHECK(Texts("She lived on Green Lane.") == Strings{"Green Lane"});
  CHECK(Texts("He was treated at Tinsley Green Health Centre.") == Strings{"Tinsley Green Health Centre"});
  CHECK(Texts("The children attended St Bede's Primary School.") == Strings{"St Bede's Primary School"});
  CHECK(Texts("She was seen at Brookside Surgery.") == Strings{"Brookside Surgery"});
}

TEST_CASE("undeclared: declared, kept, public and ordinary words are not candidates") {
  // Declared people and places, in any form the scan knows.
  CHECK(Texts("Joanne Hartley and Darren Whitlock lived at 14 Larchfield Close.").empty());
  CHECK(Texts("PC Holt and Kerry Lomax met Margaret Hartley.").empty());
  // The case's public names: Chair, panel (with and without title), agencies, partnership.
  CHECK(Texts("Helen Ashworth chaired the panel; Sarah Okafor and Dr Finch attended.").empty());
  CHECK(Texts("The Safer Northbrook Partnership and Westshire Police agreed.").empty());
  CHECK(Texts("Northbrook Community Health NHS Trust provided an IMR.").empty());
  // The domain list, Acts, codes, acronyms, title-case headings, allow.
  CHECK(Texts("A MARAC referral and a DASH Risk Identification Checklist were completed.").empty());
  CHECK(Texts("Clare's Law applications under the Domestic Violence Disclosure Scheme").empty());
  CHECK(Texts("The Domestic Abuse Act 2021 and the Protection of Freedoms Act 2012 apply.").empty());
  CHECK(Texts("Adult X and Adult XAP lived with Child X1 and Child X2; GP1 saw IDVA1.").empty());
  CHECK(Texts("Good Practice and Lessons Learned").empty());
  CHECK(Texts("Terms of Reference, Equality and Diversity, Professional Curiosity").empty());
  CHECK(Texts("Children's Social Care and the Multi-Agency Safeguarding Hub shared information.").empty());
  CHECK(Texts("On Monday in March she spoke Polish and Urdu at the Crown Court.").empty());
  CHECK(Texts("She worked at Greggs.").empty());
  CHECK(Texts("Contact the National Domestic Abuse Helpline or Women's Aid.").empty());
  CHECK(Texts("See https://www.gov.uk/Government/Publications and write to Info@Example.org").empty());
  // A hyphenated given name is not the declared one inside it, and its own finding is the undeclared name.
  CHECK(Texts("Kerry-Ann Fox attended.") == Strings{"Kerry-Ann Fox"});
}

TEST_CASE("undeclared: a gendered word beside a child's code is a warning at publication only") {
  auto c = Undeclared("Child X1 said that she was frightened. Adult X said he left.", true);
  REQUIRE(c.size() == 1);
  CHECK(c[0].text == "she");
  CHECK(c[0].rule == "publication:child's gender");
  CHECK(Undeclared("Child X1 said that she was frightened.", false).empty());
}

}  // namespace dhr::scan
