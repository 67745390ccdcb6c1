#include "pipeline/mark/marking_text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

namespace dhr {
namespace {

enum class CharClass {
  kWord,       // letters, and any other character that is not a separator
  kDigit,
  kAbsorbable, // spaces, dashes, ':', '|', ',', '/', ';', bullets: taken with a cut marking
  kStop,       // other punctuation: brackets, quotes, full stops; a separator never taken
  kHard,       // tabs and line breaks: layout, never taken, and they keep markings apart
};

// Decodes the UTF-8 character at `at`; `length` gets its byte count (1 for a stray byte).
unsigned DecodeAt(std::string_view text, size_t at, size_t& length) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[at + k]); };
  const unsigned lead = byte(0);
  size_t need = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  if (at + need > text.size()) need = 1;
  for (size_t k = 1; k < need; ++k)
    if ((byte(k) & 0xC0) != 0x80) need = 1;
  length = need;
  if (need == 1) return lead;
  unsigned cp = lead & (0xFF >> (need + 1));
  for (size_t k = 1; k < need; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  return cp;
}

CharClass Classify(unsigned cp) {
  if (cp < 0x80) {
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return CharClass::kWord;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == ' ' || cp == '-' || cp == ':' || cp == '|' || cp == ',' || cp == '/' || cp == ';')
      return CharClass::kAbsorbable;
    if (cp < 0x20 || cp == 0x7F) return CharClass::kHard;
    return CharClass::kStop;
  }
  switch (cp) {
    case 0x00A0: case 0x2002: case 0x2003: case 0x2007: case 0x2009: case 0x200A: case 0x202F:  // spaces
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:  // dashes
    case 0x2022: case 0x00B7: case 0x00AD: case 0x200B:  // bullets, soft hyphen, zero-width space
      return CharClass::kAbsorbable;
    case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0xFEFF:
      return CharClass::kStop;
    case 0x2028: case 0x2029:
      return CharClass::kHard;
    default:
      return CharClass::kWord;
  }
}

struct Token {
  size_t begin = 0;
  size_t end = 0;
  std::string upper;  // ASCII letters upper-cased
  bool number = false;
  bool capitals = false;  // written all in capitals
};

