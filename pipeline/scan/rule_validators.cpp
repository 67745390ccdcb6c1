#include "pipeline/scan/rule_validators.h"

#include <cctype>
#include <vector>

namespace dhr::scan {
namespace {

// The runs of digits of a text, as numbers.
std::vector<int> NumberFields(std::string_view text) {
  std::vector<int> fields;
  int value = 0;
  bool in_number = false;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value = value * 10 + (c - '0');
      in_number = true;
      if (value > 100000) value = 100000;
    } else if (in_number) {
      fields.push_back(value);
      value = 0;
      in_number = false;
    }
  }
  if (in_number) fields.push_back(value);
  return fields;
}

// The word just before a match, lower-cased ("paragraph" in "see paragraph 4.2.15").
std::string PrecedingWord(std::string_view before) {
  size_t end = before.size();
  while (end > 0 && !std::isalpha(static_cast<unsigned char>(before[end - 1]))) {
    if (before.size() - end > 3) return {};
    --end;
  }
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(before[begin - 1]))) --begin;
  std::string word(before.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

bool IsNumberingWord(const std::string& word) {
  static const char* const kWords[] = {"paragraph", "paragraphs", "para", "paras", "section", "sections",
                                       "sec", "recommendation", "recommendations", "rec", "appendix",
                                       "annex", "annexes", "figure", "fig", "table", "chapter", "clause",
                                       "version", "ver", "v", "item", "point", "step", "page", "pages", "pp",
                                       "part", "article", "schedule", "regulation", "rule", "stage", "level",
                                       "standard", "note", "question", "action", "objective", "outcome"};
  for (const char* w : kWords)
    if (word == w) return true;
  return false;
}

// A day that month has: 31 February is no date, 29 February only in a leap year (or a year of
// two digits, which may be one).
bool IsDayMonth(int day, int month, int year) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  const bool leap = year < 100 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return !(month == 2 && day == 29 && !leap);
}

}  // namespace

std::string DigitsOf(std::string_view text) {
  std::string out;
  for (char c : text)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  return out;
}

bool IsValidNhsNumber(std::string_view digits) {
  if (digits.size() != 10) return false;
  bool all_same = true;
  int sum = 0;
  for (size_t i = 0; i < 10; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(digits[i]))) return false;
    if (digits[i] != digits[0]) all_same = false;
    if (i < 9) sum += (digits[i] - '0') * static_cast<int>(10 - i);
  }
  if (all_same) return false;
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == digits[9] - '0';
}

// Written in groups of 3, 3 and 4 it is a person's number whatever its check digit (a typo is
// still theirs); ten digits in a row only with a valid check digit.
bool IsNhsNumber(std::string_view match, std::string_view) {
  const bool grouped = match.size() == 12 && !std::isdigit(static_cast<unsigned char>(match[3])) &&
                       !std::isdigit(static_cast<unsigned char>(match[7]));
  return grouped || IsValidNhsNumber(DigitsOf(match));
}

bool IsUkPhoneNumber(std::string_view match, std::string_view) {
  std::string digits = DigitsOf(match);
  size_t start = 0;
  const bool international = !match.empty() && (match[0] == '+' || (match.size() > 1 && match.substr(0, 2) == "00"));
  if (international) {
    if (match[0] == '+') start = 2;       // "44"
    else start = 4;                        // "0044"
    if (digits.size() > start && digits[start] == '0') ++start;  // "+44 (0)"
  } else {
    if (digits.empty() || digits[0] != '0') return false;
    start = 1;
  }
  if (digits.size() <= start) return false;
  const size_t national = digits.size() - start;
  return (national == 9 || national == 10) && digits[start] != '0';
}

bool IsNumericDate(std::string_view match, std::string_view before) {
  const std::vector<int> f = NumberFields(match);
  if (f.size() != 3) return false;
  if (match.find('.') != std::string_view::npos && IsNumberingWord(PrecedingWord(before))) return false;
  size_t year_digits = 0;
  for (size_t i = match.size(); i > 0 && std::isdigit(static_cast<unsigned char>(match[i - 1])); --i) ++year_digits;
  if (year_digits >= 4 && (f[2] < 1900 || f[2] > 2099)) return false;
  return IsDayMonth(f[0], f[1], f[2]) || IsDayMonth(f[1], f[0], f[2]);
}

bool IsIsoDate(std::string_view match, std::string_view before) {
  const std::vector<int> f = NumberFields(match);
  if (f.size() != 3) return false;
  if (IsNumberingWord(PrecedingWord(before))) return false;
  return f[0] >= 1900 && f[0] <= 2099 && IsDayMonth(f[2], f[1], f[0]);
}

}  // namespace dhr::scan
