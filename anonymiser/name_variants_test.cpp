#include "anonymiser/name_variants.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

namespace dhr {
namespace {

std::vector<std::string> Texts(const Identity& identity) {
  std::vector<std::string> out;
  for (const NameVariant& v : NameVariants(identity)) {
    out.push_back(v.text + "#" + std::to_string(v.name_index));
  }
  return out;
}

TEST_CASE("anonymiser name variants: full name, first name, surname") {
  Identity victim{.id = "person:0", .kind = IdentityKind::kPerson, .code = "Adult X",
                  .names = {"Siân Delacroix-Webb"}};
  CHECK(Texts(victim) ==
        std::vector<std::string>{"sian delacroix-webb#0", "sian#0", "delacroix-webb#0"});
}

TEST_CASE("anonymiser name variants: aliases, middle names, particles, titles") {
  Identity relative{.kind = IdentityKind::kPerson,
                    .names = {"Connor James D'Arcy", "Con", "Connor Darcy"}};
  CHECK(Texts(relative) == std::vector<std::string>{"connor james d'arcy#0", "connor#0",
                                                    "d'arcy#0", "connor d'arcy#0", "con#1"});
  Identity aliased{.kind = IdentityKind::kPerson, .names = {"Mia Delacroix-Webb", "Kez Webb"}};
  CHECK(Texts(aliased) == std::vector<std::string>{"mia delacroix-webb#0", "mia#0",
                                                   "delacroix-webb#0", "kez webb#1", "kez#1",
                                                   "webb#1"});
  Identity particle{.kind = IdentityKind::kPerson, .names = {"Anna van der Berg"}};
  CHECK(Texts(particle) ==
        std::vector<std::string>{"anna van der berg#0", "anna#0", "van der berg#0", "berg#0"});
  Identity doctor{.kind = IdentityKind::kProfessional, .names = {"Dr Tomasz Nowak"}};
  CHECK(Texts(doctor) == std::vector<std::string>{"tomasz nowak#0", "tomasz#0", "nowak#0"});
  Identity di{.kind = IdentityKind::kPerson, .names = {"Di Walsh"}};
  CHECK(Texts(di) == std::vector<std::string>{"di walsh#0", "di#0", "walsh#0"});
  Identity initial{.kind = IdentityKind::kPerson, .names = {"J Smith"}};
  CHECK(Texts(initial) == std::vector<std::string>{"j smith#0", "smith#0"});
}

TEST_CASE("anonymiser name variants: places as given, a street without its number, an institution's distinctive words") {
  Identity home{.kind = IdentityKind::kPlace, .names = {"4 Quarry Bank Road", "Quarry Bank"}};
  CHECK(Texts(home) == std::vector<std::string>{"4 quarry bank road#0", "quarry bank road#0", "quarry bank#1"});
  Identity school{.kind = IdentityKind::kPlace, .names = {"Elmfield Infant School"}};
  CHECK(Texts(school) == std::vector<std::string>{"elmfield infant school#0", "elmfield#0"});
  Identity centre{.kind = IdentityKind::kPlace, .names = {"Tinsley Green Health Centre"}};
  CHECK(Texts(centre) == std::vector<std::string>{"tinsley green health centre#0", "tinsley green#0"});
}

TEST_CASE("anonymiser name variants: keys and patterns ignore separators") {
  CHECK(NameKey("d'arcy") == NameKey("darcy"));
  CHECK(NameKey("delacroix-webb") == NameKey("delacroix webb"));
  CHECK(NameKey("st. john") == NameKey("st john"));
  RE2 pattern(NamePattern("d'arcy delacroix-webb"), RE2::Quiet);
  REQUIRE(pattern.ok());
  CHECK(RE2::FullMatch("d'arcy delacroix-webb", pattern));
  CHECK(RE2::FullMatch("darcy delacroix webb", pattern));
  CHECK(RE2::FullMatch("d arcy_delacroix_webb", pattern));
  CHECK_FALSE(RE2::FullMatch("d.arcy delacroix-webb", pattern));
  RE2 dotted(NamePattern("st. john (senior)"), RE2::Quiet);
  REQUIRE(dotted.ok());
  CHECK(RE2::FullMatch("st john (senior)", dotted));
  CHECK(RE2::FullMatch("st. john (senior)", dotted));
}

}  // namespace
}  // namespace dhr
