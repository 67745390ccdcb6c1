#include "anonymiser/generic_rules.h"

#include <doctest/doctest.h>

#include "anonymiser/overlaps.h"
#include "anonymiser/pattern_rules.h"

namespace dhr {
namespace {

// The original with every generic identifier replaced.
std::string Replace(const std::string& original) {
  auto generic = BuiltinGenericRules();
  REQUIRE(generic.ok());
  std::vector<PatternRule> rules;
  for (const GenericRule& rule : generic.value()) rules.push_back(FromGeneric(rule));
  auto compiled = PatternRules::Compile(std::move(rules));
  REQUIRE(compiled.ok());
  NormalisedText text = Normalise(original);
  auto found = ResolveOverlaps(compiled->Find(text, original, compiled->RulesMatching(text.text),
                                              0, text.text.size()),
                               {});
  std::string out = original;
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    size_t begin = text.OriginalBegin(it->begin);
    out.replace(begin, text.OriginalEnd(it->end) - begin, it->replacement);
  }
  return out;
}

TEST_CASE("anonymiser generic rules: the built-in rules, in the order of rules/generic.yaml") {
  auto rules = BuiltinGenericRules();
  REQUIRE(rules.ok());
  std::vector<std::string> ids;
  for (const GenericRule& rule : rules.value()) ids.push_back(rule.id);
  CHECK(ids == std::vector<std::string>{"email", "nhs-number", "ni-number", "vehicle-registration",
                                        "social-handle", "postcode", "phone", "address"});
}

TEST_CASE("anonymiser generic rules: postcodes") {
  CHECK(Replace("lives at S1 2HE now") == "lives at [postcode] now");
  CHECK(Replace("SW1A 1AA, M60 1NW, b33 8th, GIR 0AA") ==
        "[postcode], [postcode], [postcode], [postcode]");
  CHECK(Replace("S12HE") == "[postcode]");
  CHECK(Replace("S1\u00A02HE") == "[postcode]");
  CHECK(Replace("S1 2HEX and QS1 2HE") == "S1 2HEX and QS1 2HE");
}

TEST_CASE("anonymiser generic rules: phone numbers") {
  for (std::string phone :
       {"0114 273 4567", "(0114) 273 4567", "01142734567", "020 7946 0018", "07700 900123",
        "07700900123", "+44 7700 900123", "+447700900123", "+44 (0)114 273 4567",
        "0044 114 273 4567", "0800 123 4567"}) {
    CAPTURE(phone);
    CHECK(Replace("call " + phone + " today") == "call [phone number] today");
  }
  // A bracket that opens a parenthesis, not an area code, stays.
  CHECK(Replace("(01632 960 441, ppu@example.org)") == "([phone number], [email address])");
  CHECK(Replace("(0161) 496 0000 and (020) 7946 0018") == "[phone number] and [phone number]");
  CHECK(Replace("ref 0114273456789") == "ref 0114273456789");
  CHECK(Replace("12 34 56") == "12 34 56");
}

TEST_CASE("anonymiser generic rules: email addresses") {
  CHECK(Replace("mail sian.dw@example.co.uk.") == "mail [email address].");
  CHECK(Replace("From: O'Brien+dhr@Example.ORG") == "From: [email address]");
  CHECK(Replace("at @ home, a@b") == "at @ home, a@b");
}

TEST_CASE("anonymiser generic rules: NHS numbers in groups whatever the check digit, in a row with a good one") {
  CHECK(Replace("NHS no. 943 476 5919.") == "NHS no. [NHS number].");
  CHECK(Replace("NHS no. 9434765919") == "NHS no. [NHS number]");
  CHECK(Replace("NHS no. 943-476-5919") == "NHS no. [NHS number]");
  CHECK(Replace("NHS no. 943 476 5918") == "NHS no. [NHS number]");  // mistyped: still a person's
  CHECK(Replace("ref 9434765918") == "ref 9434765918");
  CHECK(Replace("NHS no. 19434765919") == "NHS no. 19434765919");
}

TEST_CASE("anonymiser generic rules: National Insurance numbers") {
  CHECK(Replace("NI JG 10 37 59 A.") == "NI [NI number].");
  CHECK(Replace("NI jg103759a") == "NI [NI number]");
  CHECK(Replace("NI AB123456") == "NI [NI number]");
  // Any prefix: one never issued (the QQ of examples, a typo) is still a person's number.
  CHECK(Replace("NI DA123456C GB123456A") == "NI [NI number] [NI number]");
  CHECK(Replace("NI QQ 12 34 56 C") == "NI [NI number]");
}

TEST_CASE("anonymiser generic rules: vehicle registrations and social media handles") {
  CHECK(Replace("registration YK19 HZP.") == "registration [vehicle registration].");
  CHECK(Replace("van WF68OKN parked") == "van [vehicle registration] parked");
  CHECK(Replace("the M62 at junction 29") == "the M62 at junction 29");
  CHECK(Replace("posted as @tasha_b1985.") == "posted as [social media handle].");
  CHECK(Replace("write to tasha@example.com") == "write to [email address]");
}

TEST_CASE("anonymiser generic rules: street addresses with a house number") {
  CHECK(Replace("lived at 4 Quarry Bank Road, Sheffield") == "lived at [address], Sheffield");
  CHECK(Replace("Flat 2, 12a High Street") == "Flat 2, [address]");
  CHECK(Replace("4 St John's Close") == "[address]");
  CHECK(Replace("3 children down the road") == "3 children down the road");
  CHECK(Replace("it took 3 days to walk") == "it took 3 days to walk");
}

TEST_CASE("anonymiser generic rules: errors name the file, line and column") {
  auto error = [](std::string_view yaml) { return ParseGenericRules(yaml, "my.yaml").status(); };
  CHECK(error("rules: [").id() == "anonymiser.rules.yaml");
  CHECK(error("rules: [").Describe().starts_with("my.yaml:1:"));
  Status unknown = error("rules:\n  - id: a\n    pattern: x\n    replacement: y\n    colour: red\n");
  CHECK(unknown.id() == "anonymiser.rules.unknown_key");
  CHECK(unknown.Describe().starts_with("my.yaml:5:5: "));
  Status pattern = error("rules:\n  - id: a\n    pattern: '(x'\n    replacement: y\n");
  CHECK(pattern.id() == "anonymiser.rules.bad_pattern");
  CHECK(pattern.Describe().starts_with("my.yaml:3:14: "));
  CHECK(pattern.message().find("(x") == std::string::npos);  // patterns are never quoted
  CHECK(error("rules:\n  - id: a\n    pattern: x\n").id() == "anonymiser.rules.missing_key");
  CHECK(error("rules:\n  - {id: a, pattern: x, replacement: y}\n  - {id: a, pattern: z, "
              "replacement: y}\n")
            .id() == "anonymiser.rules.duplicate_id");
  CHECK(error("rules:\n  - {id: a, pattern: x, replacement: y, check: luhn}\n").id() ==
        "anonymiser.rules.unknown_check");
  CHECK(error("- a\n").id() == "anonymiser.rules.shape");
  CHECK(error("rule: []\n").id() == "anonymiser.rules.unknown_key");
}

TEST_CASE("anonymiser generic rules: loaded through the file system") {
  MemoryFileSystem files;
  files.files["r.yaml"] = "rules:\n  - {id: ref, pattern: 'ref-\\d+', replacement: '[ref]'}\n";
  auto rules = LoadGenericRules(files, "r.yaml");
  REQUIRE(rules.ok());
  REQUIRE(rules->size() == 1);
  CHECK(rules.value()[0].pos.line == 2);
  CHECK_FALSE(LoadGenericRules(files, "missing.yaml").ok());
}

}  // namespace
}  // namespace dhr
