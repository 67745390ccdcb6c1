#include "pipeline/scan/undeclared_words.h"

#include <unicode/uchar.h>

#include "base/text.h"

namespace dhr::scan::undeclared_detail {

// Titles written as abbreviations: any capitalised word after them is a name.
const WordSet& AbbreviatedTitles() {
  static const WordSet s = Set({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "fr", "cllr", "pc",
                                "dc", "ds", "di", "dci", "dsu", "dcs", "supt", "sgt", "insp", "pcso", "tdc", "dsgt",
                                "sir", "dame"});
  return s;
}
// Titles that are also ordinary nouns: a name after them must not be an ordinary word.
const WordSet& WordTitles() {
  static const WordSet s = Set({"doctor", "professor", "sergeant", "inspector", "constable", "detective",
                                "councillor", "nurse", "reverend", "father", "superintendent", "officer", "matron",
                                "lord", "lady", "judge"});
  return s;
}
const WordSet& RelationWords() {
  static const WordSet s = Set(
      {"friend", "friends", "cousin", "neighbour", "neighbours", "neighbor", "sister", "brother", "partner",
       "ex-partner", "colleague", "colleagues", "manager", "boss", "employer", "supervisor", "mother", "father",
       "mum", "mam", "mom", "dad", "stepmother", "stepfather", "stepmum", "stepdad", "aunt", "auntie", "uncle",
       "niece", "nephew", "grandmother", "grandfather", "gran", "nan", "nana", "grandad", "grandson",
       "granddaughter", "son", "daughter", "stepson", "stepdaughter", "boyfriend", "girlfriend", "husband", "wife",
       "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "fiance", "fiancee", "flatmate", "housemate",
       "lodger", "landlord", "landlady", "carer", "sibling", "half-brother", "half-sister", "stepbrother",
       "stepsister", "godmother", "godfather", "acquaintance", "associate", "mother-in-law", "father-in-law",
       "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "teacher", "classmate", "child",
       "baby", "mate", "pal"});
  return s;
}
// Words between a relation word and the name: "her friend, called Tasha".
const WordSet& NamingWords() {
  static const WordSet s = Set({"called", "named", "known", "as", "whose", "name", "is", "was"});
  return s;
}
const WordSet& StreetWords() {
  static const WordSet s =
      Set({"road", "rd", "street", "avenue", "ave", "lane", "close", "crescent", "cres", "terrace", "court",
           "estate", "grove", "gardens", "mews", "row", "square", "place", "walk", "rise", "parade", "way",
           "boulevard", "wharf", "drive", "hill", "chase", "croft", "fold", "vale"});
  return s;
}
const WordSet& InstitutionWords() {
  static const WordSet s =
      Set({"school", "academy", "nursery", "college", "surgery", "practice", "centre", "center", "hospital",
           "clinic", "pharmacy", "church", "mosque", "chapel", "temple", "gurdwara", "synagogue", "hostel",
           "hotel", "inn", "club", "gym", "ltd", "limited", "plc", "llp", "nurseries", "pre-school", "preschool"});
  return s;
}
// Words that name the kind of a place, not which one: never a name on their own.
const WordSet& KindWords() {
  static const WordSet s = Set(
      {"primary", "secondary", "infant", "infants", "junior", "juniors", "nursery", "high", "grammar", "community",
       "special", "free", "catholic", "rc", "c", "of", "e", "ce", "church", "sixth", "form", "medical", "health",
       "family", "children's", "childrens", "leisure", "day", "contact", "call", "job", "resource", "recovery",
       "walk-in", "treatment", "teaching", "general", "district", "village", "parish", "methodist", "baptist",
       "anglican", "pupil", "referral", "dental", "maternity", "psychiatric", "mental", "women's", "youth",
       "early", "years", "learning", "education", "sports", "main", "ring", "good", "best", "clinical",
       "professional", "social", "safeguarding", "nursing", "reflective", "poor", "current", "local",
       "multi-agency", "partnership", "work", "legal", "gp", "nhs", "police", "fire", "court", "group",
       "care", "home", "practice", "specialist", "emergency", "urgent", "city", "county", "borough", "town",
       "shopping", "retail", "business", "industrial", "trading", "crown", "magistrates'", "magistrates",
       "coroner's", "coroners", "university", "foundation", "trust", "council", "independent", "private"});
  return s;
}
// Words that start a phrase without being part of a name.
const WordSet& FunctionWords() {
  static const WordSet s = Set({"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her",
                                "its", "my", "your", "at", "in", "on", "of", "to", "from", "by", "for", "with",
                                "and", "or", "nearby", "another", "any", "each", "every", "no", "some", "which",
                                "what", "whose", "both", "all", "if", "when", "while", "where", "after", "before",
                                "during", "following", "per", "via", "as", "but", "then", "than"});
  return s;
}
const WordSet& NameParticles() {
  static const WordSet s = Set({"van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le",
                                "al", "el", "bin", "ibn", "ap", "dos", "das"});
  return s;
}
const WordSet& CodeLeads() {
  static const WordSet s = Set({"adult", "child", "victim", "perpetrator"});
  return s;
}
const WordSet& GenderedWords() {
  static const WordSet s = Set({"he", "she", "his", "her", "hers", "him", "himself", "herself", "son", "sons",
                                "daughter", "daughters", "boy", "boys", "girl", "girls", "brother", "brothers",
                                "sister", "sisters", "he's", "she's", "he'd", "she'd"});
  return s;
}

bool IsAbbreviation(std::string_view lower) {
  return lower.size() <= 1 || AbbreviatedTitles().count(lower) > 0 || lower == "st" || lower == "no" ||
         lower == "eg" || lower == "ie" || lower == "etc" || lower == "approx";
}

Word ReadWord(const icu::UnicodeString& text, WordSpan span) {
  const char16_t* units = text.getBuffer();
  Word w;
  w.span = span;
  bool ascii = true;
  for (int32_t k = span.start; k < span.limit && ascii; ++k) ascii = units[k] < 0x80;
  bool upper = false, lower = false;
  if (ascii) {
    w.lower.resize(static_cast<size_t>(span.limit - span.start));
    for (int32_t k = span.start; k < span.limit; ++k) {
      const char c = static_cast<char>(units[k]);
      const bool is_upper = c >= 'A' && c <= 'Z';
      const bool is_lower = c >= 'a' && c <= 'z';
      w.lower[static_cast<size_t>(k - span.start)] = is_upper ? static_cast<char>(c + ('a' - 'A')) : c;
      w.has_digit = w.has_digit || (c >= '0' && c <= '9');
      upper = upper || is_upper;
      lower = lower || is_lower;
      w.letters += (is_upper || is_lower) ? 1 : 0;
    }
    w.capitalised = units[span.start] >= 'A' && units[span.start] <= 'Z';
    // As written, kept only where it differs from the lower case.
    if (upper) w.text.assign(units + span.start, units + span.limit);
  } else {
    w.lower = LowerUtf8(text, span);
    text.tempSubStringBetween(span.start, span.limit).toUTF8String(w.text);
    for (int32_t k = span.start; k < span.limit; k = text.moveIndex32(k, 1)) {
      const UChar32 c = text.char32At(k);
      if (u_isdigit(c)) w.has_digit = true;
      if (u_isUUppercase(c) || u_istitle(c)) upper = true;
      if (u_isULowercase(c)) lower = true;
      if (u_isalpha(c)) ++w.letters;
      if (k == span.start) w.capitalised = u_isUUppercase(c) || u_istitle(c);
    }
  }
  w.all_caps = upper && !lower && w.letters >= 2;
  return w;
}

bool StartsCapitalised(const icu::UnicodeString& text, WordSpan span) {
  const UChar32 c = text.char32At(span.start);
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isUUppercase(c) || u_istitle(c));
}

