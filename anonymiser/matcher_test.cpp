#include "anonymiser/matcher.h"

#include <doctest/doctest.h>

#include <thread>

namespace dhr {
namespace {

Identity Make(std::string id, IdentityKind kind, std::string code,
              std::vector<std::string> names) {
  Identity identity;
  identity.id = std::move(id);
  identity.kind = kind;
  identity.code = std::move(code);
  identity.names = std::move(names);
  return identity;
}

MatcherInput CaseInput() {
  MatcherInput input;
  input.identities = {
      Make("person:0", IdentityKind::kPerson, "Adult X", {"Siân Delacroix-Webb"}),
      Make("person:1", IdentityKind::kPerson, "Adult XB", {"Connor D'Arcy", "Con"}),
      Make("person:2", IdentityKind::kPerson, "Child Y", {"Mia Delacroix-Webb", "Kez"}),
      Make("person:3", IdentityKind::kPerson, "Adult XM", {"Ann Price"}),
      Make("professional:0", IdentityKind::kProfessional, "GP1", {"Dr Tomasz Nowak"}),
      Make("place:0", IdentityKind::kPlace, "the GP surgery",
           {"Quarry Bank Surgery", "the Bank surgery"}),
  };
  input.identities[2].is_child = true;
  input.keep = {"Connor Walsh"};
  input.extra_rules = {{"case-ref", "DHR ?\\d{2}/\\d{3}", "[review reference]", {}}};
  input.current_year = 2025;
  return input;
}

const Matcher& CaseMatcher() {
  static const Matcher matcher = [] {
    Result<Matcher> compiled = Matcher::Compile(CaseInput());
    REQUIRE(compiled.ok());
    return std::move(compiled.value());
  }();
  return matcher;
}

// The text with every match replaced; checks the matches are sorted, non-overlapping and inside.
std::string Anonymise(std::string_view text, const Matcher& matcher = CaseMatcher()) {
  std::vector<Match> matches = matcher.Find(text);
  std::string out;
  size_t pos = 0;
  for (const Match& m : matches) {
    REQUIRE(m.begin >= pos);
    REQUIRE(m.begin < m.end);
    REQUIRE(m.end <= text.size());
    out.append(text.substr(pos, m.begin - pos));
    out += m.replacement;
    pos = m.end;
  }
  out.append(text.substr(pos));
  return out;
}

std::vector<Match> FindIn(std::string_view text) { return CaseMatcher().Find(text); }

TEST_CASE("anonymiser matcher: full name, first name, surname, title and surname") {
  CHECK(Anonymise("Siân Delacroix-Webb was 34.") == "Adult X was 34.");
  CHECK(Anonymise("Siân was 34.") == "Adult X was 34.");
  CHECK(Anonymise("Ms Delacroix-Webb was 34.") == "Adult X was 34.");
  CHECK(Anonymise("Ms Siân Delacroix-Webb was 34.") == "Adult X was 34.");
  CHECK(Anonymise("Mrs. Price and Ann") == "Adult XM and Adult XM");
  CHECK(Anonymise("Connor D'Arcy, Connor, D'Arcy, Mr D'Arcy, Con") ==
        "Adult XB, Adult XB, Adult XB, Adult XB, Adult XB");
}

TEST_CASE("anonymiser matcher: no partial or false replacement of names the case does not declare") {
  // A declared given name is not the given name inside a hyphenated one ("Ann" of Ann Price).
  CHECK(Anonymise("Mary-Ann Fox attended") == "Mary-Ann Fox attended");
  CHECK(Anonymise("Ann-Marie attended") == "Ann-Marie attended");
  CHECK(Anonymise("Ann attended") == "Adult XM attended");
  // A declared surname after a given name the case does not declare is someone else: left for
  // the leak scan's check for undeclared names to report whole.
  CHECK(Anonymise("Michelle Price rang") == "Michelle Price rang");
  CHECK(Anonymise("then Zoë Nowak called") == "then Zoë Nowak called");
  // After a title, an ordinary word, a declared given name or at the start, it is replaced.
  CHECK(Anonymise("Mrs Price rang") == "Adult XM rang");
  CHECK(Anonymise("PC Nowak rang") == "GP1 rang");
  CHECK(Anonymise("Then Price rang") == "Then Adult XM rang");
  CHECK(Anonymise("Ann Price rang") == "Adult XM rang");
  CHECK(Anonymise("Price rang") == "Adult XM rang");
  CHECK(Anonymise("MERGEFIELD Price") == "MERGEFIELD Adult XM");
  // An ambiguous surname standing alone is still replaced, and flagged.
  const std::vector<Match> alone = FindIn("Delacroix-Webb rang");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].ambiguous);
}

