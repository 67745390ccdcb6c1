#include "pipeline/scan/name_variants.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "pipeline/scan/folding.h"
#include "pipeline/scan/word_lists.h"

namespace dhr::scan {
namespace {

constexpr const char* kPersonRule = "identifier.person";
constexpr const char* kProfessionalRule = "identifier.professional";
constexpr const char* kPlaceRule = "identifier.place";
constexpr const char* kWordGap = "\\s+";
constexpr const char* kPlaceGap = "[\\s,]+";


// Folded words of a name, split at white space (and commas when `commas_split`), with brackets
// and quotes trimmed.
std::vector<std::string> Words(std::string_view text, bool commas_split = true) {
  const std::string folded = FoldToUtf8(text);
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    while (!current.empty() && std::string_view("()\"[];").find(current.back()) != std::string_view::npos)
      current.pop_back();
    size_t start = 0;
    while (start < current.size() && std::string_view("()\"[];").find(current[start]) != std::string_view::npos)
      ++start;
    if (start < current.size()) words.push_back(current.substr(start));
    current.clear();
  };
  for (char c : folded) {
    if (std::isspace(static_cast<unsigned char>(c)) || (commas_split && c == ',')) {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return words;
}

size_t LetterCount(std::string_view word) {
  size_t n = 0;
  for (unsigned char c : word)
    if (std::isalnum(c) || c >= 0x80) ++n;
  return n;
}

std::string Joined(const std::vector<std::string>& words, size_t begin, size_t end, const char* gap) {
  std::string out;
  for (size_t i = begin; i < end; ++i) out += (i > begin ? std::string(gap) : "") + WordPattern(words[i]);
  return out;
}

size_t JoinedLength(const std::vector<std::string>& words, size_t begin, size_t end) {
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) n += words[i].size() + (i > begin ? 1 : 0);
  return n;
}

std::string CaseMapped(std::string_view word, bool upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  if (upper) {
    u.toUpper();
  } else {
    u.toLower();
    if (!u.isEmpty()) u.replace(0, U16_LENGTH(u.char32At(0)), icu::UnicodeString(u.char32At(0)).toUpper());
  }
  std::string out;
  return u.toUTF8String(out);
}

// A given name on its own is not the given name inside a hyphenated one: "Kerry" is not in
// "Kerry-Ann", "Ann" not in "Mary-Ann" (the anonymiser leaves them too; the check for undeclared
// names reports the whole name).
// The letter classes are compiled case-sensitively: the same letters, without the cost of closing
// them over case.
std::string NotInHyphenated(const std::string& pattern) {
  return "(?-i:(?<!\\p{L}-))(?:" + pattern + ")(?-i:(?!-\\p{L}))";
}

// A single word: case-insensitive unless it is a common English word, which then only matches in
// title or upper case ("Rose", "ROSE", not "rose").
std::string SingleWordPattern(std::string_view word) {
  if (!IsCommonWord(word)) return WordPattern(word);
  return "(?-i:" + WordPattern(CaseMapped(word, false)) + "|" + WordPattern(CaseMapped(word, true)) + ")";
}

class VariantList {
 public:
  VariantList(std::string rule_prefix, const char* rule_id, const char* mask)
      : prefix_(std::move(rule_prefix)), rule_id_(rule_id), mask_(mask) {}

  void Add(std::string pattern, const std::string& label, size_t weight, std::vector<std::string> leads) {
    if (pattern.empty() || weight < 2 || leads.empty()) return;
    out_.push_back({std::move(pattern), prefix_ + " " + label, rule_id_, mask_, weight, std::move(leads), false});
  }
  // A variant that starts with a title: tried only where a word is a title.
  void AddTitled(const std::string& surname_pattern, size_t surname_length) {
    Add(TitlesPattern() + kWordGap + surname_pattern, "title + surname", surname_length + 3, Titles());
    if (!out_.empty()) out_.back().whole_word_leads = true;
  }
  std::vector<NameVariant> Take() { return std::move(out_); }

