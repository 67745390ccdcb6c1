#include "anonymiser/code_assignment.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "anonymiser/person_codes.h"
#include "pipeline/case/people_lookup.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {
namespace {

std::string Replace(std::string text, std::string_view placeholder, std::string_view value) {
  if (size_t at = text.find(placeholder); at != std::string::npos) {
    text.replace(at, placeholder.size(), value);
  }
  return text;
}

// The pattern the scheme gives a role ("GP{n}"), or its pattern for roles it does not list.
std::string PatternForRole(const Scheme& scheme, const std::string& role) {
  for (const ProfessionalCode& entry : scheme.professionals) {
    if (SameName(entry.role, role)) return entry.code;
    for (const std::string& also : entry.also) {
      if (SameName(also, role)) return entry.code;
    }
  }
  return Replace(scheme.other_professionals, "{role}", role);
}

std::vector<std::string> NamesOf(const std::string& name, const std::vector<std::string>& aliases) {
  std::vector<std::string> names = {name};
  names.insert(names.end(), aliases.begin(), aliases.end());
  return names;
}

std::vector<Identity> ProfessionalIdentities(const Case& c, const Scheme& scheme,
                                             std::set<std::string>* taken) {
  std::vector<Identity> identities;
  std::map<std::string, int> next_number;  // per pattern
  for (size_t i = 0; i < c.professionals.size(); ++i) {
    const Professional& professional = c.professionals[i];
    std::string code = professional.code;
    if (code.empty()) {
      // A role written twice in different case ("dentist", "Dentist") is counted as one.
      std::string role = professional.role;
      for (size_t j = 0; j < i; ++j) {
        if (SameName(c.professionals[j].role, role)) role = c.professionals[j].role;
        if (role != professional.role) break;
      }
      std::string pattern = PatternForRole(scheme, role);
      int& n = next_number.try_emplace(pattern, 1).first->second;
      while (taken->contains(Replace(pattern, "{n}", std::to_string(n)))) ++n;
      code = Replace(pattern, "{n}", std::to_string(n++));
      taken->insert(code);
    }
    identities.push_back({"professional:" + std::to_string(i), IdentityKind::kProfessional, code,
                          NamesOf(professional.name, professional.aliases), professional.role,
                          false, professional.pos, {}});
  }
  return identities;
}

std::vector<Identity> PlaceIdentities(const Case& c) {
  std::vector<Identity> identities;
  for (size_t i = 0; i < c.places.size(); ++i) {
    const Place& place = c.places[i];
    identities.push_back({"place:" + std::to_string(i), IdentityKind::kPlace, place.replacement,
                          NamesOf(place.name, place.aliases), "place", false, place.pos, {}});
  }
  return identities;
}

Status NoSharedCodes(const std::vector<Identity>& identities) {
  std::vector<Problem> errors;
  std::map<std::string, const Identity*> first_with;
  for (const Identity& identity : identities) {
    if (identity.kind == IdentityKind::kPlace) continue;  // "a school" may stand for two schools
    auto [at, inserted] = first_with.try_emplace(identity.code, &identity);
    if (inserted) continue;
    Location where{identity.pos.file, "", identity.pos.line, identity.pos.column};
    errors.push_back(Problem{Severity::kError, "scheme.duplicate_code",
                             "'" + identity.code + "' would also replace the entry at line " +
                                 std::to_string(at->second->pos.line) + "; give one of them another code",
                             where});
  }
  if (errors.empty()) return Status();
  return CombineErrors("scheme.duplicate_code", std::move(errors));
}

// A pseudonym that is a real name of the case (or a kept name) undoes the anonymisation it stands
// for, or at least confuses the reader. People come first in `identities`, in case order.
void WarnOfPseudonymsThatAreRealNames(const Case& c, const std::vector<Identity>& identities,
                                      std::vector<Problem>* warnings) {
  for (size_t i = 0; i < c.people.size(); ++i) {
    const Person& person = c.people[i];
    if (person.pseudonym.empty()) continue;
    auto is_pseudonym = [&](const std::string& name) { return SameName(name, person.pseudonym); };
    for (size_t j = 0; j < identities.size(); ++j) {
      const Identity& other = identities[j];
      if (std::none_of(other.names.begin(), other.names.end(), is_pseudonym)) continue;
      warnings->push_back(Warning(
          person.pos, j == i ? "the pseudonym is the person's own name, which will then appear in "
                               "the anonymised text"
                             : "the pseudonym is also a real name in the case (line " +
                                   std::to_string(other.pos.line) + ")"));
      break;
    }
    if (std::any_of(c.keep.begin(), c.keep.end(), is_pseudonym)) {
      warnings->push_back(Warning(person.pos, "the pseudonym is also a name under keep:"));
    }
  }
}

}  // namespace

Problem Warning(const SourcePos& at, std::string_view message) {
  return Problem::Warning("case.yaml.codes", std::string(message), Location{at.file, "", at.line, at.column});
}

Result<std::vector<Identity>> AssignCodes(const Case& c, const Scheme& scheme,
                                          std::vector<Problem>* warnings) {
  std::vector<Problem> ignored;
  if (warnings == nullptr) warnings = &ignored;
  std::set<std::string> taken;
  for (const Person& person : c.people) {
    if (!person.code.empty()) taken.insert(person.code);
  }
  for (const Professional& professional : c.professionals) {
    if (!professional.code.empty()) taken.insert(professional.code);
  }
  Result<std::vector<Identity>> people = PersonIdentities(c, scheme, &taken, warnings);
  if (!people.ok()) return people.status();
  std::vector<Identity> identities = std::move(*people);
  for (Identity& identity : ProfessionalIdentities(c, scheme, &taken)) {
    identities.push_back(std::move(identity));
  }
  for (Identity& identity : PlaceIdentities(c)) identities.push_back(std::move(identity));
  if (Status shared = NoSharedCodes(identities); !shared.ok()) return shared;
  WarnOfPseudonymsThatAreRealNames(c, identities, warnings);
  return identities;
}

}  // namespace dhr