TEST_CASE("anonymiser matcher: professionals and places") {
  CHECK(Anonymise("Dr Tomasz Nowak, Dr Nowak, Tomasz and Nowak") == "GP1, GP1, GP1 and GP1");
  CHECK(Anonymise("DR NOWAK") == "GP1");
  CHECK(Anonymise("seen at Quarry Bank Surgery") == "seen at the GP surgery");
  CHECK(Anonymise("seen at QUARRY  BANK\u00A0SURGERY") == "seen at the GP surgery");
  CHECK(Anonymise("seen at the Bank surgery") == "seen at the GP surgery");
  CHECK(Anonymise("the bank") == "the bank");
}

TEST_CASE("anonymiser matcher: possessives keep their apostrophe") {
  CHECK(Anonymise("Siân's car") == "Adult X's car");
  CHECK(Anonymise("D'Arcy's car") == "Adult XB's car");
  CHECK(Anonymise("D’Arcy’s car") == "Adult XB’s car");
  CHECK(Anonymise("Ms Delacroix-Webb's car") == "Adult X's car");
  CHECK(Anonymise("Kez' car") == "Child Y' car");
}

TEST_CASE("anonymiser matcher: case, accents, apostrophes, spaces, hyphens, soft hyphens") {
  CHECK(Anonymise("SIÂN DELACROIX-WEBB") == "Adult X");
  CHECK(Anonymise("Sian Delacroix-Webb") == "Adult X");
  CHECK(Anonymise("sian delacroix webb") == "Adult X");
  CHECK(Anonymise("Connor D’Arcy") == "Adult XB");
  CHECK(Anonymise("Connor D‘Arcy and Connor DArcy") == "Adult XB and Adult XB");
  CHECK(Anonymise("Siân\u00A0Delacroix\u2011Webb") == "Adult X");
  CHECK(Anonymise("Siân Delacroix\u2010Webb") == "Adult X");
  CHECK(Anonymise("Siân Delacroix\u2013Webb") == "Adult X");
  CHECK(Anonymise("Si\u00ADân Dela\u00ADcroix-Webb") == "Adult X");
  CHECK(Anonymise("Sia\xCC\x82n said") == "Adult X said");  // â as a + combining circumflex
  CHECK(Anonymise("Sian_Delacroix_Webb_IMR.docx") == "Adult X_IMR.docx");
}

TEST_CASE("anonymiser matcher: a name is not found inside a longer name") {
  CHECK(Anonymise("Siâne came") == "Siâne came");
  CHECK(Anonymise("Anne came") == "Anne came");
  CHECK(Anonymise("Kezia came") == "Kezia came");
  CHECK(Anonymise("Joanna Constance") == "Joanna Constance");
  CHECK(Anonymise("Ann came") == "Adult XM came");
}

TEST_CASE("anonymiser matcher: keep wins over everything") {
  CHECK(Anonymise("Connor Walsh MP met Connor D'Arcy and Connor.") ==
        "Connor Walsh MP met Adult XB and Adult XB.");
  CHECK(Anonymise("CONNOR WALSH") == "CONNOR WALSH");
  CHECK(FindIn("Connor Walsh").empty());
}

TEST_CASE("anonymiser matcher: a shared variant is replaced and flagged ambiguous") {
  std::vector<Match> surname = FindIn("Delacroix-Webb");
  REQUIRE(surname.size() == 1);
  CHECK(surname[0].replacement == "Adult X");  // the first identity in input order
  CHECK(surname[0].identity == "person:0");
  CHECK(surname[0].ambiguous);
  std::vector<Match> full = FindIn("Mia Delacroix-Webb");
  REQUIRE(full.size() == 1);
  CHECK(full[0].replacement == "Child Y");
  CHECK(full[0].identity == "person:2");
  CHECK_FALSE(full[0].ambiguous);
  std::vector<Match> first = FindIn("Siân");
  REQUIRE(first.size() == 1);
  CHECK_FALSE(first[0].ambiguous);
}

TEST_CASE("anonymiser matcher: rules and identities of matches") {
  auto rule_of = [](std::string_view text) {
    std::vector<Match> matches = FindIn(text);
    REQUIRE(matches.size() == 1);
    return matches[0].rule;
  };
  CHECK(rule_of("Siân") == "name:person:0");
  CHECK(rule_of("Kez") == "name:person:1");
  CHECK(rule_of("Nowak") == "name:professional:0");
  CHECK(rule_of("the Bank surgery") == "name:place:1");
  CHECK(rule_of("8 June 2022") == "date");
  CHECK(rule_of("S1 2HE") == "generic:postcode");
  CHECK(rule_of("DHR 22/014") == "extra:case-ref");
  CHECK(FindIn("S1 2HE")[0].identity.empty());
}