bool WhiteSpaceBetween(const char16_t* units, int32_t limit, int32_t start) {
  if (start <= limit) return false;
  for (int32_t k = limit; k < start; ++k)
    if (!IsWhiteSpace(units[k])) return false;  // a surrogate is no white space either
  return true;
}

std::vector<Word> SplitIntoWords(const icu::UnicodeString& text) {
  const std::vector<WordSpan> spans = SplitWords(text);
  const char16_t* units = text.getBuffer();
  std::vector<Word> words;
  words.reserve(spans.size());
  int32_t previous_end = 0;
  bool sentence_open = false;
  std::string_view previous_lower;
  for (const WordSpan& span : spans) {
    Word w = ReadWord(text, span);
    // What stands between the previous word and this one.
    bool ends_sentence = false;
    for (int32_t k = previous_end; k < span.start; ++k) {
      const char16_t c = units[k];
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2022) ends_sentence = true;
    }
    if (ends_sentence && IsAbbreviation(previous_lower)) ends_sentence = false;
    if (ends_sentence) sentence_open = false;
    w.space_before = !words.empty() && WhiteSpaceBetween(units, previous_end, span.start);
    w.sentence_start = !sentence_open;
    sentence_open = sentence_open || w.letters > 0;
    previous_end = span.limit;
    words.push_back(std::move(w));
    previous_lower = words.back().lower;
  }
  return words;
}

}  // namespace dhr::scan::undeclared_detail
