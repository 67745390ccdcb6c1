// PeopleLookup: finding the people of a case by name, alias or role, as `of:` refers to them.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "pipeline/case/case.h"

namespace dhr {

// True when two names are the same ignoring ASCII case ("Kez" and "KEZ").
bool SameName(std::string_view a, std::string_view b);

// Indexes into case.people of everyone with the role ("victim", "perpetrator"), in file order.
std::vector<size_t> PeopleWithRole(const Case& c, std::string_view role);

// The person whose name or one of whose aliases is `name`; the first in file order.
std::optional<size_t> FindPersonByName(const Case& c, std::string_view name);

// The person `of:` refers to: the one victim or perpetrator for those words, otherwise by name.
// nullopt when nobody (or, for a role word, more than one person or none) answers to it.
std::optional<size_t> FindOwner(const Case& c, std::string_view of);

}  // namespace dhr