TEST_CASE("anonymiser matcher: dates, generic and extra rules in a sentence") {
  CHECK(Anonymise("On 8 June 2022 at 02:15 police attended 4 Quarry Bank Road, S1 2HE.") ==
        "In June 2022 police attended [address], [postcode].");
  CHECK(Anonymise("Siân died on Wednesday 8 June 2022.") == "Adult X died in June 2022.");
  CHECK(Anonymise("Kez (DOB 08/06/2015, NHS 943 476 5919) and 31/02/2022") ==
        "Child Y (DOB June 2015, NHS [NHS number]) and 31/02/2022");
  CHECK(Anonymise("Review DHR 22/014: call 07700 900123 or mail con@example.org") ==
        "Review [review reference]: call [phone number] or mail [email address]");
  CHECK(Anonymise("NI JG 10 37 59 A") == "NI [NI number]");
}

TEST_CASE("anonymiser matcher: a name overlapped by a longer match is still replaced") {
  // The email wins over the full name it overlaps; "Siân" before it is found on the second look.
  CHECK(Anonymise("Siân Delacroix-Webb@example.org") == "Adult X [email address]");
}

TEST_CASE("anonymiser matcher: offsets point into the original text") {
  const std::string text = "«SIÂN’s» friend\u00A0Con";
  std::vector<Match> matches = FindIn(text);
  REQUIRE(matches.size() == 2);
  CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "SIÂN’s");
  CHECK(matches[0].replacement == "Adult X’s");
  CHECK(text.substr(matches[1].begin) == "Con");
  CHECK(Anonymise(text) == "«Adult X’s» friend\u00A0Adult XB");
}

TEST_CASE("anonymiser matcher: a text with no identifiers returns no matches") {
  CHECK(FindIn("").empty());
  CHECK(FindIn("The panel met in June 2022 and agreed 12 recommendations.").empty());
  CHECK(FindIn("Anne, Siâne and Kezia are not in this case.").empty());
}

TEST_CASE("anonymiser matcher: a replacement is never matched again") {
  MatcherInput input;
  // The pseudonym the family chose for one person is the first name of another.
  input.identities = {
      Make("person:0", IdentityKind::kPerson, "Mia", {"Jack Smith"}),
      Make("person:1", IdentityKind::kPerson, "Child Y", {"Mia Jones"}),
  };
  input.current_year = 2025;
  Result<Matcher> matcher = Matcher::Compile(input);
  REQUIRE(matcher.ok());
  CHECK(Anonymise("Jack Smith met Mia.", matcher.value()) == "Mia met Child Y.");
  std::vector<Match> once = matcher->Find("Jack Smith");
  REQUIRE(once.size() == 1);
  CHECK(once[0].replacement == "Mia");
}

TEST_CASE("anonymiser matcher: concurrent searches agree") {
  const std::string text =
      "On 8 June 2022 Siân Delacroix-Webb told Dr Nowak that Connor D'Arcy had called 07700 "
      "900123 while Kez was at Quarry Bank Surgery.";
  const std::vector<Match> expected = FindIn(text);
  REQUIRE(expected.size() == 7);
  std::vector<std::thread> threads;
  std::vector<int> agreed(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        std::vector<Match> found = CaseMatcher().Find(text);
        bool same = found.size() == expected.size();
        for (size_t k = 0; same && k < found.size(); ++k) {
          same = found[k].begin == expected[k].begin && found[k].end == expected[k].end &&
                 found[k].replacement == expected[k].replacement;
        }
        agreed[static_cast<size_t>(t)] += same ? 1 : 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(agreed == std::vector<int>(4, 200));
}

TEST_CASE("anonymiser matcher: errors") {
  MatcherInput bad_rule;
  bad_rule.extra_rules = {{"x", "(Siân", "y", {"case.yaml", 30, 5}}};
  Result<Matcher> rule = Matcher::Compile(bad_rule);
  REQUIRE_FALSE(rule.ok());
  CHECK(rule.status().Describe().starts_with("case.yaml:30:5: "));
  MatcherInput no_code;
  no_code.identities = {Make("person:0", IdentityKind::kPerson, "", {"Siân"})};
  CHECK(Matcher::Compile(no_code).status().id() == "anonymiser.identity.no_code");
  MatcherInput own_generic;
  own_generic.generic_rules = std::vector<GenericRule>{};
  Result<Matcher> without = Matcher::Compile(own_generic);
  REQUIRE(without.ok());
  CHECK(without->Find("S1 2HE").empty());
}

}  // namespace
}  // namespace dhr
