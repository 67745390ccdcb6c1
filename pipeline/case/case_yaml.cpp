#include "pipeline/case/case_yaml.h"
#include "base/text.h"

#include <algorithm>
#include <cctype>

#include "pipeline/case/action_plan_yaml.h"
#include "pipeline/case/ethnicity.h"
#include "pipeline/case/homicide_yaml.h"
#include "pipeline/case/iso_date.h"
#include "pipeline/case/relationship.h"
#include "pipeline/case/review_yaml.h"
#include "pipeline/case/suggestion.h"

namespace dhr {
namespace {

constexpr std::string_view kTopKeys[] = {"review",   "people",    "professionals",  "places",
                                         "keep",     "rules",     "rule_files",     "homicide",
                                         "data_form", "recommendations", "allow"};
constexpr std::string_view kPersonKeys[] = {
    "name",   "aliases",   "role",        "relationship", "of",       "pseudonym",
    "code",   "child",     "dob",         "age",          "gender",   "ethnicity",
    "nationality", "religion", "sexual_orientation", "disability"};
constexpr std::string_view kProfessionalKeys[] = {"name", "aliases", "role", "agency", "code"};
constexpr std::string_view kPlaceKeys[] = {"name", "aliases", "replacement"};
constexpr std::string_view kRuleKeys[] = {"id", "pattern", "replacement"};

class CaseYamlReader {
 public:
  CaseYamlReader(YamlReader& reader, Case* out, CaseSourceMap* where)
      : reader_(reader), out_(*out), where_(*where) {}

  void ReadRoot(const YAML::Node& root) {
    if (root.IsNull()) {
      reader_.Error(reader_.Pos(root), "empty",
                    "the case file is empty; it needs review: and people:");
      return;
    }
    for (const YamlField& field : reader_.Fields(root, "case file", kTopKeys)) {
      if (field.key == "review") ReadReviewYaml(field.value, reader_, &out_.review, &where_);
      if (field.key == "homicide") {
        where_.homicide = reader_.Pos(field);
        ReadHomicideYaml(field.value, reader_, &out_.homicide);
      }
      if (field.key == "data_form") {
        where_.data_form = reader_.Pos(field);
        out_.has_data_form = true;
        ReadDataFormYaml(field.value, reader_, &out_.data_form);
      }
      if (field.key == "recommendations") {
        ReadRecommendationsYaml(field, reader_, &out_.recommendations);
      }
      if (field.key == "people") ReadEach(field, [this](const YAML::Node& n) { ReadPerson(n); });
      if (field.key == "professionals") {
        ReadEach(field, [this](const YAML::Node& n) { ReadProfessional(n); });
      }
      if (field.key == "places") ReadEach(field, [this](const YAML::Node& n) { ReadPlace(n); });
      if (field.key == "rules") ReadEach(field, [this](const YAML::Node& n) { ReadRule(n); });
      if (field.key == "keep") ReadKeep(field);
      if (field.key == "rule_files") out_.rule_files = reader_.TextList(field);
      if (field.key == "allow") out_.allow = reader_.TextList(field);
    }
  }

 private:
  template <typename ReadOne>
  void ReadEach(const YamlField& field, ReadOne read_one) {
    for (const YAML::Node& item : reader_.Items(field)) read_one(item);
  }

  // Reads `name:` and `aliases:` of an entry and notes them for the duplicate check.
  void ReadNames(const YamlField& field, const std::string& entry, std::string* name,
                 std::vector<std::string>* aliases) {
    if (field.key == "name") {
      *name = reader_.Text(field);
      if (!name->empty()) where_.names.push_back({*name, entry, reader_.Pos(field.value)});
    }
    if (field.key == "aliases") {
      for (const YAML::Node& item : reader_.Items(field)) {
        YamlField one{field.key, item, item};
        std::string alias = reader_.Text(one);
        if (alias.empty()) continue;
        where_.names.push_back({alias, entry, reader_.Pos(item)});
        aliases->push_back(std::move(alias));
      }
    }
  }

