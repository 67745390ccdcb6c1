#include "pipeline/case/people_lookup.h"
#include "base/text.h"

#include <cctype>

#include "pipeline/case/relationship.h"

namespace dhr {

bool SameName(std::string_view a, std::string_view b) {
  return EqualsIgnoringAsciiCase(a, b);
}

std::vector<size_t> PeopleWithRole(const Case& c, std::string_view role) {
  std::vector<size_t> found;
  for (size_t i = 0; i < c.people.size(); ++i) {
    if (c.people[i].role == role) found.push_back(i);
  }
  return found;
}

std::optional<size_t> FindPersonByName(const Case& c, std::string_view name) {
  for (size_t i = 0; i < c.people.size(); ++i) {
    const Person& person = c.people[i];
    if (SameName(person.name, name)) return i;
    for (const std::string& alias : person.aliases) {
      if (SameName(alias, name)) return i;
    }
  }
  return std::nullopt;
}

std::optional<size_t> FindOwner(const Case& c, std::string_view of) {
  if (of == kVictimRole || of == kPerpetratorRole) {
    std::vector<size_t> found = PeopleWithRole(c, of);
    if (found.size() == 1) return found[0];
    return std::nullopt;
  }
  return FindPersonByName(c, of);
}

}  // namespace dhr
