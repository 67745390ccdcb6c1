#include "pipeline/scan/word_lists.h"
#include "base/text.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <vector>

namespace dhr::scan {
namespace {

// Lower case, without a full stop at the end ("Dr." -> "dr").
std::string Lower(std::string_view word) {
  std::string out = AsciiLower(word);
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

std::set<std::string, std::less<>> WordSet(const char* words) {
  std::set<std::string, std::less<>> out;
  std::istringstream in(words);
  for (std::string w; in >> w;) out.insert(w);
  return out;
}

const char* kTitles =
    "mr mrs ms miss mx master dr doctor prof professor sir dame lady lord rev revd reverend fr father "
    "cllr councillor pc dc ds di dci dsu supt sgt sergeant insp inspector";

const char* kParticles = "van von der den de da di del della du la le al el bin ibn ap st";

const char* kGenericPlaceWords =
    "school primary secondary junior infant infants nursery academy college university surgery practice "
    "medical health centre center clinic hospital pharmacy house home court flats hall church mosque "
    "temple club hotel pub inn farm estate park road street lane avenue the of and";

// First names and surnames that are also everyday words, months or weekdays.
const char* kCommonWords =
    "april may june august will mark rose grace hope joy faith dawn summer autumn winter holly ivy iris "
    "daisy amber ruby pearl crystal olive violet lily heather jasmine sky rain storm guy jack frank bill "
    "art pat sue bob ray rich sunny honey angel chase hunter page price bond bush burns cross day moss "
    "reed rivers sands stone wall waters well west north south east church law judge brook brooks power "
    "booth carpenter cook cooper fisher mason porter turner walker baker brown white green black grey gray "
    "young king wood hill moore cook bell ward hall wells fox long short little strong sharp best love "
    "bird swan lamb field ford mills marsh banks park pool rose gold silver major hope lane street "
    "miles rush doors fry gamble hay head knight lord mann mark nurse parsons pope rice salt sage shepherd "
    "small sweet temple tree trout vine wise wolf woods worth";

struct StreetWord {
  const char* word;
  const char* pattern;
};

const StreetWord kStreetWords[] = {
    {"road", "(?:road|rd)"},       {"rd", "(?:road|rd)"},         {"street", "(?:street|st)"},
    {"avenue", "(?:avenue|ave)"},  {"ave", "(?:avenue|ave)"},     {"lane", "(?:lane|ln)"},
    {"ln", "(?:lane|ln)"},         {"drive", "(?:drive|dr)"},     {"close", "(?:close|cl)"},
    {"crescent", "(?:crescent|cres)"}, {"cres", "(?:crescent|cres)"}, {"court", "(?:court|ct)"},
    {"ct", "(?:court|ct)"},        {"place", "(?:place|pl)"},     {"gardens", "(?:gardens|gdns)"},
    {"gdns", "(?:gardens|gdns)"},  {"terrace", "(?:terrace|terr|tce)"}, {"tce", "(?:terrace|terr|tce)"},
    {"square", "(?:square|sq)"},   {"sq", "(?:square|sq)"},       {"grove", "(?:grove|gr)"},
    {"way", "way"},                {"walk", "walk"},              {"row", "row"},
    {"mews", "mews"},              {"hill", "hill"},              {"parade", "(?:parade|pde)"},
};

}  // namespace

bool IsTitle(std::string_view word) {
  static const auto titles = WordSet(kTitles);
  return titles.count(Lower(word)) > 0;
}

bool IsNameParticle(std::string_view word) {
  static const auto particles = WordSet(kParticles);
  return particles.count(Lower(word)) > 0;
}

std::string StreetWordPattern(std::string_view word) {
  const std::string lower = Lower(word);
  for (const StreetWord& s : kStreetWords)
    if (lower == s.word) return s.pattern;
  return {};
}

bool IsGenericPlaceWord(std::string_view word) {
  static const auto words = WordSet(kGenericPlaceWords);
  return words.count(Lower(word)) > 0;
}

bool IsCommonWord(std::string_view word) {
  static const auto words = WordSet(kCommonWords);
  return words.count(Lower(word)) > 0;
}

const std::vector<std::string>& Titles() {
  static const std::vector<std::string> titles = [] {
    std::vector<std::string> out;
    std::istringstream in(kTitles);
    for (std::string w; in >> w;) out.push_back(w);
    // Longest first so "mrs" is tried before "mr".
    std::stable_sort(out.begin(), out.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
  }();
  return titles;
}

std::vector<std::string> StreetWordSpellings(std::string_view word) {
  const std::string pattern = StreetWordPattern(word);
  if (pattern.empty()) return {std::string(word)};
  // "(?:road|rd)" -> {"road", "rd"}
  std::vector<std::string> spellings;
  std::string current;
  for (char c : pattern.substr(pattern.rfind(':') + 1)) {
    if (c == '|' || c == ')') {
      if (!current.empty()) spellings.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) spellings.push_back(current);
  return spellings;
}

const std::string& TitlesPattern() {
  static const std::string pattern = [] {
    const std::vector<std::string>& titles = Titles();
    std::string out = "(?:";
    for (size_t i = 0; i < titles.size(); ++i) out += (i ? "|" : "") + titles[i];
    return out + ")\\.?";
  }();
  return pattern;
}

}  // namespace dhr::scan