  void RequireName(const std::string& name, const YAML::Node& node, std::string_view what) {
    reader_.RequireKey(node, name.empty(), reader_.Pos(node), what, "name");
  }

  void ReadPerson(const YAML::Node& node) {
    Person person;
    person.pos = reader_.Pos(node);
    std::string entry = "person:" + std::to_string(out_.people.size());
    SourcePos role_pos = person.pos, of_pos, age_pos;
    bool says_who = false;  // a role, relationship, code or pseudonym is written, even if invalid
    for (const YamlField& field : reader_.Fields(node, "person", kPersonKeys)) {
      ReadNames(field, entry, &person.name, &person.aliases);
      if (field.key == "role" || field.key == "relationship" || field.key == "code" ||
          field.key == "pseudonym") {
        says_who = true;
      }
      if (field.key == "role") {
        role_pos = reader_.Pos(field.value);
        person.role = ReadRole(field);
      }
      if (field.key == "relationship") person.relationship = ReadRelationship(field);
      if (field.key == "of") {
        of_pos = reader_.Pos(field.value);
        person.of = reader_.Text(field);
        std::string lower = AsciiLower(person.of);
        if (lower.empty() || lower == kVictimRole || lower == kPerpetratorRole) {
          person.of = lower.empty() ? std::string(kVictimRole) : lower;
        }
      }
      if (field.key == "pseudonym") person.pseudonym = reader_.Text(field);
      if (field.key == "code") person.code = reader_.Text(field);
      if (field.key == "child") person.child = reader_.Bool(field);
      if (field.key == "dob") person.dob = ReadDate(field);
      if (field.key == "age") {
        person.age = reader_.Count(field);
        if (person.age) age_pos = reader_.Pos(field.value);
      }
      if (field.key == "gender") person.gender = reader_.Text(field, false);
      if (field.key == "ethnicity") person.ethnicity = ReadEthnicity(field);
      if (field.key == "nationality") person.nationality = reader_.Text(field, false);
      if (field.key == "religion") person.religion = reader_.Text(field, false);
      if (field.key == "sexual_orientation") {
        person.sexual_orientation = reader_.Text(field, false);
      }
      if (field.key == "disability") person.disability = reader_.Text(field, false);
    }
    RequireName(person.name, node, "person");
    if (node.IsMap() && !says_who) {
      reader_.Error(
          person.pos, "missing",
          "person: give a role (victim or perpetrator) or a relationship (mother, child...)");
    }
    if (of_pos.line > 0 && !node["relationship"]) {
      reader_.Error(of_pos, "of",
                    "of: says whose relative the person is, so it needs relationship:");
    }
    where_.person_role.push_back(role_pos);
    where_.person_of.push_back(of_pos);
    where_.person_age.push_back(age_pos);
    out_.people.push_back(std::move(person));
  }

  std::string ReadRole(const YamlField& field) {
    std::string role = AsciiLower(reader_.Text(field));
    if (role.empty() || std::ranges::count(PersonRoles(), role) > 0) return role;
    std::string hint = IsKnownRelationship(role)
                           ? "; that is a relationship: write relationship: " + role
                           : DidYouMean(role, PersonRoles());
    reader_.Error(reader_.Pos(field.value), "role",
                  "role: unknown role; a person's role is victim or perpetrator" + hint);
    return "";
  }

  std::string ReadRelationship(const YamlField& field) {
    std::string relationship = AsciiLower(reader_.Text(field));
    if (relationship.empty() || IsKnownRelationship(relationship)) return relationship;
    reader_.Error(
        reader_.Pos(field.value), "relationship",
        "relationship: unknown relationship" + DidYouMean(relationship, KnownRelationships()));
    return "";
  }

  std::optional<Date> ReadDate(const YamlField& field) {
    std::string text = reader_.Text(field);
    if (text.empty()) return std::nullopt;
    Result<Date> date = ParseIsoDate(text);
    if (date.ok()) return *date;
    reader_.Error(reader_.Pos(field.value), "date", field.key + ": " + date.status().message());
    return std::nullopt;
  }

