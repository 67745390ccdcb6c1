#include "anonymiser/rule_checks.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dhr {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsValidNiNumber(std::string_view normalised) {
  if (normalised.size() < 2) return false;
  const char first = normalised[0];
  const char second = normalised[1];
  if (std::string_view("dfiquv").find(first) != std::string_view::npos) return false;
  if (std::string_view("dfioquv").find(second) != std::string_view::npos) return false;
  static constexpr std::array<std::string_view, 7> kUnallocated = {"bg", "gb", "kn", "nk",
                                                                   "nt", "tn", "zz"};
  return std::find(kUnallocated.begin(), kUnallocated.end(), normalised.substr(0, 2)) ==
         kUnallocated.end();
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != ',') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

bool IsEverydayWord(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "and", "or",
      "up", "down", "off", "out", "into", "from", "with", "her", "his", "their", "our", "my"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool IsEverydaySuffix(std::string_view suffix) {
  static constexpr std::array<std::string_view, 26> kSuffixes = {
      "walk", "way", "row", "hill", "park", "rise", "view", "green", "gate",
      "bank", "yard", "fold", "chase", "end", "place", "close", "court", "square",
      "vale", "brow", "hollow", "approach", "passage", "st", "dr", "pl"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), suffix) != kSuffixes.end();
}

// Whether every word of the original starts with a capital; a letter straight after a digit
// ("12a") or inside a word ("O'Neill", "Quarry-Bank") starts none.
bool EveryWordCapitalised(std::string_view original) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  UChar32 previous = ' ';
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const bool inside_word = u_isalpha(previous) || u_isdigit(previous) || previous == '\'' ||
                             previous == 0x2019 || previous == '-';
    if (u_isalpha(c) && !inside_word && !u_isupper(c) && !u_istitle(c)) return false;
    previous = c;
  }
  return true;
}

bool IsStreetAddress(std::string_view normalised, std::string_view original) {
  if (EveryWordCapitalised(original)) return true;
  std::vector<std::string_view> words = Words(normalised);
  if (words.size() < 3 || IsEverydaySuffix(words.back())) return false;
  return std::none_of(words.begin() + 1, words.end() - 1, IsEverydayWord);
}

}  // namespace

std::optional<RuleCheck> RuleCheckNamed(std::string_view name) {
  if (name.empty()) return RuleCheck::kNone;
  if (name == "nhs-number") return RuleCheck::kNhsNumber;
  if (name == "ni-number") return RuleCheck::kNiNumber;
  if (name == "street-address") return RuleCheck::kStreetAddress;
  return std::nullopt;
}

bool HasNhsGrouping(std::string_view text) {
  return text.size() == 12 && (text[3] == ' ' || text[3] == '-') && (text[7] == ' ' || text[7] == '-');
}

bool IsValidNhsNumber(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (IsDigit(c)) digits += c;
  }
  if (digits.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[static_cast<size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == digits[9] - '0';
}

bool PassesCheck(RuleCheck check, std::string_view normalised, std::string_view original) {
  switch (check) {
    case RuleCheck::kNone: return true;
    case RuleCheck::kNhsNumber: return HasNhsGrouping(normalised) || IsValidNhsNumber(normalised);
    case RuleCheck::kNiNumber: return IsValidNiNumber(normalised);
    case RuleCheck::kStreetAddress: return IsStreetAddress(normalised, original);
  }
  return false;
}

}  // namespace dhr
