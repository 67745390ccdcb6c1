#include "pipeline/scan/undeclared.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "base/english_words.h"
#include "pipeline/scan/undeclared_words.h"

namespace dhr::scan {
namespace {

using namespace undeclared_detail;  // NOLINT: the detector's own words

// What the analysis asks of one word, wherever it stands.
bool ComputeOrdinary(const Word& w) {
  const std::string_view base = Base(w.lower);
  if (IsOrdinaryEnglishWord(base)) return true;
  // A hyphenated word is ordinary when each of its parts is ("multi-agency", "well-being").
  if (base.find('-') == std::string_view::npos) return false;
  size_t start = 0;
  while (start <= base.size()) {
    size_t end = base.find('-', start);
    if (end == std::string_view::npos) end = base.size();
    if (!IsOrdinaryEnglishWord(base.substr(start, end - start))) return false;
    start = end + 1;
  }
  return true;
}
bool Ordinary(const Word& w) {
  if (w.ordinary < 0) w.ordinary = ComputeOrdinary(w) ? 1 : 0;
  return w.ordinary == 1;
}
bool Proper(const Word& w) {
  if (w.proper < 0) w.proper = IsProperNounInWordList(Base(Written(w))) ? 1 : 0;
  return w.proper == 1;
}
bool IsTitleWord(const Word& w) {
  if (!w.capitalised) return false;
  return AbbreviatedTitles().count(w.lower) > 0 || WordTitles().count(w.lower) > 0;
}

bool IsPlaceWord(const Word& w) {
  if (!w.capitalised) return false;
  const std::string_view base = Base(w.lower);
  if (base == "st") return false;  // Saint, far more often than Street
  return StreetWords().count(base) > 0 || InstitutionWords().count(base) > 0;
}

// How a word can be the one every candidate holds (see MayHoldCandidate), as bits:
//   kAnchorAlone: a capitalised word that is not an ordinary word (or is a proper noun), or a name
//     particle, which may join two ordinary capitalised words into a name ("Tom der Bank");
//   kAnchorBeforeCapital: a title, which makes a candidate of the capitalised word after it
//     ("Sergeant Green"); kAnchorAfterCapital: a street or institution word, which makes one of the
//     capitalised words before it ("Kitchen Road"). Both only within a run of words that white
//     space alone separates, as Analysis::RunEnd reads runs.
enum : uint8_t { kAnchorAlone = 1, kAnchorBeforeCapital = 2, kAnchorAfterCapital = 4 };
uint8_t AnchorOf(const Word& w) {
  if (NameParticles().count(w.lower)) return kAnchorAlone;
  if (!w.capitalised) return 0;
  if (!Ordinary(w) || Proper(w)) return kAnchorAlone;
  return (IsTitleWord(w) ? kAnchorBeforeCapital : 0) | (IsPlaceWord(w) ? kAnchorAfterCapital : 0);
}

class Analysis {
 public:
  Analysis(const icu::UnicodeString& text, const std::vector<Utf16Span>& declared,
           const std::vector<Utf16Span>& covered, const PublicTerms& terms)
      : text_(text), terms_(terms) {
    Split();
    Mark(declared, covered);
  }

  std::vector<UndeclaredHit> Find() {
    std::vector<UndeclaredHit> hits;
    size_t i = 0;
    while (i < words_.size()) {
      const size_t end = RunEnd(i);
      if (end > i) {
        Run(i, end, hits);
        i = end;
      } else {
        ++i;
      }
    }
    Relations(hits);
    BesideDeclared(hits);
    return Resolve(std::move(hits));
  }

 private:
  void Split() {
    words_ = SplitIntoWords(text_);
    MarkAddresses();
  }

