#include "pipeline/scan/public_terms.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/embedded_file.h"
#include "base/english_words.h"
#include "pipeline/scan/folding.h"
#include "pipeline/scan/word_lists.h"

// The domain list's bytes, from the path CMake gives.
DHR_EMBED_FILE(dhr_public_terms, DHR_PUBLIC_TERMS)

namespace dhr::scan {
namespace {

bool IsWordCharBeyondAscii(UChar32 c) { return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK; }

inline bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return IsWordCharBeyondAscii(c);
}

}  // namespace

std::string_view DomainPublicTermsText() {
  return EmbeddedBytes(dhr_public_terms, dhr_public_terms_end);
}

bool NextWord(const icu::UnicodeString& text, int32_t& i, WordSpan& word) {
  const char16_t* units = text.getBuffer();
  const int32_t n = text.length();
  // Whether the character at k is a word character; `next` is set to where the one after starts.
  // ASCII, most of every text, is decided without decoding.
  auto word_char_at = [&](int32_t k, int32_t& next) {
    UChar32 c = units[k];
    next = k + 1;
    if (c < 0x80) return IsWordChar(c);
    if (U16_IS_LEAD(c) && next < n && U16_IS_TRAIL(units[next])) c = U16_GET_SUPPLEMENTARY(c, units[next++]);
    return IsWordChar(c);
  };
  int32_t next = 0;
  while (i < n && !word_char_at(i, next)) i = next;
  if (i >= n) return false;
  const int32_t start = i;
  int32_t after = 0;
  while (i < n) {
    if (word_char_at(i, next)) {
      i = next;
    } else if ((units[i] == '\'' || units[i] == '-') && i + 1 < n && word_char_at(i + 1, after)) {
      ++i;
    } else {
      break;
    }
  }
  // A trailing possessive apostrophe ("Magistrates'") belongs to the word.
  const bool apostrophe = i < n && units[i] == '\'' && (i + 1 == n || !word_char_at(i + 1, after));
  word = {start, apostrophe ? i + 1 : i};
  i = word.limit;
  return true;
}

std::vector<WordSpan> SplitWords(const icu::UnicodeString& text) {
  std::vector<WordSpan> words;
  int32_t i = 0;
  for (WordSpan word; NextWord(text, i, word);) words.push_back(word);
  return words;
}

std::string LowerUtf8(const icu::UnicodeString& text, WordSpan span) {
  icu::UnicodeString word(text, span.start, span.limit - span.start);
  word.toLower();
  std::string out;
  return word.toUTF8String(out);
}

std::vector<std::string> LowerWords(std::string_view phrase) {
  const icu::UnicodeString text = FoldForScan(phrase).text;
  std::vector<std::string> words;
  for (const WordSpan& span : SplitWords(text)) words.push_back(LowerUtf8(text, span));
  return words;
}

void PublicTerms::Add(std::string_view phrase) {
  std::vector<std::string> words = LowerWords(phrase);
  if (words.empty()) return;
  std::string first = words.front();
  words.erase(words.begin());
  auto& list = terms_[first];
  if (std::find(list.begin(), list.end(), words) != list.end()) return;
  list.push_back(std::move(words));
  // Longest first: the lookup takes the first that matches.
  std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  ++count_;
}

void PublicTerms::AddPerson(std::string_view name) {
  Add(name);
  std::vector<std::string> words = LowerWords(name);
  std::vector<std::string> titles;
  while (words.size() > 1 && IsTitle(words.front())) {
    titles.push_back(words.front());
    words.erase(words.begin());
  }
  if (words.empty()) return;
  std::string bare;
  for (const std::string& w : words) bare += (bare.empty() ? "" : " ") + w;
  Add(bare);
  for (const std::string& title : Titles()) Add(title + " " + words.back());
}

void PublicTerms::AddOrganisation(std::string_view name) {
  Add(name);
  // "Northbrook Integrated Care Board (GP practice)" is also written without its note.
  if (const size_t bracket = name.find('('); bracket != std::string_view::npos) Add(name.substr(0, bracket));
  // "Northbrook" of "Northbrook Borough Council": a place name the partnership is named after.
  for (const std::string& word : LowerWords(name))
    if (word.size() > 2 && !IsOrdinaryEnglishWord(word)) words_.insert(word);
}

PublicTerms PublicTerms::Build(std::string_view domain_list, const Case& case_model) {
  PublicTerms terms;
  size_t start = 0;
  while (start < domain_list.size()) {
    size_t end = domain_list.find('\n', start);
    if (end == std::string_view::npos) end = domain_list.size();
    std::string_view line = domain_list.substr(start, end - start);
    start = end + 1;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    terms.Add(line);
  }
  const Review& review = case_model.review;
  terms.AddOrganisation(review.partnership);
  terms.AddOrganisation(review.police_force);
  terms.AddPerson(review.chair.name);
  terms.AddPerson(review.author.name);
  for (const PanelMember& member : review.panel) {
    terms.AddPerson(member.name);
    terms.AddOrganisation(member.agency);
  }
  for (const ContributingAgency& agency : review.agencies) terms.AddOrganisation(agency.name);
  for (const std::string& agency : review.agencies_without_contact) terms.AddOrganisation(agency);
  for (const std::string& entry : review.dissemination) terms.Add(entry);
  for (const std::string& entry : case_model.keep) terms.Add(entry);
  for (const std::string& entry : case_model.allow) terms.Add(entry);
  return terms;
}

size_t PublicTerms::LongestAt(const std::vector<std::string_view>& words, size_t i) const {
  auto it = terms_.find(words[i]);
  if (it == terms_.end()) return 0;
  for (const std::vector<std::string>& rest : it->second) {
    if (i + 1 + rest.size() > words.size()) continue;
    if (std::equal(rest.begin(), rest.end(), words.begin() + static_cast<std::ptrdiff_t>(i + 1)))
      return rest.size() + 1;
  }
  return 0;
}

bool PublicTerms::IsPublicWord(std::string_view lower_word) const { return words_.count(lower_word) > 0; }

}  // namespace dhr::scan