std::vector<Token> Tokenise(std::string_view text) {
  std::vector<Token> tokens;
  size_t at = 0;
  while (at < text.size()) {
    size_t length = 1;
    const CharClass cls = Classify(DecodeAt(text, at, length));
    if (cls != CharClass::kWord && cls != CharClass::kDigit) {
      at += length;
      continue;
    }
    Token token;
    token.begin = at;
    token.number = cls == CharClass::kDigit;
    while (at < text.size()) {
      const CharClass here = Classify(DecodeAt(text, at, length));
      const bool dot_in_number = token.number && text[at] == '.' && at + 1 < text.size() &&
                                 text[at + 1] >= '0' && text[at + 1] <= '9';
      if (here != cls && !dot_in_number) break;
      at += length;
    }
    token.end = at;
    token.capitals = true;
    for (size_t k = token.begin; k < token.end; ++k) {
      char c = text[k];
      if (c >= 'a' && c <= 'z') {
        token.capitals = false;
        c = static_cast<char>(c - 'a' + 'A');
      }
      token.upper += c;
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

constexpr std::array<std::string_view, 13> kKnownDescriptors = {
    "PERSONAL", "COMMERCIAL",    "LOCSEN",         "MANAGEMENT",   "STAFF",   "POLICY",  "MEDICAL",
    "CONTRACTS", "INVESTIGATION", "INVESTIGATIONS", "APPOINTMENTS", "HONOURS", "SECURITY"};
constexpr std::array<std::string_view, 10> kKeywords = {"OFFICIAL", "SENSITIVE", "RESTRICTED", "PROTECT", "NOT",
                                                        "PROTECTIVELY", "MARKED", "DRAFT", "PAGE", "OF"};

bool Contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Reads markings token by token.
class MarkingParser {
 public:
  MarkingParser(std::string_view text, MarkingStrength strength)
      : text_(text), strength_(strength), tokens_(Tokenise(text)) {}

  const std::vector<Token>& tokens() const { return tokens_; }

  // The marking starting at token `i`: the index one past its last token, or nullopt.
  std::optional<size_t> MarkingAt(size_t i) const {
    size_t j = i;
    const bool labelled = Label(j);
    if (auto end = Class(j)) return Descriptors(*end);
    if (labelled) return std::nullopt;
    return Draft(i);
  }

 private:
  bool Is(size_t i, std::string_view upper, bool needs_capitals = true) const {
    if (i >= tokens_.size() || tokens_[i].upper != upper) return false;
    return !needs_capitals || strength_ == MarkingStrength::kAnyCase || tokens_[i].capitals;
  }
  // The gap before token i is short and holds no tab, line break or word: the two tokens belong to
  // one marking.
  bool Joined(size_t i) const {
    if (i == 0 || i >= tokens_.size()) return false;
    std::string_view gap = text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end);
    int characters = 0;
    for (size_t at = 0; at < gap.size();) {
      size_t length = 1;
      if (Classify(DecodeAt(gap, at, length)) == CharClass::kHard) return false;
      at += length;
      ++characters;
    }
    return characters <= 4;
  }
  bool GapHasColon(size_t i) const {
    return i < tokens_.size() && text_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end).find(':') !=
                                     std::string_view::npos;
  }

  // "Classification:", "Security classification:", "Protective marking:"; moves j past it.
  bool Label(size_t& j) const {
    size_t k = j;
    if (Is(k, "GOVERNMENT", false) || Is(k, "PROTECTIVE", false) || Is(k, "SECURITY", false)) ++k;
    if (k > j && Is(k, "SECURITY", false) && Joined(k)) ++k;
    if (k > j && !Joined(k)) return false;
    if (!(Is(k, "CLASSIFICATION", false) || Is(k, "MARKING", false))) return false;
    if (!Joined(k + 1) || !GapHasColon(k + 1)) return false;
    j = k + 1;
    return true;
  }

  std::optional<size_t> Class(size_t j) const {
    if (Is(j, "FOR") && Is(j + 1, "OFFICIAL") && Is(j + 2, "USE") && Is(j + 3, "ONLY") && Joined(j + 1) &&
        Joined(j + 2) && Joined(j + 3))
      return j + 4;
    if (Is(j, "OFFICIAL")) return Is(j + 1, "SENSITIVE") && Joined(j + 1) ? j + 2 : j + 1;
    if (Is(j, "RESTRICTED") || Is(j, "PROTECT")) return j + 1;
    if (Is(j, "NOT") && Is(j + 1, "PROTECTIVELY") && Is(j + 2, "MARKED") && Joined(j + 1) && Joined(j + 2))
      return j + 3;
    return std::nullopt;
  }

  bool Descriptor(size_t k) const {
    if (k >= tokens_.size() || tokens_[k].number) return false;
    const Token& t = tokens_[k];
    if (Contains(kKnownDescriptors, t.upper)) return strength_ == MarkingStrength::kAnyCase || t.capitals;
    return strength_ == MarkingStrength::kAnyCase && t.capitals && t.end - t.begin >= 2 &&
           !Contains(kKeywords, t.upper) && t.upper.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos;
  }

  size_t Descriptors(size_t end) const {
    for (int n = 0; n < 3 && Joined(end) && Descriptor(end); ++n) ++end;
    return end;
  }

  // DRAFT, DRAFT 3, Draft v2, Draft version 0.3, Draft No. 4.
  std::optional<size_t> Draft(size_t i) const {
    if (!Is(i, "DRAFT", false)) return std::nullopt;
    size_t number = i + 1;
    if ((Is(number, "V", false) || Is(number, "VER", false) || Is(number, "VERSION", false) ||
         Is(number, "NO", false) || Is(number, "NUMBER", false)) &&
        Joined(number))
      ++number;
    const bool numbered = number < tokens_.size() && tokens_[number].number && Joined(number);
    if (numbered) return number + 1;
    if (strength_ == MarkingStrength::kCapitals && !tokens_[i].capitals) return std::nullopt;
    return i + 1;
  }

  std::string_view text_;
  MarkingStrength strength_;
  std::vector<Token> tokens_;
};

struct Scan {
  std::vector<Token> tokens;
  std::vector<TextRange> spans;  // one per marking, in order
  size_t covered_tokens = 0;
};

// A descriptor in brackets inside a marking ("OFFICIAL-SENSITIVE [PERSONAL]"): the closing bracket
// belongs to the marking too.
void CloseBrackets(std::string_view text, TextRange& span) {
  const std::string_view inside = text.substr(span.begin, span.end - span.begin);
  for (auto [open, close] : {std::pair{'[', ']'}, std::pair{'(', ')'}}) {
    const auto opened = std::count(inside.begin(), inside.end(), open);
    const auto closed = std::count(inside.begin(), inside.end(), close);
    if (opened > closed && span.end < text.size() && text[span.end] == close) ++span.end;
  }
}

Scan ScanText(std::string_view text, MarkingStrength strength) {
  MarkingParser parser(text, strength);
  Scan scan;
  scan.tokens = parser.tokens();
  for (size_t i = 0; i < scan.tokens.size();) {
    if (auto end = parser.MarkingAt(i)) {
      TextRange span{scan.tokens[i].begin, scan.tokens[*end - 1].end};
      CloseBrackets(text, span);
      scan.spans.push_back(span);
      scan.covered_tokens += *end - i;
      i = *end;
    } else {
      ++i;
    }
  }
  return scan;
}

CharClass ClassAt(std::string_view text, size_t at) {
  size_t length = 1;
  return Classify(DecodeAt(text, at, length));
}

// The start of the UTF-8 character that ends just before `at`.
size_t PreviousCharacter(std::string_view text, size_t at) {
  size_t k = at - 1;
  while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
  return k;
}

bool OnlyAbsorbableOrStop(std::string_view text, size_t begin, size_t end) {
  for (size_t at = begin; at < end;) {
    size_t length = 1;
    const CharClass cls = Classify(DecodeAt(text, at, length));
    if (cls != CharClass::kAbsorbable && cls != CharClass::kStop) return false;
    at += length;
  }
  return true;
}

// Takes matching brackets around the range with it: "(OFFICIAL)", "[DRAFT 2]".
void TakeBrackets(std::string_view text, TextRange& range) {
  while (range.begin > 0 && range.end < text.size()) {
    const char open = text[range.begin - 1];
    const char close = text[range.end];
    if (!((open == '(' && close == ')') || (open == '[' && close == ']'))) return;
    --range.begin;
    ++range.end;
  }
}

// A marking on a line of its own ("OFFICIAL" then a line break, then other text) goes with one of
// the line breaks around it, so no empty line is left.
void TakeOwnLine(std::string_view text, size_t floor, size_t ceiling, size_t back, size_t forward, TextRange& cut) {
  const bool line_starts = back == 0 || (back > floor && text[back - 1] == '\n');
  const bool line_ends = forward == text.size() || (forward < ceiling && text[forward] == '\n');
  if (!line_starts || !line_ends) return;
  if (forward < ceiling && text[forward] == '\n')
    cut = {back, forward + 1};
  else if (back > floor && text[back - 1] == '\n')
    cut = {back - 1, forward};
}

}  // namespace

