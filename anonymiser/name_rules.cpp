#include "anonymiser/name_rules.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "anonymiser/name_variants.h"
#include "anonymiser/titles.h"
#include "base/english_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dhr {
namespace {

std::string KindName(IdentityKind kind) {
  switch (kind) {
    case IdentityKind::kPerson: return "person";
    case IdentityKind::kProfessional: return "professional";
    case IdentityKind::kPlace: return "place";
  }
  return "person";
}

// People and professionals first, then places; the input order within each.
std::vector<const Identity*> InPrecedence(const std::vector<Identity>& identities) {
  std::vector<const Identity*> ordered;
  for (const Identity& identity : identities) {
    if (identity.kind != IdentityKind::kPlace) ordered.push_back(&identity);
  }
  for (const Identity& identity : identities) {
    if (identity.kind == IdentityKind::kPlace) ordered.push_back(&identity);
  }
  return ordered;
}

bool IsMonthName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end();
}

// Whether a year ("2022", "'22") follows `end` after spaces: "June 2022" is a month, even in a
// case where someone is called June.
bool YearFollows(std::string_view text, size_t end) {
  size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i == end) return false;
  size_t digits = i < text.size() && text[i] == '\'' ? 2 : 4;
  if (digits == 2) ++i;
  for (size_t k = 0; k < digits; ++k, ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
  }
  return !AlnumAt(text, i);
}

bool CapitalAt(std::string_view original, size_t at) {
  if (at >= original.size()) return false;
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(at);
  U8_NEXT(original.data(), i, static_cast<int32_t>(original.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

// Written as a name is ("Michelle"), not in capitals as acronyms and field keywords are
// ("MERGEFIELD").
bool HasLowerCase(std::string_view original) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(original.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(original.data(), i, n, c);
    if (c > 0 && u_islower(c)) return true;
  }
  return false;
}

// "kerry" of "kerry-ann", "ann" of "mary-ann".
bool InsideHyphenated(std::string_view text, size_t begin, size_t end) {
  return (begin >= 2 && text[begin - 1] == '-' && AlnumBefore(text, begin - 1)) ||
         (end + 1 < text.size() && text[end] == '-' && LetterAt(text, end + 1));
}

// The word directly before `begin` (one space between), or an empty range.
std::pair<size_t, size_t> WordBefore(std::string_view text, size_t begin) {
  if (begin < 2 || text[begin - 1] != ' ') return {begin, begin};
  const size_t end = begin - 1;
  size_t start = end;
  while (start > 0 && (AlnumBefore(text, start) || text[start - 1] == '\'' || text[start - 1] == '-')) --start;
  return {start, end};
}

}  // namespace

Result<NameRules> NameRules::Compile(const std::vector<Identity>& identities) {
  NameRules rules;
  std::vector<std::string> names;
  std::vector<const Identity*> whose;  // per name
  std::unordered_map<std::string, size_t> first_by_key;
  for (const Identity* identity : InPrecedence(identities)) {
    std::vector<NameVariant> variants = NameVariants(*identity);
    if (!variants.empty() && identity->code.empty()) {
      return Status::Error("anonymiser.identity.no_code",
                           "identity " + identity->id + " has names but no code to replace them",
                           {.file = identity->pos.file, .line = identity->pos.line,
                            .column = identity->pos.column});
    }
    for (NameVariant& variant : variants) {
      auto [first, inserted] = first_by_key.emplace(NameKey(variant.text), names.size());
      if (!inserted) {
        // Only the first owner of a key is ever reported; it is ambiguous if others share it.
        if (whose[first->second] != identity) rules.owners_[first->second].ambiguous = true;
      }
      rules.owners_.push_back({.identity = identity->id, .kind = identity->kind,
                               .code = identity->code,
                               .rule = "name:" + KindName(identity->kind) + ":" +
                                       std::to_string(variant.name_index),
                               .part = variant.part});
      names.push_back(std::move(variant.text));
      whose.push_back(identity);
    }
  }
  Result<NameDictionary> dictionary = NameDictionary::Compile(names);
  if (!dictionary.ok()) return dictionary.status();
  rules.dictionary_ = std::make_unique<NameDictionary>(std::move(dictionary.value()));
  return rules;
}

std::vector<Candidate> NameRules::Find(const NormalisedText& text, std::string_view original,
                                       size_t begin, size_t end) const {
  std::vector<Candidate> out;
  size_t previous_hit_end = 0;
  for (const NameDictionary::Hit& hit : dictionary_->Find(text.text, begin, end)) {
    const Owner& owner = owners_[hit.name];
    const std::string_view name =
        std::string_view(text.text).substr(hit.begin, hit.end - hit.begin);
    const bool after_hit = previous_hit_end > 0 && hit.begin <= previous_hit_end + 1;
    previous_hit_end = hit.end;
    if (IsMonthName(name) && YearFollows(text.text, hit.end)) continue;
    if (owner.part == VariantPart::kGiven && InsideHyphenated(text.text, hit.begin, hit.end)) continue;
    if (owner.part == VariantPart::kPlacePart && !CapitalAt(original, text.OriginalBegin(hit.begin))) continue;
    if (owner.part == VariantPart::kSurname && !after_hit) {
      const auto [word_begin, word_end] = WordBefore(text.text, hit.begin);
      const std::string_view word = std::string_view(text.text).substr(word_begin, word_end - word_begin);
      if (!word.empty() && word_begin >= begin && CapitalAt(original, text.OriginalBegin(word_begin)) &&
          HasLowerCase(original.substr(text.OriginalBegin(word_begin),
                                       text.OriginalBegin(word_end) - text.OriginalBegin(word_begin))) &&
          !IsTitleInAnyCase(word) && !IsOrdinaryEnglishWord(word))
        continue;
    }
    Candidate c{.begin = hit.begin, .end = hit.end,
                .rank = owner.kind == IdentityKind::kPlace ? RuleRank::kPlace : RuleRank::kName,
                .replacement = owner.code, .rule = owner.rule, .identity = owner.identity,
                .ambiguous = owner.ambiguous};
    if (owner.kind != IdentityKind::kPlace) {
      const size_t title = TitleStart(text, original, hit.begin);
      if (title >= begin) c.begin = title;
    }
    const std::string_view after = std::string_view(text.text).substr(hit.end);
    if (after.starts_with("'s") && hit.end + 2 <= end && !LetterAt(text.text, hit.end + 2)) {
      // The possessive as written: "’s", "'S".
      const size_t from = text.OriginalEnd(hit.end);
      c.end = hit.end + 2;
      c.replacement += original.substr(from, text.OriginalEnd(c.end) - from);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace dhr
