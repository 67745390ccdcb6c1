#include "anonymiser/person_codes.h"

#include <algorithm>
#include <map>
#include <optional>

#include "anonymiser/code_assignment.h"
#include "pipeline/case/people_lookup.h"
#include "pipeline/case/relationship.h"

namespace dhr {
namespace {

// Where a person's code comes from, and what it is once known.
struct Coding {
  std::optional<size_t> owner;  // the person they are a relative of, when that person has an entry
  std::string owner_stem;       // that person's stem: "X" for the victim
  int round = -1;               // -1 until known
  bool is_child = false;
  std::string code;  // "Adult XM"; before any pseudonym
  std::string stem;  // "XM": what their own relatives' codes extend
};

bool Contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "household member" -> "HM", for a relationship the scheme has no suffix for.
std::string Initials(const std::string& relationship) {
  std::string initials;
  bool at_start = true;
  for (char c : relationship) {
    if (c == ' ' || c == '-') {
      at_start = true;
    } else if (at_start) {
      initials += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      at_start = false;
    }
  }
  return initials;
}

// Suffixes that only gendered relationships use ("D" for daughter), so a code ending in one tells
// the person's gender; "P", shared by "partner" and "husband", does not.
std::set<std::string> GenderedSuffixes(const Scheme& scheme) {
  std::set<std::string> gendered, neutral;
  for (const auto& [relationship, suffix] : scheme.relative_suffixes) {
    (IsGenderedRelationship(relationship) ? gendered : neutral).insert(suffix);
  }
  for (const std::string& suffix : neutral) gendered.erase(suffix);
  return gendered;
}

class PersonCoder {
 public:
  PersonCoder(const Case& c, const Scheme& scheme, std::set<std::string>* taken,
              std::vector<Problem>* warnings)
      : case_(c),
        scheme_(scheme),
        taken_(*taken),
        warnings_(*warnings),
        codings_(c.people.size()) {}

  Result<std::vector<Identity>> Run() {
    if (Status owners = FindOwners(); !owners.ok()) return owners;
    if (Status rounds = FindRounds(); !rounds.ok()) return rounds;
    int last_round = 0;
    for (const Coding& coding : codings_) last_round = std::max(last_round, coding.round);
    for (int round = 0; round <= last_round; ++round) CodeRound(round);
    WarnOfGenderedChildCodes();
    return Identities();
  }

 private:
  std::string Letter() const { return case_.review.letter; }
  std::string PerpetratorStem() const { return Letter() + scheme_.perpetrator_suffix; }
  bool HasRole(const Person& person) const { return !person.role.empty(); }

  static Status Error(const Person& person, std::string id, std::string message) {
    Location where{person.pos.file, "", person.pos.line, person.pos.column};
    return Status::Error(std::move(id), std::move(message), where);
  }

  Status FindOwners() {
    for (size_t i = 0; i < case_.people.size(); ++i) {
      const Person& person = case_.people[i];
      if (HasRole(person) || person.relationship.empty()) continue;
      bool role_word = person.of == kVictimRole || person.of == kPerpetratorRole;
      size_t with_role = role_word ? PeopleWithRole(case_, person.of).size() : 0;
      if (role_word && with_role > 1) {
        return Error(person, "scheme.of", "of: the case has more than one " + person.of);
      }
      codings_[i].owner = FindOwner(case_, person.of);
      if (!role_word && !codings_[i].owner) {
        return Error(person, "scheme.of", "of: names nobody in people:");
      }
      if (!codings_[i].owner) {
        codings_[i].owner_stem = person.of == kPerpetratorRole ? PerpetratorStem() : Letter();
      }
    }
    return Status();
  }

  // A person's round is one more than their owner's; people with a role, or nobody to derive
  // from, are round 0. Chains are walked without recursion.
  Status FindRounds() {
    for (size_t start = 0; start < codings_.size(); ++start) {
      std::vector<size_t> chain;
      size_t at = start;
      while (codings_[at].round < 0 && codings_[at].owner) {
        if (std::find(chain.begin(), chain.end(), at) != chain.end()) {
          return Error(case_.people[at], "scheme.of_loop", "of: the chain of relatives loops");
        }
        chain.push_back(at);
        at = *codings_[at].owner;
      }
      if (codings_[at].round < 0) codings_[at].round = 0;
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        codings_[*it].round = codings_[*codings_[*it].owner].round + 1;
      }
    }
    return Status();
  }

  std::string Suffix(const Person& person) {
    auto found = scheme_.relative_suffixes.find(person.relationship);
    if (found != scheme_.relative_suffixes.end()) return found->second;
    std::string initials = Initials(person.relationship);
    warnings_.push_back(Warning(person.pos, "the scheme has no suffix for the relationship '" +
                                                person.relationship + "'; using '" + initials +
                                                "'"));
    return initials;
  }

  // The code a person would have before numbering, as word and stem; whether it is always numbered.
  struct Proposal {
    std::string word, stem;
    bool always_numbered = false;
  };

  // Notes whom the person derives from and whether they are a child, for everyone.
  void Prepare(size_t i) {
    const Person& person = case_.people[i];
    Coding& coding = codings_[i];
    if (coding.owner) coding.owner_stem = codings_[*coding.owner].stem;
    if (!HasRole(person) && !person.relationship.empty()) {
      coding.is_child =
          person.child.value_or(Contains(scheme_.child_relationships, person.relationship));
    }
  }