bool IsWholeMarking(std::string_view text, MarkingStrength strength) {
  const Scan scan = ScanText(text, strength);
  return !scan.spans.empty() && scan.covered_tokens == scan.tokens.size();
}

std::vector<TextRange> MarkingCuts(std::string_view text, MarkingStrength strength) {
  const Scan scan = ScanText(text, strength);
  // Join markings with only spaces and punctuation between them.
  std::vector<TextRange> joined;
  for (const TextRange& span : scan.spans) {
    if (!joined.empty() && OnlyAbsorbableOrStop(text, joined.back().end, span.begin))
      joined.back().end = span.end;
    else
      joined.push_back(span);
  }
  std::vector<TextRange> cuts;
  for (size_t n = 0; n < joined.size(); ++n) {
    TextRange cut = joined[n];
    TakeBrackets(text, cut);
    const size_t floor = cuts.empty() ? 0 : cuts.back().end;
    const size_t ceiling = n + 1 < joined.size() ? joined[n + 1].begin : text.size();
    // Words next to the cut on each side, with only absorbable separators between.
    size_t back = cut.begin;
    while (back > floor && ClassAt(text, PreviousCharacter(text, back)) == CharClass::kAbsorbable)
      back = PreviousCharacter(text, back);
    size_t forward = cut.end;
    while (forward < ceiling) {
      size_t length = 1;
      if (Classify(DecodeAt(text, forward, length)) != CharClass::kAbsorbable) break;
      forward += length;
    }
    // Take the separator on the side where other words stand, the side before preferred.
    const bool words_before = back > floor && ClassAt(text, PreviousCharacter(text, back)) != CharClass::kHard;
    const bool words_after = forward < ceiling && ClassAt(text, forward) != CharClass::kHard;
    if (words_before)
      cut.begin = back;
    else if (words_after)
      cut.end = forward;
    else
      TakeOwnLine(text, floor, ceiling, back, forward, cut);
    cuts.push_back(cut);
  }
  return cuts;
}

bool IsRecognisedDescriptor(std::string_view descriptor) {
  if (descriptor.empty()) return false;
  const std::string line = "OFFICIAL-SENSITIVE " + std::string(descriptor);
  const Scan scan = ScanText(line, MarkingStrength::kAnyCase);
  if (scan.spans.size() != 1 || scan.covered_tokens != scan.tokens.size()) return false;
  for (const Token& t : scan.tokens)
    if (!t.capitals || t.number) return false;
  return true;
}

}  // namespace dhr