  // A chunk written for or by software: an email or web address, a path, an identifier joined by
  // underscores ("Dok_Zusatz"), a key and value ("encap:Ethernet"), a field's keyword.
  bool MachineChunk(int32_t start, int32_t limit) const {
    bool all_capitals = limit - start >= 2 && limit - start <= 16;
    for (int32_t k = start; k < limit; ++k) {
      const char16_t c = text_.charAt(k);
      if (c == '@' || c == '/' || c == '\\' || c == '_') return true;
      if (c == ':' && k > start && k + 1 < limit && u_isalpha(text_.charAt(k - 1)) && u_isalpha(text_.charAt(k + 1)))
        return true;
      if (c == '.' && k >= start + 3 && text_.charAt(k - 1) == 'w' && text_.charAt(k - 2) == 'w' &&
          text_.charAt(k - 3) == 'w')
        return true;
      all_capitals = all_capitals && c >= 'A' && c <= 'Z';
    }
    if (!all_capitals) return false;
    static const WordSet kFieldWords = Set({"STYLEREF", "SEQ", "REF", "PAGEREF", "HYPERLINK", "MERGEFIELD", "TOC",
                                            "CREATEDATE", "SAVEDATE", "PRINTDATE", "FILENAME", "DOCPROPERTY",
                                            "INCLUDEPICTURE", "INCLUDETEXT", "ADDIN", "MERGEFORMAT", "NOTEREF",
                                            "DOCVARIABLE", "AUTHOR", "TITLE", "SUBJECT", "KEYWORDS", "FORMTEXT",
                                            "FORMCHECKBOX", "FORMDROPDOWN", "MACROBUTTON", "QUOTE", "ASK", "FILLIN",
                                            "CITATION", "BIBLIOGRAPHY", "SYMBOL", "EQ", "IF", "COMPARE", "ARABIC",
                                            "ROMAN", "CHARFORMAT", "XE", "INDEX", "TA", "TC", "USERNAME",
                                            "USERINITIALS", "LASTSAVEDBY", "NUMPAGES", "PAGE", "SECTIONPAGES"});
    std::string word;
    for (int32_t k = start; k < limit; ++k) word += static_cast<char>(text_.charAt(k));
    return kFieldWords.count(word) > 0;
  }

  // Words of a white-space-delimited chunk written for software are never names.
  void MarkAddresses() {
    const int32_t n = text_.length();
    int32_t i = 0;
    size_t next_word = 0;
    while (i < n) {
      while (i < n && IsWhiteSpace(text_.charAt(i))) ++i;
      const int32_t start = i;
      while (i < n && !IsWhiteSpace(text_.charAt(i))) ++i;
      while (next_word < words_.size() && words_[next_word].span.start < start) ++next_word;
      if (i == start || !MachineChunk(start, i)) continue;
      for (size_t k = next_word; k < words_.size() && words_[k].span.limit <= i; ++k) words_[k].in_address = true;
    }
  }

  void Mark(const std::vector<Utf16Span>& declared, const std::vector<Utf16Span>& covered) {
    std::vector<std::string_view> lowers;
    lowers.reserve(words_.size());
    for (const Word& w : words_) lowers.push_back(w.lower);
    for (size_t i = 0; i < words_.size(); ++i) {
      Word& w = words_[i];
      for (const Utf16Span& s : declared) w.declared = w.declared || Overlaps(w.span, s);
      for (const Utf16Span& s : covered) w.covered = w.covered || Overlaps(w.span, s);
      // Public terms start with a capital where they stand in a text ("Women's Aid", "MARAC"); a term
      // written in lower case is no candidate anyway.
      if (const size_t n = w.capitalised ? terms_.LongestAt(lowers, i) : 0; n > 0) {
        for (size_t k = i; k < i + n; ++k) words_[k].public_term = true;
        words_[i].public_alone = n == 1;
      }
      if (w.has_digit || (w.letters == 1 && w.capitalised)) w.code = true;
      // "Adult XAP", "Child X1": the scheme's codes.
      if (i > 0 && w.space_before && w.all_caps && w.letters <= 5 && CodeLeads().count(words_[i - 1].lower) > 0) {
        w.code = true;
        words_[i - 1].code = true;
      }
      if (w.code && i > 0 && CodeLeads().count(words_[i - 1].lower) > 0 && words_[i - 1].capitalised)
        words_[i - 1].code = true;
    }
    ActsOfParliament();
  }

  // "the Protection of Freedoms Act 2012": an Act of Parliament and its year are public.
  void ActsOfParliament() {
    for (size_t i = 0; i < words_.size(); ++i) {
      if (Written(words_[i]) != "Act") continue;
      size_t k = i;
      while (k > 0 && words_[k].space_before &&
             (words_[k - 1].capitalised || NameParticles().count(words_[k - 1].lower) ||
              words_[k - 1].lower == "and" || words_[k - 1].lower == "of" || words_[k - 1].lower == "the"))
        --k;
      for (size_t j = k; j <= i; ++j) words_[j].public_term = true;
    }
  }