  Proposal Propose(size_t i) {
    const Person& person = case_.people[i];
    const Coding& coding = codings_[i];
    if (person.role == kVictimRole) return {scheme_.adult_word, Letter()};
    if (person.role == kPerpetratorRole) return {scheme_.adult_word, PerpetratorStem()};
    if (coding.is_child && scheme_.gender_neutral_children) {
      return {scheme_.child_word, coding.owner_stem, true};
    }
    std::string word = coding.is_child ? scheme_.child_word : scheme_.adult_word;
    return {word, coding.owner_stem + Suffix(person)};
  }

  void CodeRound(int round) {
    std::map<std::string, std::vector<size_t>> groups;  // by unnumbered code
    std::map<std::string, Proposal> proposals;
    std::vector<std::string> order;  // the groups in file order
    for (size_t i = 0; i < codings_.size(); ++i) {
      if (codings_[i].round != round) continue;
      const Person& person = case_.people[i];
      Prepare(i);
      // An explicit code, or a pseudonym with nothing to derive a code from, stands as it is.
      if (!person.code.empty() || (!HasRole(person) && person.relationship.empty())) {
        codings_[i].code = person.code.empty() ? person.pseudonym : person.code;
        codings_[i].stem = CodeStem(scheme_, codings_[i].code);
        continue;
      }
      Proposal proposal = Propose(i);
      std::string code = proposal.word + " " + proposal.stem;
      if (!groups.contains(code)) order.push_back(code);
      groups[code].push_back(i);
      proposals[code] = proposal;
    }
    for (const std::string& code : order) {
      const Proposal& proposal = proposals[code];
      const std::vector<size_t>& members = groups[code];
      bool numbered = proposal.always_numbered || members.size() > 1 || taken_.contains(code);
      int n = 1;
      for (size_t i : members) {
        std::string stem = proposal.stem;
        if (numbered) {
          while (taken_.contains(proposal.word + " " + proposal.stem + std::to_string(n))) ++n;
          stem += std::to_string(n++);
        }
        codings_[i].stem = stem;
        codings_[i].code = proposal.word + " " + stem;
        taken_.insert(codings_[i].code);
      }
    }
  }

  void WarnOfGenderedChildCodes() {
    std::set<std::string> gendered = GenderedSuffixes(scheme_);
    for (size_t i = 0; i < codings_.size(); ++i) {
      const Coding& coding = codings_[i];
      if (!coding.is_child || !case_.people[i].pseudonym.empty()) continue;
      std::string tail = CodeStem(scheme_, coding.code);
      while (!tail.empty() && tail.back() >= '0' && tail.back() <= '9') tail.pop_back();
      if (tail.starts_with(coding.owner_stem)) tail.erase(0, coding.owner_stem.size());
      bool tells_gender = std::any_of(gendered.begin(), gendered.end(),
                                      [&](const std::string& s) { return tail.ends_with(s); });
      if (!tells_gender) continue;
      std::string source = case_.people[i].code.empty() ? "the scheme" : "code:";
      Problem warning = Warning(
          case_.people[i].pos,
          "the code '" + coding.code + "' (from " + source +
              ") gives a child's gender; the Safer Cornwall DHR toolkit asks that, \"to enhance "
              "anonymity, the children's genders should not be given\": prefer a numbered code "
              "such as '" +
              scheme_.child_word + " " + coding.owner_stem + "1'");
      warning.id = kChildCodeGenderWarning;
      warnings_.push_back(std::move(warning));
    }
  }

  std::vector<Identity> Identities() const {
    std::vector<Identity> identities;
    for (size_t i = 0; i < case_.people.size(); ++i) {
      const Person& person = case_.people[i];
      std::vector<std::string> names = {person.name};
      names.insert(names.end(), person.aliases.begin(), person.aliases.end());
      Identity identity{"person:" + std::to_string(i), IdentityKind::kPerson,
                        person.pseudonym.empty() ? codings_[i].code : person.pseudonym,
                        std::move(names), HasRole(person) ? person.role : person.relationship,
                        codings_[i].is_child, person.pos, {}};
      if (!HasRole(person)) {
        identity.relationship_text = codings_[i].is_child && scheme_.gender_neutral_children
                                         ? std::string(NeutralRelationship(person.relationship))
                                         : person.relationship;
      }
      identities.push_back(std::move(identity));
    }
    return identities;
  }

  const Case& case_;
  const Scheme& scheme_;
  std::set<std::string>& taken_;
  std::vector<Problem>& warnings_;
  std::vector<Coding> codings_;
};

}  // namespace

std::string CodeStem(const Scheme& scheme, const std::string& code) {
  for (const std::string& word : {scheme.adult_word, scheme.child_word}) {
    if (code.starts_with(word + " ")) return code.substr(word.size() + 1);
  }
  return code;
}

Result<std::vector<Identity>> PersonIdentities(const Case& c, const Scheme& scheme,
                                               std::set<std::string>* taken,
                                               std::vector<Problem>* warnings) {
  return PersonCoder(c, scheme, taken, warnings).Run();
}

}  // namespace dhr
