#include "anonymiser/titles.h"

#include <array>

namespace dhr {
namespace {

struct Title {
  std::string_view text;  // normalised; a title of several words is listed whole
  bool capitals;          // written in capitals only (police abbreviations)
};

constexpr std::array<Title, 46> kTitles = {{
    {"mr", false}, {"mrs", false}, {"ms", false}, {"miss", false}, {"mx", false},
    {"dr", false}, {"prof", false}, {"professor", false}, {"rev", false}, {"revd", false},
    {"reverend", false}, {"sir", false}, {"dame", false}, {"cllr", false},
    {"councillor", false}, {"fr", false},
    // Police ranks, as police records write them.
    {"pc", true}, {"wpc", true}, {"pcso", true}, {"dc", true}, {"ds", true}, {"di", true},
    {"dci", true}, {"dsi", true}, {"dsu", true}, {"sgt", false}, {"insp", false},
    {"supt", false}, {"det", false}, {"ch", false}, {"ch insp", false}, {"ch supt", false}, {"det sgt", false},
    {"det con", false}, {"det insp", false}, {"det supt", false}, {"police constable", false},
    {"police sergeant", false}, {"police inspector", false}, {"detective constable", false},
    {"detective sergeant", false}, {"detective inspector", false},
    {"detective chief inspector", false}, {"chief inspector", false},
    {"detective superintendent", false}, {"chief superintendent", false},
}};

// Whether the original of normalised [begin, end) is written as `title` must be: a capital
// first, or capitals throughout.
bool WrittenAsTitle(const NormalisedText& text, std::string_view original, size_t begin,
                    size_t end, const Title& title) {
  size_t from = text.OriginalBegin(begin);
  size_t to = text.OriginalEnd(end);
  if (from >= to || original[from] < 'A' || original[from] > 'Z') return false;
  if (!title.capitals) return true;
  for (size_t i = from; i < to; ++i) {
    if (original[i] >= 'a' && original[i] <= 'z') return false;
  }
  return true;
}

// The start of a title that ends exactly at `end` in the normalised text, or npos.
size_t TitleEndingAt(const NormalisedText& text, std::string_view original, size_t end) {
  std::string_view before = std::string_view(text.text).substr(0, end);
  size_t best = std::string_view::npos;
  for (const Title& title : kTitles) {
    if (!before.ends_with(title.text)) continue;
    size_t start = end - title.text.size();
    if (LetterBefore(text.text, start)) continue;
    if (!WrittenAsTitle(text, original, start, end, title)) continue;
    if (best == std::string_view::npos || start < best) best = start;  // the longest title
  }
  return best;
}

}  // namespace

size_t TitleStart(const NormalisedText& text, std::string_view original, size_t name_begin) {
  size_t begin = name_begin;
  // A chain of titles ("Prof Dr") is taken whole; three is more than anyone writes.
  for (int i = 0; i < 3; ++i) {
    size_t end = begin;
    while (end > 0 && text.text[end - 1] == ' ') --end;
    bool spaced = end < begin;
    bool stop = end > 0 && text.text[end - 1] == '.';
    if (stop) --end;
    if (!spaced && !stop) break;
    size_t start = TitleEndingAt(text, original, end);
    if (start == std::string_view::npos) break;
    begin = start;
  }
  return begin;
}

std::string NormalisedNameWithoutTitles(std::string_view original_name) {
  NormalisedText name = Normalise(original_name);
  // Read the titles of the name as the titles before a name that starts at each word.
  size_t start = 0;
  for (size_t word = name.text.find(' '); word != std::string::npos;
       word = name.text.find(' ', word + 1)) {
    size_t next = word;
    while (next < name.text.size() && name.text[next] == ' ') ++next;
    if (next == name.text.size()) break;
    if (TitleStart(name, original_name, next) != 0) break;
    start = next;
  }
  return start == 0 ? name.text : name.text.substr(start);
}

bool IsTitleInAnyCase(std::string_view word) {
  for (const Title& title : kTitles)
    if (title.text == word) return true;
  return false;
}

bool IsTitle(std::string_view word) {
  for (const Title& title : kTitles) {
    if (title.text == word) return !title.capitals;
  }
  return false;
}

}  // namespace dhr