 private:
  std::string prefix_;
  const char* rule_id_;
  const char* mask_;
  std::vector<NameVariant> out_;
};

void AddHyphenParts(VariantList& list, std::string_view word, const std::string& label) {
  if (word.find('-') == std::string_view::npos) return;
  size_t start = 0;
  while (start <= word.size()) {
    size_t end = word.find('-', start);
    if (end == std::string_view::npos) end = word.size();
    const std::string_view part = word.substr(start, end - start);
    if (LetterCount(part) >= 2 && !IsNameParticle(part))
      list.Add(SingleWordPattern(part), label, part.size(), {std::string(part)});
    start = end + 1;
  }
}

// The variants of a person's or professional's name.
void AddNameVariants(VariantList& list, std::string_view name) {
  std::vector<std::string> words = Words(name);
  bool had_title = false;
  while (words.size() >= 2 && IsTitle(words.front())) {
    words.erase(words.begin());
    had_title = true;
  }
  const size_t n = words.size();
  if (n == 0) return;
  if (n == 1) {
    const std::string& only = words[0];
    list.Add(SingleWordPattern(only), had_title ? "surname" : "name", LetterCount(only), {only});
    list.AddTitled(WordPattern(only), only.size());
    AddHyphenParts(list, only, "name part");
    return;
  }
  size_t surname_start = n - 1;
  while (surname_start >= 2 && IsNameParticle(words[surname_start - 1])) --surname_start;

  list.Add(Joined(words, 0, n, kWordGap), "full name", JoinedLength(words, 0, n), {words[0]});
  if (LetterCount(words[0]) >= 2)
    list.Add(NotInHyphenated(SingleWordPattern(words[0])), "first name", words[0].size(), {words[0]});
  AddHyphenParts(list, words[0], "first name part");
  for (size_t i = 1; i < surname_start; ++i) {
    if (LetterCount(words[i]) >= 2 && !IsNameParticle(words[i]))
      list.Add(SingleWordPattern(words[i]), "middle name", words[i].size(), {words[i]});
  }
  if (surname_start > 1) {
    list.Add(WordPattern(words[0]) + kWordGap + Joined(words, surname_start, n, kWordGap), "first name + surname",
             words[0].size() + 1 + JoinedLength(words, surname_start, n), {words[0]});
  }
  const std::string surname = Joined(words, surname_start, n, kWordGap);
  const size_t surname_length = JoinedLength(words, surname_start, n);
  list.Add(n - surname_start == 1 ? SingleWordPattern(words[n - 1]) : surname, "surname", surname_length,
           {words[surname_start]});
  if (n - surname_start > 1) list.Add(SingleWordPattern(words[n - 1]), "surname", words[n - 1].size(), {words[n - 1]});
  AddHyphenParts(list, words[n - 1], "surname part");
  list.AddTitled(surname, surname_length);
}

bool StartsWithDigit(std::string_view word) {
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
}

// A place's words joined, street words matching their abbreviations.
std::string PlacePattern(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += kPlaceGap;
    const std::string street = StreetWordPattern(words[i]);
    out += street.empty() ? WordPattern(words[i]) : street + "\\.?";
  }
  return out;
}

// Comma-separated lines of an address.
std::vector<std::string> AddressLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

void AddPlaceName(VariantList& list, std::string_view name, const std::string& label) {
  const std::vector<std::string> words = Words(name);
  if (words.empty()) return;
  if (words.size() == 1) {
    list.Add(SingleWordPattern(words[0]), label, LetterCount(words[0]), {words[0]});
    return;
  }
  list.Add(PlacePattern(words, 0, words.size()), label, JoinedLength(words, 0, words.size()),
           StreetWordSpellings(words[0]));

  // Each address line that names a street, with and without its house number.
  for (const std::string& line : AddressLines(name)) {
    const std::vector<std::string> line_words = Words(line);
    const bool names_street =
        std::any_of(line_words.begin(), line_words.end(),
                    [](const std::string& w) { return !StreetWordPattern(w).empty(); });
    if (!names_street || line_words.size() < 2) continue;
    list.Add(PlacePattern(line_words, 0, line_words.size()), "street", JoinedLength(line_words, 0, line_words.size()),
             StreetWordSpellings(line_words[0]));
    size_t first = 0;
    while (first < line_words.size() && StartsWithDigit(line_words[first])) ++first;
    if (first > 0 && line_words.size() - first >= 2)
      list.Add(PlacePattern(line_words, first, line_words.size()), "street",
               JoinedLength(line_words, first, line_words.size()), StreetWordSpellings(line_words[first]));
  }

  // The distinctive words of an institution: the name less its trailing generic words.
  if (name.find(',') == std::string_view::npos) {
    size_t end = words.size();
    while (end > 0 && IsGenericPlaceWord(words[end - 1])) --end;
    if (end > 0 && end < words.size()) {
      const size_t length = JoinedLength(words, 0, end);
      const bool single_common = end == 1 && IsCommonWord(words[0]);
      if (length >= 4 && !single_common)
        list.Add(end == 1 ? SingleWordPattern(words[0]) : PlacePattern(words, 0, end), label + " (distinctive part)",
                 length, StreetWordSpellings(words[0]));
    }
  }
}

std::string PersonDescriptor(const Person& person, size_t index) {
  if (!person.role.empty()) return "person:" + person.role;
  if (!person.relationship.empty()) {
    if (person.of == "victim" || person.of == "perpetrator")
      return "person:" + person.relationship + " of the " + person.of;
    return "person:" + person.relationship + " (person " + std::to_string(index + 1) + ")";
  }
  return "person:person " + std::to_string(index + 1);
}

}  // namespace

