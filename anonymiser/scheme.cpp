#include "anonymiser/scheme.h"

#include <algorithm>

#include "pipeline/case/case_loader.h"
#include "pipeline/case/people_lookup.h"
#include "pipeline/case/relationship.h"
#include "pipeline/case/suggestion.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {
namespace {

constexpr std::string_view kSchemeKeys[] = {
    "name",     "adult",     "child",         "perpetrator",        "gender_neutral_children",
    "children", "relatives", "professionals", "other_professionals", "draft_names"};
constexpr std::string_view kProfessionalKeys[] = {"role", "also", "code"};

bool IsCapitals(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

size_t Count(std::string_view text, std::string_view part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

class SchemeYamlReader {
 public:
  SchemeYamlReader(YamlReader& reader, Scheme* out) : reader_(reader), out_(*out) {}

  void ReadRoot(const YAML::Node& root) {
    bool has_adult = false, has_child = false, has_perpetrator = false;
    for (const YamlField& field : reader_.Fields(root, "scheme", kSchemeKeys)) {
      if (field.key == "name") out_.name = reader_.Text(field);
      if (field.key == "adult") has_adult = ReadWord(field, &out_.adult_word);
      if (field.key == "child") has_child = ReadWord(field, &out_.child_word);
      if (field.key == "perpetrator") {
        ReadSuffix(field.value, field.key, &out_.perpetrator_suffix);
        has_perpetrator = true;
      }
      if (field.key == "gender_neutral_children") {
        out_.gender_neutral_children = reader_.Bool(field).value_or(true);
      }
      if (field.key == "draft_names") ReadDraftNames(field);
      if (field.key == "children") ReadChildren(field);
      if (field.key == "relatives") ReadRelatives(field);
      if (field.key == "professionals") {
        for (const YAML::Node& item : reader_.Items(field)) ReadProfessional(item);
      }
      if (field.key == "other_professionals") ReadOtherProfessionals(field);
    }
    if (!root.IsMap()) return;
    SourcePos top = reader_.Pos(root);
    if (!has_adult) reader_.Error(top, "missing", "scheme: adult is missing (e.g. adult: Adult)");
    if (!has_child) reader_.Error(top, "missing", "scheme: child is missing (e.g. child: Child)");
    if (!has_perpetrator) {
      reader_.Error(top, "missing", "scheme: perpetrator is missing (e.g. perpetrator: AP)");
    }
  }

 private:
  // True when the key is present (an empty or wrong value is reported, not "missing").
  bool ReadWord(const YamlField& field, std::string* word) {
    std::string text = reader_.Text(field);
    if (text.empty()) return true;
    if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      reader_.Error(reader_.Pos(field.value), "word", field.key + ": a word without digits");
    }
    *word = text;
    return true;
  }

  void ReadSuffix(const YAML::Node& value, const std::string& key, std::string* suffix) {
    std::string text = reader_.Text({key, value, value});
    if (text.empty()) return;
    if (!IsCapitals(text)) {
      reader_.Error(reader_.Pos(value), "suffix",
                    key + ": a suffix is capital letters A to Z only (numbers are added by dhr)");
      return;
    }
    *suffix = text;
  }

  bool CheckRelationship(const YAML::Node& node, const std::string& key, const std::string& word) {
    if (IsKnownRelationship(word)) return true;
    reader_.Error(
        reader_.Pos(node), "relationship",
        key + ": unknown relationship '" + word + "'" + DidYouMean(word, KnownRelationships()));
    return false;
  }

  void ReadDraftNames(const YamlField& field) {
    std::string value = reader_.Text(field);
    if (value == "codes" || value == "real") {
      out_.draft_names_codes = value == "codes";
    } else if (!value.empty()) {
      reader_.Error(reader_.Pos(field.value), "draft_names",
                    "draft_names: expected codes (drafts use the agreed codes) or real (drafts hold the real names)");
    }
  }

  void ReadChildren(const YamlField& field) {
    out_.child_relationships.clear();
    for (const YAML::Node& item : reader_.Items(field)) {
      std::string word = reader_.Text({field.key, item, item});
      if (!word.empty() && CheckRelationship(item, field.key, word)) {
        out_.child_relationships.push_back(word);
      }
    }
  }

  void ReadRelatives(const YamlField& field) {
    std::vector<std::string_view> known(KnownRelationships().begin(), KnownRelationships().end());
    for (const YamlField& relative : reader_.Fields(field.value, "relatives", known)) {
      std::string suffix;
      ReadSuffix(relative.value, relative.key, &suffix);
      if (!suffix.empty()) out_.relative_suffixes[relative.key] = suffix;
    }
  }

  void ReadProfessional(const YAML::Node& node) {
    ProfessionalCode professional = reader_.Entry<ProfessionalCode>(
        node, "professional", kProfessionalKeys, [&](ProfessionalCode& p, const YamlField& field) {
          if (field.key == "role") p.role = reader_.Text(field);
          if (field.key == "also") p.also = reader_.TextList(field);
          if (field.key == "code") {
            p.code = reader_.Text(field);
            CheckPattern(field, {"{n}"});
          }
        });
    if (!node.IsMap()) return;
    reader_.RequireKey(node, professional.role.empty(), professional.pos, "professional", "role");
    reader_.RequireKey(node, professional.code.empty(), professional.pos, "professional", "code", " (e.g. GP{n})");
    CheckRoleUnique(professional);
    out_.professionals.push_back(std::move(professional));
  }

  // A role, or one of its other spellings, listed twice would make the table ambiguous.
  void CheckRoleUnique(const ProfessionalCode& professional) {
    std::vector<std::string> words = professional.also;
    words.push_back(professional.role);
    for (const ProfessionalCode& earlier : out_.professionals) {
      std::vector<std::string> earlier_words = earlier.also;
      earlier_words.push_back(earlier.role);
      for (const std::string& word : words) {
        for (const std::string& earlier_word : earlier_words) {
          if (word.empty() || !SameName(word, earlier_word)) continue;
          reader_.Error(professional.pos, "duplicate_role",
                        "professional: '" + word + "' is also listed at line " +
                            std::to_string(earlier.pos.line));
          return;
        }
      }
    }
  }

  void ReadOtherProfessionals(const YamlField& field) {
    std::string pattern = reader_.Text(field);
    if (!pattern.empty() && CheckPattern(field, {"{role}", "{n}"})) {
      out_.other_professionals = pattern;
    }
  }

  // The pattern holds each placeholder once and no other braces.
  bool CheckPattern(const YamlField& field, std::vector<std::string_view> placeholders) {
    if (!field.value.IsScalar()) return false;
    std::string rest = field.value.Scalar();
    bool ok = true;
    for (std::string_view placeholder : placeholders) {
      ok = ok && Count(rest, placeholder) == 1;
      if (size_t at = rest.find(placeholder); at != std::string::npos)
        rest.erase(at, placeholder.size());
    }
    ok = ok && rest.find_first_of("{}") == std::string::npos;
    if (!ok) {
      std::string names;
      for (std::string_view placeholder : placeholders) {
        names += ' ';
        names += placeholder;
      }
      reader_.Error(reader_.Pos(field.value), "pattern",
                    field.key + ": must hold each of" + names + " once and no other braces");
    }
    return ok;
  }

  YamlReader& reader_;
  Scheme& out_;
};

struct SchemeRead {
  Scheme value;
  std::vector<Problem> errors;
};

SchemeRead ReadSchemeText(std::string_view yaml, const std::string& file_name) {
  SchemeRead read;
  read.value.file = file_name;
  YamlReader reader(yaml, file_name, "scheme.yaml");
  try {
    if (std::optional<YAML::Node> root = reader.Parse()) {
      if (!root->IsDefined() || root->IsNull()) {
        reader.Error({file_name, 0, 0}, "empty", "the scheme file is empty");
      } else {
        SchemeYamlReader(reader, &read.value).ReadRoot(*root);
      }
    }
  } catch (const std::exception& e) {
    reader.Error({file_name, 0, 0}, "internal", std::string("cannot read the scheme: ") + e.what());
  }
  read.errors = reader.SortedErrors();
  return read;
}

}  // namespace

Result<Scheme> ParseScheme(std::string_view yaml, const std::string& file_name) {
  SchemeRead read = ReadSchemeText(yaml, file_name);
  if (!read.errors.empty()) return CombineErrors("scheme.invalid", std::move(read.errors));
  return std::move(read.value);
}

std::vector<Problem> SchemeErrors(std::string_view yaml, const std::string& file_name) {
  return ReadSchemeText(yaml, file_name).errors;
}

Result<Scheme> LoadScheme(FileSystem& fs, const std::string& path) {
  Result<std::string> text = fs.Read(path);
  if (!text.ok()) return text.status().At(path);
  return ParseScheme(*text, path);
}

Scheme DefaultScheme() {
  static const Result<Scheme> kDefault = ParseScheme(DefaultSchemeText(), "scheme-sheffield.yaml");
  // The built-in text is checked by a test; the plain defaults are a last resort only.
  return kDefault.ok() ? *kDefault : Scheme{};
}

Result<Scheme> SchemeForCase(FileSystem& fs, const Case& c) {
  if (c.review.scheme_file.empty()) return DefaultScheme();
  return LoadScheme(fs, InCaseFolder(c, c.review.scheme_file));
}

}  // namespace dhr
