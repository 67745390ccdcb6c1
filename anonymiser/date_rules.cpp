#include "anonymiser/date_rules.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>

#include "anonymiser/bounded_search.h"
#include "base/dates.h"

namespace dhr {
namespace {


// Pieces of the forms, over folded text.
constexpr std::string_view kOn = "(?:(?P<on>on) +)?";
constexpr std::string_view kWeekday =
    "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|"
    "thu|fri|sat|sun)\\.?,? +)?";
constexpr std::string_view kOrdinal = "(?:st|nd|rd|th)?";
constexpr std::string_view kMonthName =
    "(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
constexpr std::string_view kDayRange =
    "(?:(?P<from>\\d{1,2})(?:st|nd|rd|th)? *(?:-|to|and|&) *(?:the +)?)?";
constexpr std::string_view kTime =
    "(?:,? +(?:at +)?(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:[:.][0-5]\\d)?(?: *(?:am|pm|hrs|hours|"
    "h))?|(?:1[0-2]|0?\\d) *(?:am|pm)))?";

// FormPatterns()[kFirstNumericForm] and after are the numeric forms.
constexpr size_t kFirstNumericForm = 3;

std::vector<std::string> FormPatterns() {
  auto join = [](std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts) out += part;
    return out;
  };
  return {
      // 8 June 2022, the 8th of June 2022, 8-10 June 2022, Wednesday 8 June '22
      join({kOn, kWeekday, "(?:the +)?", kDayRange, "(?P<day>\\d{1,2})", kOrdinal, "(?: +of)? +",
            kMonthName, ",? +(?P<year>\\d{4}|'\\d{2})", kTime}),
      // 8-Jun-22, 8 Jun 22, 8/June/2022
      join({kOn, kWeekday, "(?P<day>\\d{1,2})[-/ ]", kMonthName, "[-/ ](?P<year>\\d{4}|\\d{2})",
            kTime}),
      // June 8, 2022; Wednesday, June 8th 2022
      join({kOn, kWeekday, kMonthName, " +(?P<day>\\d{1,2})", kOrdinal, ",? +(?P<year>\\d{4})",
            kTime}),
      // 08/06/2022, 8.6.22, 8-6-2022: day first (month first when the day cannot be a day)
      join({kOn, kWeekday,
            "(?P<day>\\d{1,2})(?P<sep1>[/.-])(?P<month>\\d{1,2})(?P<sep2>[/.-])"
            "(?P<year>\\d{4}|\\d{2})",
            kTime}),
      // 2022-06-08, 2022-06-08T14:30:00Z
      join({kOn,
            "(?P<year>\\d{4})(?P<sep1>[-/.])(?P<month>\\d{1,2})(?P<sep2>[-/.])(?P<day>\\d{1,2})"
            "(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?",
            kTime}),
      // 8 June, on the 8th of June: no year
      join({kOn, kWeekday, "(?:the +)?", kDayRange, "(?P<day>\\d{1,2})", kOrdinal, "(?: +of)? +",
            kMonthName}),
  };
}

// Words before a dotted triple that make it a number of a part of a document.
bool NumbersPartOfDocument(std::string_view word) {
  static constexpr std::array<std::string_view, 40> kWords = {
      "para",     "paras",      "paragraph", "paragraphs", "section",  "sections", "sec",
      "rec",      "recommendation", "recommendations", "chapter", "appendix", "annex", "annexes",
      "figure",   "fig",        "table",     "page",       "pages",    "pp",       "version",
      "ver",      "v",          "clause",    "item",       "step",     "point",    "part",
      "article",  "schedule",   "regulation", "rule",      "stage",    "level",    "standard",
      "note",     "question",   "action",    "objective",  "outcome"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '.')) --end;
  size_t start = end;
  while (start > 0 && text[start - 1] >= 'a' && text[start - 1] <= 'z') --start;
  return text.substr(start, end - start);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether folded text holds the first three letters of a month's name (every spelling of kMonthName
// starts with them): a form naming the month cannot match a text without.
bool HoldsMonthName(std::string_view text) {
  static constexpr std::string_view kStems[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  static const std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> first{};
    for (std::string_view stem : kStems) first[static_cast<unsigned char>(stem[0])] = true;
    return first;
  }();
  for (size_t i = 0; i + 3 <= text.size(); ++i) {
    if (!kFirst[static_cast<unsigned char>(text[i])]) continue;
    for (std::string_view stem : kStems)
      if (stem[0] == text[i] && stem[1] == text[i + 1] && stem[2] == text[i + 2]) return true;
  }
  return false;
}

// Whether text holds a digit, '/', '.' or '-', and a digit: a numeric form cannot match without.
bool HoldsSeparatedDigits(std::string_view text) {
  for (size_t i = 1; i + 1 < text.size(); ++i)
    if ((text[i] == '/' || text[i] == '.' || text[i] == '-') && IsDigit(text[i - 1]) && IsDigit(text[i + 1])) return true;
  return false;
}

int Number(std::string_view digits) {
  int value = -1;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// The month of a matched month: digits, or an English name or abbreviation; -1 for none.
int MonthOf(std::string_view month) {
  if (!month.empty() && IsDigit(month[0])) return Number(month);
  const int number = MonthNumber(month);
  return number == 0 ? -1 : number;
}

struct DateParts {
  std::map<std::string, std::string_view> group;
  std::string_view Get(const std::string& name) const {
    auto found = group.find(name);
    return found == group.end() ? std::string_view() : found->second;
  }
};

std::optional<DateParts> Parts(const RE2& form, std::string_view text, Span span) {
  const int count = form.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(count));
  if (!form.Match(text, span.begin, span.end, RE2::ANCHOR_BOTH, groups.data(), count)) {
    return std::nullopt;
  }
  DateParts parts;
  for (const auto& [name, index] : form.NamedCapturingGroups()) {
    const re2::StringPiece& g = groups[static_cast<size_t>(index)];
    if (g.data() != nullptr) parts.group[name] = std::string_view(g.data(), g.size());
  }
  return parts;
}

// The date in `span`, or nothing when it is no date: impossible, or a number of another kind.
std::optional<Candidate> ReadDate(const RE2& form, const NormalisedText& normalised,
                                  std::string_view original, Span span, int current_year,
                                  bool month_first_possible) {
  const std::string_view text = normalised.text;
  std::optional<DateParts> parts = Parts(form, text, span);
  if (!parts) return std::nullopt;
  int day = Number(parts->Get("day"));
  int month = MonthOf(parts->Get("month"));
  std::string_view year_text = parts->Get("year");
  if (!year_text.empty() && year_text[0] == '\'') year_text.remove_prefix(1);
  const bool has_year = !year_text.empty();
  int year = has_year ? Number(year_text) : 0;
  if (year_text.size() == 2) year += year <= current_year % 100 + 1 ? 2000 : 1900;
  // A numeric date that cannot be day first is read month first, as American software and
  // templates write it ("06/22/2015", "1/16/18 8:40:00 AM"): still a precise date.
  const std::string_view month_text = parts->Get("month");
  if (month_first_possible && !month_text.empty() && IsDigit(month_text[0]) && (month < 1 || month > 12 || day > DaysInMonth(has_year ? year : 2000, month)) &&
      day >= 1 && day <= 12 && month >= 1 && month <= DaysInMonth(has_year ? year : 2000, day)) {
    std::swap(day, month);
  }
  if (month < 1 || month > 12 || (has_year && (year < 1800 || year > 2199))) return std::nullopt;
  if (day < 1 || day > DaysInMonth(has_year ? year : 2000, month)) return std::nullopt;
  std::string_view from = parts->Get("from");
  if (!from.empty() && (Number(from) < 1 || Number(from) > 31)) return std::nullopt;
  std::string_view separator = parts->Get("sep1");
  if (separator != parts->Get("sep2")) return std::nullopt;
  if (!separator.empty()) {
    // Part of a longer dotted or slashed number ("1.8.6.22", "8.6.22.1") is no date.
    const char sep = separator[0];
    if (span.begin >= 2 && text[span.begin - 1] == sep && IsDigit(text[span.begin - 2])) {
      return std::nullopt;
    }
    if (span.end + 1 < text.size() && text[span.end] == sep && IsDigit(text[span.end + 1])) {
      return std::nullopt;
    }
    if (sep == '.' && NumbersPartOfDocument(WordBefore(text, span.begin))) return std::nullopt;
  }

  std::string replacement(MonthName(month));
  if (has_year) {
    replacement += ' ';
    replacement += std::to_string(year);
  }
  if (!parts->Get("on").empty()) {
    const bool capital = original[normalised.OriginalBegin(span.begin)] == 'O';
    replacement = (capital ? "In " : "in ") + replacement;
  }
  return Candidate{.begin = span.begin, .end = span.end, .rank = RuleRank::kDate,
                   .replacement = std::move(replacement), .rule = "date"};
}

}  // namespace

