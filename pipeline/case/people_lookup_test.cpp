#include "pipeline/case/people_lookup.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

Person Someone(std::string name, std::vector<std::string> aliases, std::string role) {
  Person person;
  person.name = std::move(name);
  person.aliases = std::move(aliases);
  person.role = std::move(role);
  return person;
}

Case ThreePeople() {
  Case c;
  c.people.push_back(Someone("Siân Webb", {"Sian"}, "victim"));
  c.people.push_back(Someone("Kieran D'Arcy", {"Kez"}, "perpetrator"));
  c.people.push_back(Someone("Eileen Webb", {}, ""));
  return c;
}

TEST_CASE("people lookup: by name or alias, ignoring ASCII case") {
  Case c = ThreePeople();
  CHECK(FindPersonByName(c, "KEZ") == 1u);
  CHECK(FindPersonByName(c, "eileen webb") == 2u);
  CHECK_FALSE(FindPersonByName(c, "Eileen"));
  CHECK(SameName("Siân", "SIâN"));
}

TEST_CASE("people lookup: the owner named by of:") {
  Case c = ThreePeople();
  CHECK(FindOwner(c, "victim") == 0u);
  CHECK(FindOwner(c, "perpetrator") == 1u);
  CHECK(FindOwner(c, "Sian") == 0u);
  c.people.push_back(Someone("Second", {}, "perpetrator"));
  CHECK_FALSE(FindOwner(c, "perpetrator"));
  CHECK(PeopleWithRole(c, "perpetrator") == std::vector<size_t>{1, 3});
}

}  // namespace
}  // namespace dhr
