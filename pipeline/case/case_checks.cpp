#include "pipeline/case/case_checks.h"

#include <string>
#include <vector>

#include "pipeline/case/people_lookup.h"
#include "pipeline/case/relationship.h"
#include "pipeline/case/suggestion.h"

namespace dhr {
namespace {

std::string Line(const SourcePos& pos) { return "line " + std::to_string(pos.line); }

void CheckOneVictim(const Case& c, const CaseSourceMap& where, YamlReader& reader) {
  std::vector<size_t> victims = PeopleWithRole(c, kVictimRole);
  for (size_t k = 1; k < victims.size(); ++k) {
    reader.Error(where.person_role[victims[k]], "two_victims",
                 "role: a second victim; a review has one victim (the first is at " +
                     Line(c.people[victims[0]].pos) + ")");
  }
}

void CheckUniqueNames(const CaseSourceMap& where, YamlReader& reader) {
  for (size_t i = 0; i < where.names.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      const NameUse& later = where.names[i];
      const NameUse& earlier = where.names[j];
      if (later.entry == earlier.entry || !SameName(later.name, earlier.name)) continue;
      reader.Error(later.pos, "duplicate_name",
                   "this name is also given at " + Line(earlier.pos) +
                       "; each name or alias must belong to one entry");
      break;
    }
  }
  for (const NameUse& kept : where.keep) {
    for (const NameUse& replaced : where.names) {
      if (!SameName(kept.name, replaced.name)) continue;
      reader.Error(kept.pos, "keep_conflict",
                   "keep: this name is also to be replaced (" + Line(replaced.pos) +
                       "); a name cannot be both kept and replaced");
      break;
    }
  }
}

// " (did you mean the person at line N?)" when a name or alias is close; never the name itself.
std::string NearestPersonHint(const CaseSourceMap& where, std::string_view of) {
  std::vector<std::string_view> names;
  std::vector<SourcePos> positions;
  for (const NameUse& use : where.names) {
    if (use.entry.starts_with("person:")) {
      names.push_back(use.name);
      positions.push_back(use.pos);
    }
  }
  std::string closest = ClosestWord(of, names);
  for (size_t i = 0; i < names.size() && !closest.empty(); ++i) {
    if (names[i] == closest) return " (did you mean the person at " + Line(positions[i]) + "?)";
  }
  return "";
}

// Whose relative each person is: an index into people, or nullopt for the victim or perpetrator
// who has no entry of their own, and for anyone whose `of:` is in error.
std::vector<std::optional<size_t>> CheckOwners(const Case& c, const CaseSourceMap& where,
                                               YamlReader& reader) {
  std::vector<std::optional<size_t>> owners(c.people.size());
  for (size_t i = 0; i < c.people.size(); ++i) {
    const Person& person = c.people[i];
    if (person.relationship.empty()) continue;
    SourcePos at = where.person_of[i].line > 0 ? where.person_of[i] : person.pos;
    bool role_word = person.of == kVictimRole || person.of == kPerpetratorRole;
    if (role_word && PeopleWithRole(c, person.of).size() > 1) {
      reader.Error(at, "of",
                   "of: the case has more than one " + person.of + "; name the one meant");
      continue;
    }
    owners[i] = FindOwner(c, person.of);
    if (!role_word && !owners[i]) {
      reader.Error(at, "of", "of: names nobody in people:" + NearestPersonHint(where, person.of));
    } else if (owners[i] == i) {
      reader.Error(at, "of", "of: names the person themself");
      owners[i].reset();
    }
  }
  return owners;
}

void CheckNoLoops(const Case& c, const CaseSourceMap& where,
                  const std::vector<std::optional<size_t>>& owners, YamlReader& reader) {
  // 0 = not visited, 1 = on the current chain, 2 = done.
  std::vector<int> state(c.people.size(), 0);
  for (size_t start = 0; start < c.people.size(); ++start) {
    std::vector<size_t> chain;
    std::optional<size_t> at = start;
    while (at && state[*at] == 0) {
      state[*at] = 1;
      chain.push_back(*at);
      at = owners[*at];
    }
    if (at && state[*at] == 1) {
      reader.Error(where.person_of[*at], "of_loop",
                   "of: the chain of relatives loops back to this person");
    }
    for (size_t visited : chain) state[visited] = 2;
  }
}

}  // namespace

void CheckCase(const Case& c, const CaseSourceMap& where, YamlReader& reader) {
  CheckOneVictim(c, where, reader);
  CheckUniqueNames(where, reader);
  CheckNoLoops(c, where, CheckOwners(c, where, reader), reader);
}

}  // namespace dhr