Result<DateRules> DateRules::Compile(int current_year) {
  DateRules rules;
  rules.current_year_ = current_year;
  RE2::Options options(RE2::Quiet);
  options.set_longest_match(true);
  for (const std::string& pattern : FormPatterns()) {
    auto form = std::make_unique<RE2>(pattern, options);
    if (!form->ok()) {
      return Status::Error("anonymiser.dates.pattern", "a built-in date pattern does not compile");
    }
    rules.forms_.push_back(std::move(form));
    // Every form holds the month's name or the first separator outside any optional group.
    rules.needs_month_name_.push_back(pattern.find(kMonthName) != std::string::npos);
    rules.needs_separated_digits_.push_back(pattern.find("(?P<sep1>") != std::string::npos);
  }
  return rules;
}

std::vector<Candidate> DateRules::Find(const NormalisedText& normalised, std::string_view original,
                                       size_t begin, size_t end) const {
  std::vector<Candidate> out;
  const std::string_view text = normalised.text;
  if (std::none_of(text.begin() + begin, text.begin() + end, IsDigit)) return out;
  const std::string_view range = text.substr(begin, end - begin);
  const bool month_name = HoldsMonthName(range);
  const bool separated_digits = HoldsSeparatedDigits(range);
  for (size_t i = 0; i < forms_.size(); ++i) {
    if ((needs_month_name_[i] && !month_name) || (needs_separated_digits_[i] && !separated_digits)) continue;
    const RE2* form = forms_[i].get();
    // The numeric forms may touch a letter ("No12.04.2006", "ref12/06/2022"), never a digit.
    const WordBoundary boundary = i >= kFirstNumericForm ? WordBoundary::kDigit : WordBoundary::kAlnum;
    FindBounded(*form, text, begin, end, boundary, [&](Span span) {
      // "on" and a weekday are words: never the end of "section" or "moon".
      if (boundary == WordBoundary::kDigit && LetterAt(text, span.begin) && AlnumBefore(text, span.begin)) return false;
      std::optional<Candidate> date = ReadDate(*form, normalised, original, span, current_year_, i == kFirstNumericForm);
      if (date) out.push_back(std::move(*date));
      return date.has_value();
    });
  }
  return out;
}

}  // namespace dhr