  bool Skipped(const Word& w) const {
    // A one-word public term that names a kind of place stays in the name of one: "St Wilfrid's
    // Catholic Primary School".
    const bool kind = w.public_alone && KindWords().count(w.lower) > 0;
    return w.covered || (w.public_term && !kind) || w.code || w.in_address;
  }
  // A word of the case's organisations ("Northbrook"): public alone, part of a place's name
  // ("Northbrook High Street").
  bool PublicWord(const Word& w) const { return terms_.IsPublicWord(Base(w.lower)); }
  bool Acronym(const Word& w) const { return w.all_caps && w.letters <= 5; }
  // A word that may be a name: capitalised, not skipped, not an acronym.
  bool NameWord(const Word& w) const { return w.capitalised && !Skipped(w) && !(Acronym(w) && !w.declared); }
  bool Distinctive(const Word& w) const { return (!Ordinary(w) || Proper(w)) && !PublicWord(w); }
  // The end of the run of name words starting at i (particles allowed between two name words).
  size_t RunEnd(size_t i) const {
    if (!(NameWord(words_[i]) || IsTitleWord(words_[i]))) return i;
    size_t end = i + 1;
    while (end < words_.size() && words_[end].space_before) {
      const Word& w = words_[end];
      if (NameWord(w) || IsTitleWord(w)) {
        ++end;
      } else if (NameParticles().count(w.lower) && end + 1 < words_.size() && words_[end + 1].space_before &&
                 NameWord(words_[end + 1])) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  void Add(std::vector<UndeclaredHit>& hits, size_t first, size_t last, UndeclaredKind kind) {
    hits.push_back({words_[first].span.start, words_[last].span.limit, kind});
    for (size_t k = first; k <= last; ++k) words_[k].used = true;
  }

  bool AllDeclared(size_t first, size_t last) const {
    for (size_t k = first; k <= last; ++k)
      if (!words_[k].declared) return false;
    return true;
  }

  // Titles, places, then names, in one run of capitalised words [begin, end).
  void Run(size_t begin, size_t end, std::vector<UndeclaredHit>& hits) {
    std::vector<bool> taken(end - begin, false);
    // A title and the name after it ("Detective Sergeant Priya Raman": the last title counts).
    for (size_t i = begin; i < end; ++i) {
      if (!IsTitleWord(words_[i])) continue;
      size_t j = i + 1;
      while (j < end && IsTitleWord(words_[j])) ++j;
      // The name: its first word, then words that may be names (not "Concern" of "Dr Okonkwo
      // Concern meeting"), at most three in all.
      size_t last = j;
      while (last < end && last < j + 3 && !IsPlaceWord(words_[last]) &&
             (last == j || Distinctive(words_[last]) || words_[last].declared))
        ++last;
      if (last == j) continue;
      const bool word_title = WordTitles().count(words_[j - 1].lower) > 0;
      bool distinctive = false;
      for (size_t k = j; k < last; ++k) distinctive = distinctive || Distinctive(words_[k]);
      if ((!word_title || distinctive) && !AllDeclared(j, last - 1)) Add(hits, j, last - 1, UndeclaredKind::kTitledPerson);
      for (size_t k = i; k < last; ++k) taken[k - begin] = true;
      i = last - 1;
    }
    // A place: the name before a street or institution word, the words of its kind after the name.
    for (size_t i = begin; i < end; ++i) {
      if (taken[i - begin] || !IsPlaceWord(words_[i]) || i == begin) continue;
      // "Wharf Terrace", "Oakfield Nursery School": the last of a row of place and kind words.
      if (i + 1 < end && !taken[i + 1 - begin] && (IsPlaceWord(words_[i + 1]) || KindWords().count(words_[i + 1].lower)))
        continue;
      const bool street = StreetWords().count(Base(words_[i].lower)) > 0;
      size_t name_end = i;  // the name is [name_begin, name_end)
      while (name_end > begin && !taken[name_end - 1 - begin] && KindWords().count(words_[name_end - 1].lower))
        --name_end;
      size_t name_begin = name_end;
      while (name_begin > begin && !taken[name_begin - 1 - begin]) --name_begin;
      while (name_begin < name_end && FunctionWords().count(words_[name_begin].lower)) ++name_begin;
      if (name_begin == name_end || AllDeclared(name_begin, name_end - 1)) continue;
      bool distinctive = street;
      for (size_t k = name_begin; k < name_end; ++k)
        distinctive = distinctive || Distinctive(words_[k]) || !TitleCaseText();
      if (!distinctive) continue;
      size_t first = name_begin;
      if (first > 0 && words_[first - 1].has_digit && words_[first].space_before && words_[first - 1].letters <= 1)
        --first;  // the house number: "22 Rowan Way", "12a Foxglove Lane"
      Add(hits, first, i, street ? UndeclaredKind::kStreet : UndeclaredKind::kInstitution);
      for (size_t k = name_begin; k <= i; ++k) taken[k - begin] = true;
    }
    // Names: what is left, without ordinary words at either end.
    size_t i = begin;
    while (i < end) {
      if (taken[i - begin]) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < end && !taken[j - begin]) ++j;
      Name(i, j, hits);
      i = j;
    }
  }

  // True when the text is written in title case (a heading): there, ordinary words are capitalised
  // anyway and "Good Practice" names no place.
  bool TitleCaseText() const {
    if (title_case_ >= 0) return title_case_ == 1;
    int long_words = 0;
    bool all = true;
    for (const Word& w : words_) {
      if (w.letters < 4) continue;
      ++long_words;
      all = all && w.capitalised;
    }
    title_case_ = (all && long_words >= 2) ? 1 : 0;
    return title_case_ == 1;
  }

  void Name(size_t begin, size_t end, std::vector<UndeclaredHit>& hits) {
    auto weak = [this](const Word& w) {
      return FunctionWords().count(w.lower) || NameParticles().count(w.lower) || (Ordinary(w) && !Proper(w)) ||
             Acronym(w) || IsTitleWord(w);
    };
    while (begin < end && weak(words_[begin])) ++begin;
    while (end > begin && weak(words_[end - 1])) --end;
    if (end - begin < 2) return;
    bool undeclared_name = false;
    for (size_t k = begin; k < end; ++k)
      undeclared_name = undeclared_name || (!words_[k].declared && !Ordinary(words_[k]) && !PublicWord(words_[k]));
    bool declared = false;
    for (size_t k = begin; k < end; ++k) declared = declared || words_[k].declared;
    // "Kayleigh Whitlock": a given name the case does not declare with a declared surname.
    if (undeclared_name) Add(hits, begin, end - 1, declared ? UndeclaredKind::kBesideDeclared : UndeclaredKind::kName);
  }

  // "her friend Tasha", "his cousin, Dean Price": from each name that may be one, back over the
  // naming words ("called", "known as") to a relation word.
  void Relations(std::vector<UndeclaredHit>& hits) {
    for (size_t j = 1; j < words_.size(); ++j) {
      const Word& name = words_[j];
      if (!name.capitalised || name.used) continue;
      size_t i = j - 1;
      while (i > 0 && j - i < 4 && !words_[i].capitalised && NamingWords().count(words_[i].lower)) --i;
      if (words_[i].capitalised || !RelationWords().count(Base(words_[i].lower))) continue;
      if (!NameWord(name) || name.declared || IsTitleWord(name) || IsPlaceWord(name) || !Distinctive(name)) continue;
      size_t last = j;
      while (last + 1 < words_.size() && last < j + 2 && words_[last + 1].space_before &&
             NameWord(words_[last + 1]) && !IsPlaceWord(words_[last + 1]) && Distinctive(words_[last + 1]))
        ++last;
      Add(hits, j, last, UndeclaredKind::kRelation);
    }
  }

  // "Michelle Hartley" where Hartley is declared and Michelle is not; "Michelle Adult X".
  void BesideDeclared(std::vector<UndeclaredHit>& hits) {
    for (size_t i = 0; i + 1 < words_.size(); ++i) {
      const Word& w = words_[i];
      const Word& next = words_[i + 1];
      if (!next.space_before || !(next.declared || (next.code && CodeLeads().count(next.lower)))) continue;
      if (!NameWord(w) || w.declared || IsTitleWord(w) || FunctionWords().count(w.lower)) continue;
      // "Dean Hartley" even at the start of a sentence; "May Adult X" only within one.
      if (Ordinary(w) && !(Proper(w) && (!w.sentence_start || next.declared))) continue;
      size_t last = i;
      if (next.declared)
        while (last + 1 < words_.size() && words_[last + 1].declared && words_[last + 1].space_before) ++last;
      Add(hits, i, last, UndeclaredKind::kBesideDeclared);
    }
  }

  // Overlapping candidates: the longer wins.
  static std::vector<UndeclaredHit> Resolve(std::vector<UndeclaredHit> hits) {
    std::stable_sort(hits.begin(), hits.end(), [](const UndeclaredHit& a, const UndeclaredHit& b) {
      return a.start != b.start ? a.start < b.start : a.limit > b.limit;
    });
    std::vector<UndeclaredHit> out;
    for (const UndeclaredHit& h : hits) {
      if (!out.empty() && h.start < out.back().limit) {
        if (h.limit - h.start > out.back().limit - out.back().start) out.back() = h;
        continue;
      }
      out.push_back(h);
    }
    return out;
  }

  const icu::UnicodeString& text_;
  const PublicTerms& terms_;
  std::vector<Word> words_;
  mutable int title_case_ = -1;
};

}  // namespace

const char* UndeclaredKindName(UndeclaredKind kind) {
  switch (kind) {
    case UndeclaredKind::kTitledPerson: return "titled person";
    case UndeclaredKind::kName: return "name";
    case UndeclaredKind::kRelation: return "relation and given name";
    case UndeclaredKind::kBesideDeclared: return "given name beside a declared name";
    case UndeclaredKind::kStreet: return "street";
    case UndeclaredKind::kInstitution: return "institution";
  }
  return "name";
}

bool IsPlaceKind(UndeclaredKind kind) {
  return kind == UndeclaredKind::kStreet || kind == UndeclaredKind::kInstitution;
}

namespace undeclared_detail {

// The first letters of the name particles: most short words start with none of them.
static const std::array<bool, 256>& ParticleLeads() {
  static const std::array<bool, 256> leads = [] {
    std::array<bool, 256> out{};
    for (const std::string& particle : NameParticles())
      if (!particle.empty()) out[static_cast<unsigned char>(particle[0])] = true;
    return out;
  }();
  return leads;
}

// AnchorOf the word at `span`, which depends on its characters alone. A document capitalises the
// same few words again and again (its sentences' first words), so each thread remembers the answer
// for the words it met last, in a table indexed by a hash of the word.
static uint8_t AnchorAt(const icu::UnicodeString& folded, WordSpan span) {
  constexpr int32_t kLongestRemembered = 24;  // UTF-16 units
  constexpr size_t kSlots = 1024;
  const int32_t length = span.limit - span.start;
  if (length > kLongestRemembered) return AnchorOf(ReadWord(folded, span));
  struct Remembered {
    std::u16string word;  // empty: nothing remembered (a word is never empty)
    uint8_t anchor = 0;
  };
  thread_local std::vector<Remembered> memo(kSlots);
  const std::u16string_view word(folded.getBuffer() + span.start, static_cast<size_t>(length));
  uint32_t hash = 2166136261u;  // FNV-1a
  for (char16_t c : word) hash = (hash ^ c) * 16777619u;
  Remembered& slot = memo[hash & (kSlots - 1)];
  if (slot.word == word) return slot.anchor;
  slot.anchor = AnchorOf(ReadWord(folded, span));
  slot.word.assign(word);
  return slot.anchor;
}

bool MayHoldCandidate(const icu::UnicodeString& folded) {
  const char16_t* units = folded.getBuffer();
  int32_t at = 0;
  // The word before, when it was capitalised: where it ended and whether it was a title.
  bool capital_before = false, title_before = false;
  int32_t before_limit = 0;
  for (WordSpan span; NextWord(folded, at, span);) {
    const int32_t length = span.limit - span.start;
    if (!StartsCapitalised(folded, span)) {
      capital_before = title_before = false;
      // Of the words not capitalised only a particle ("van", "della") qualifies: at most five
      // letters; one of ASCII letters is looked up without building the word.
      if (length > 5 || length < 2) continue;
      char lower[5];
      bool ascii = true;
      for (int32_t k = 0; k < length && ascii; ++k) {
        const char16_t c = units[span.start + k];
        ascii = c < 0x80;
        lower[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      if (ascii ? ParticleLeads()[static_cast<unsigned char>(lower[0])] &&
                      NameParticles().count(std::string_view(lower, static_cast<size_t>(length))) > 0
                : AnchorAt(folded, span) != 0)
        return true;
      continue;
    }
    const uint8_t anchor = AnchorAt(folded, span);
    if (anchor & kAnchorAlone) return true;
    // A title before this capitalised word, or this place word after a capitalised one.
    if (capital_before && (title_before || (anchor & kAnchorAfterCapital)) &&
        WhiteSpaceBetween(units, before_limit, span.start))
      return true;
    capital_before = true;
    title_before = (anchor & kAnchorBeforeCapital) != 0;
    before_limit = span.limit;
  }
  return false;
}

std::vector<UndeclaredHit> FindUndeclaredInEveryText(const icu::UnicodeString& folded,
                                                     const std::vector<Utf16Span>& declared,
                                                     const std::vector<Utf16Span>& covered, const PublicTerms& terms) {
  return Analysis(folded, declared, covered, terms).Find();
}

}  // namespace undeclared_detail

std::vector<UndeclaredHit> FindUndeclared(const icu::UnicodeString& folded, const std::vector<Utf16Span>& declared,
                                          const std::vector<Utf16Span>& covered, const PublicTerms& terms) {
  // Most paragraphs of prose capitalise only ordinary words at the start of a sentence: they hold
  // no candidate, and are not split into words and analysed.
  if (!MayHoldCandidate(folded)) return {};
  return Analysis(folded, declared, covered, terms).Find();
}

}  // namespace dhr::scan
