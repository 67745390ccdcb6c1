#include "anonymiser/name_variants.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "anonymiser/normalise.h"
#include "anonymiser/titles.h"

namespace dhr {
namespace {

bool IsSeparator(char c) { return c == '\'' || c == ' ' || c == '-' || c == '_'; }

// Lower-case words that belong to the surname that follows them.
bool IsSurnameParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kParticles = {
      "van", "von", "der", "den", "de", "del", "della", "dos", "das", "di", "da", "du",
      "la", "le", "bin", "binti", "ibn", "al", "el", "ap", "ter", "ten", "ben", "bint"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t start = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (i > start) words.emplace_back(name.substr(start, i - start));
  }
  return words;
}

std::string Join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

size_t LetterCount(std::string_view text) {
  size_t letters = 0;
  for (size_t i = 0; i < text.size(); i = NextCodePoint(text, i)) {
    if (LetterAt(text, i)) ++letters;
  }
  return letters;
}

void AddVariant(std::string text, size_t name_index, std::vector<NameVariant>& out,
                VariantPart part = VariantPart::kWhole) {
  if (LetterCount(text) < 2 || IsTitle(text)) return;
  for (const NameVariant& existing : out) {
    if (NameKey(existing.text) == NameKey(text)) return;
  }
  out.push_back({std::move(text), name_index, part});
}

// Words at the end of an institution's name that say what kind of place it is.
bool IsPlaceKindWord(std::string_view word) {
  static constexpr std::array<std::string_view, 37> kKinds = {
      "school", "primary", "secondary", "junior", "infant", "infants", "nursery", "academy", "college",
      "university", "surgery", "practice", "medical", "health", "centre", "center", "clinic", "hospital",
      "pharmacy", "house", "home", "court", "flats", "hall", "church", "mosque", "temple", "club", "hotel",
      "pub", "inn", "farm", "estate", "park", "the", "of", "and"};
  return std::find(kKinds.begin(), kKinds.end(), word) != kKinds.end();
}

bool IsHouseNumber(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  return digits > 0 && word.size() - digits <= 1;
}

void AddPlaceVariants(const std::string& name, size_t name_index, std::vector<NameVariant>& out) {
  const std::string normalised = NormaliseString(name);
  AddVariant(normalised, name_index, out);
  // The first line of an address: "12 rowan way, northbrook" -> "12 rowan way".
  std::vector<std::string> words = Words(normalised.substr(0, normalised.find(',')));
  if (words.size() >= 3 && IsHouseNumber(words[0])) {
    AddVariant(Join(words, 0, words.size()), name_index, out);
    AddVariant(Join(words, 1, words.size()), name_index, out, VariantPart::kPlacePart);
    return;
  }
  size_t distinctive = words.size();
  while (distinctive > 0 && IsPlaceKindWord(words[distinctive - 1])) --distinctive;
  if (distinctive > 0 && distinctive < words.size() && LetterCount(Join(words, 0, distinctive)) >= 4)
    AddVariant(Join(words, 0, distinctive), name_index, out, VariantPart::kPlacePart);
}

void AddPersonVariants(const std::string& name, size_t name_index, std::vector<NameVariant>& out) {
  std::vector<std::string> words = Words(NormalisedNameWithoutTitles(name));
  if (words.empty()) return;
  const size_t n = words.size();
  // A one-word alias is a given name ("Jo", "Daz"), or a surname the person goes by alone.
  AddVariant(Join(words, 0, n), name_index, out, n == 1 && name_index > 0 ? VariantPart::kGiven : VariantPart::kWhole);
  if (n == 1) return;
  size_t surname = n - 1;
  while (surname > 1 && IsSurnameParticle(words[surname - 1])) --surname;
  AddVariant(words[0], name_index, out, VariantPart::kGiven);
  AddVariant(Join(words, surname, n), name_index, out, surname == n - 1 ? VariantPart::kSurname : VariantPart::kWhole);
  AddVariant(words[n - 1], name_index, out, VariantPart::kSurname);
  if (surname > 1) {
    AddVariant(words[0] + " " + Join(words, surname, n), name_index, out);
  }
}

}  // namespace

std::vector<NameVariant> NameVariants(const Identity& identity) {
  std::vector<NameVariant> out;
  for (size_t i = 0; i < identity.names.size(); ++i) {
    if (identity.kind == IdentityKind::kPlace) {
      AddPlaceVariants(identity.names[i], i, out);
    } else {
      AddPersonVariants(identity.names[i], i, out);
    }
  }
  return out;
}

std::string NameKey(std::string_view normalised) {
  std::string key;
  for (char c : normalised) {
    if (!IsSeparator(c) && c != '.') key += c;
  }
  return key;
}

std::string NamePattern(std::string_view normalised) {
  std::string pattern;
  size_t i = 0;
  while (i < normalised.size()) {
    if (IsSeparator(normalised[i])) {
      while (i < normalised.size() && IsSeparator(normalised[i])) ++i;
      pattern += "[' _-]*";
      continue;
    }
    if (normalised[i] == '.') {  // "St. John" is also written "St John"
      pattern += "\\.?";
      ++i;
      continue;
    }
    size_t start = i;
    while (i < normalised.size() && !IsSeparator(normalised[i]) && normalised[i] != '.') ++i;
    pattern += RE2::QuoteMeta(normalised.substr(start, i - start));
  }
  return pattern;
}

}  // namespace dhr