  std::string ReadEthnicity(const YamlField& field) {
    std::string text = reader_.Text(field, false);
    if (text.empty()) return text;
    std::string category = CanonicalEthnicity(text);
    if (category.empty()) {
      std::string expected;
      for (std::string_view known : EthnicCategories()) {
        expected += (expected.empty() ? "'" : ", '") + std::string(known) + "'";
      }
      reader_.Error(reader_.Pos(field.value), "ethnicity",
                    "unknown ethnicity \"" + text + "\"" + DidYouMean(text, EthnicCategories()) +
                        "; expected one of the ONS 2021 categories: " + expected);
    }
    return category;
  }

  void ReadProfessional(const YAML::Node& node) {
    const std::string entry = "professional:" + std::to_string(out_.professionals.size());
    Professional professional = reader_.Entry<Professional>(
        node, "professional", kProfessionalKeys, [&](Professional& p, const YamlField& field) {
          ReadNames(field, entry, &p.name, &p.aliases);
          if (field.key == "role") p.role = reader_.Text(field);
          if (field.key == "agency") p.agency = reader_.Text(field);
          if (field.key == "code") p.code = reader_.Text(field);
        });
    RequireName(professional.name, node, "professional");
    reader_.RequireKey(node, professional.role.empty() && professional.code.empty(), professional.pos,
                       "professional", "role", " (GP, Health Visitor, Police Officer...)");
    out_.professionals.push_back(std::move(professional));
  }

  void ReadPlace(const YAML::Node& node) {
    const std::string entry = "place:" + std::to_string(out_.places.size());
    Place place = reader_.Entry<Place>(node, "place", kPlaceKeys, [&](Place& p, const YamlField& field) {
      ReadNames(field, entry, &p.name, &p.aliases);
      if (field.key == "replacement") p.replacement = reader_.Text(field);
    });
    RequireName(place.name, node, "place");
    reader_.RequireKey(node, place.replacement.empty(), place.pos, "place", "replacement",
                       " (e.g. 'the family home')");
    out_.places.push_back(std::move(place));
  }

  void ReadRule(const YAML::Node& node) {
    ExtraRule rule = reader_.Entry<ExtraRule>(node, "rule", kRuleKeys, [&](ExtraRule& r, const YamlField& field) {
      if (field.key == "id") r.id = reader_.Text(field);
      if (field.key == "pattern") r.pattern = reader_.Text(field);
      if (field.key == "replacement") r.replacement = reader_.Text(field, false);
    });
    if (!node.IsMap()) return;
    reader_.RequireKey(node, rule.id.empty(), rule.pos, "rule", "id");
    reader_.RequireKey(node, rule.pattern.empty(), rule.pos, "rule", "pattern");
    for (const ExtraRule& earlier : out_.rules) {
      if (!rule.id.empty() && earlier.id == rule.id) {
        reader_.Error(
            rule.pos, "duplicate_rule",
            "rule: id '" + rule.id + "' is also used at line " + std::to_string(earlier.pos.line));
        break;
      }
    }
    out_.rules.push_back(std::move(rule));
  }

  void ReadKeep(const YamlField& field) {
    for (const YAML::Node& item : reader_.Items(field)) {
      YamlField one{field.key, item, item};
      std::string name = reader_.Text(one);
      if (name.empty()) continue;
      where_.keep.push_back({name, "keep", reader_.Pos(item)});
      out_.keep.push_back(std::move(name));
    }
  }

  YamlReader& reader_;
  Case& out_;
  CaseSourceMap& where_;
};

}  // namespace

void ReadCaseYaml(const YAML::Node& root, YamlReader& reader, Case* out, CaseSourceMap* where) {
  CaseYamlReader(reader, out, where).ReadRoot(root);
}

}  // namespace dhr
