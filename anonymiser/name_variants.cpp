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

void AddVariant(std::string text, size_t name_index, std::vector<NameVariant>& out) {
  if (LetterCount(text) < 2 || IsTitle(text)) return;
  for (const NameVariant& existing : out) {
    if (NameKey(existing.text) == NameKey(text)) return;
  }
  out.push_back({std::move(text), name_index});
}

void AddPersonVariants(const std::string& name, size_t name_index, std::vector<NameVariant>& out) {
  std::vector<std::string> words = Words(NormalisedNameWithoutTitles(name));
  if (words.empty()) return;
  const size_t n = words.size();
  AddVariant(Join(words, 0, n), name_index, out);
  if (n == 1) return;
  size_t surname = n - 1;
  while (surname > 1 && IsSurnameParticle(words[surname - 1])) --surname;
  AddVariant(words[0], name_index, out);
  AddVariant(Join(words, surname, n), name_index, out);
  AddVariant(words[n - 1], name_index, out);
  if (surname > 1) {
    AddVariant(words[0] + " " + Join(words, surname, n), name_index, out);
  }
}

}  // namespace

std::vector<NameVariant> NameVariants(const Identity& identity) {
  std::vector<NameVariant> out;
  for (size_t i = 0; i < identity.names.size(); ++i) {
    if (identity.kind == IdentityKind::kPlace) {
      AddVariant(NormaliseString(identity.names[i]), i, out);
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