std::string WordPattern(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80 || std::isalnum(c)) {
      out += static_cast<char>(c);
    } else if (c == '\'') {
      out += "'?";
    } else if (c == '-') {
      out += "(?:\\s*-\\s*|\\s+)?";
    } else if (c == '.') {
      out += "\\.?";
    } else if (c == '&') {
      out += "(?:&|and)";
    } else {
      out += '\\';
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::vector<NameVariant> IdentifierVariants(const Case& case_model) {
  std::vector<NameVariant> all;
  auto append = [&all](VariantList& list) {
    for (NameVariant& v : list.Take()) all.push_back(std::move(v));
  };
  for (size_t i = 0; i < case_model.people.size(); ++i) {
    const Person& person = case_model.people[i];
    VariantList list(PersonDescriptor(person, i), kPersonRule, "[name]");
    AddNameVariants(list, person.name);
    for (const std::string& alias : person.aliases) {
      const std::vector<std::string> words = Words(alias);
      if (words.size() == 1) {
        list.Add(NotInHyphenated(SingleWordPattern(words[0])), "alias", LetterCount(words[0]), {words[0]});
      } else if (!words.empty()) {
        list.Add(Joined(words, 0, words.size(), kWordGap), "alias", JoinedLength(words, 0, words.size()), {words[0]});
      }
    }
    append(list);
  }
  for (size_t i = 0; i < case_model.professionals.size(); ++i) {
    const Professional& pro = case_model.professionals[i];
    const std::string who = pro.role.empty() ? "professional " + std::to_string(i + 1) : pro.role;
    VariantList list("professional:" + who, kProfessionalRule, "[name]");
    AddNameVariants(list, pro.name);
    for (const std::string& alias : pro.aliases) {
      const std::vector<std::string> words = Words(alias);
      if (!words.empty())
        list.Add(Joined(words, 0, words.size(), kWordGap), "alias", JoinedLength(words, 0, words.size()), {words[0]});
    }
    append(list);
  }
  for (size_t i = 0; i < case_model.places.size(); ++i) {
    const Place& place = case_model.places[i];
    const std::string who = place.replacement.empty() ? "place " + std::to_string(i + 1) : place.replacement;
    VariantList list("place:" + who, kPlaceRule, "[place]");
    AddPlaceName(list, place.name, "name");
    for (const std::string& alias : place.aliases) AddPlaceName(list, alias, "alias");
    append(list);
  }

  std::stable_sort(all.begin(), all.end(),
                   [](const NameVariant& a, const NameVariant& b) { return a.weight > b.weight; });
  std::set<std::string> seen;
  std::vector<NameVariant> unique;
  for (NameVariant& v : all)
    if (seen.insert(v.pattern).second) unique.push_back(std::move(v));
  return unique;
}

std::vector<NameVariant> KeepVariants(const Case& case_model) {
  std::vector<NameVariant> out;
  for (const std::string& keep : case_model.keep) {
    const std::vector<std::string> words = Words(keep, false);
    if (words.empty()) continue;
    out.push_back({Joined(words, 0, words.size(), kWordGap), "keep", "", "", JoinedLength(words, 0, words.size()),
                   {words[0]}, false});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const NameVariant& a, const NameVariant& b) { return a.weight > b.weight; });
  return out;
}

}  // namespace dhr::scan
