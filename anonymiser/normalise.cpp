#include "anonymiser/normalise.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <unordered_map>

namespace dhr {
namespace {

bool IsApostrophe(UChar32 c) {
  switch (c) {
    case 0x2019: case 0x2018: case 0x201B: case 0x02BC: case 0x02BB:
    case 0x2032: case 0x0060: case 0x00B4:
      return true;
    default:
      return false;
  }
}

bool IsHyphen(UChar32 c) {
  return (c >= 0x2010 && c <= 0x2013) || c == 0x2212;
}

// Letters that have no canonical or compatibility decomposition but that people write without
// their stroke or ligature on an English keyboard.
const char* PlainLetter(UChar32 c) {
  switch (c) {
    case 0x0142: return "l";  case 0x0141: return "L";   // ł Ł
    case 0x00F8: return "o";  case 0x00D8: return "O";   // ø Ø
    case 0x0111: return "d";  case 0x0110: return "D";   // đ Đ
    case 0x00F0: return "d";  case 0x00D0: return "D";   // ð Ð
    case 0x0127: return "h";  case 0x0126: return "H";   // ħ Ħ
    case 0x0167: return "t";  case 0x0166: return "T";   // ŧ Ŧ
    case 0x0131: return "i";                             // ı
    case 0x00E6: return "ae"; case 0x00C6: return "AE";  // æ Æ
    case 0x0153: return "oe"; case 0x0152: return "OE";  // œ Œ
    case 0x00FE: return "th"; case 0x00DE: return "TH";  // þ Þ
    default: return nullptr;
  }
}

void AppendUtf8(UChar32 c, std::string& out) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

// Characters that fold to one ASCII character, or to nothing, before any decomposition.
// Returns false when `c` needs the full treatment.
bool FoldPunctuation(UChar32 c, std::string& out) {
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
  if (u_isUWhiteSpace(c)) { out += ' '; return true; }
  if (IsApostrophe(c)) { out += '\''; return true; }
  if (IsHyphen(c)) { out += '-'; return true; }
  return false;
}

std::string FoldNonAscii(UChar32 c, CaseFolding folding) {
  std::string out;
  if (FoldPunctuation(c, out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) {
    AppendUtf8(c, out);
    return out;
  }
  icu::UnicodeString s = nfkd->normalize(icu::UnicodeString(c), status);
  if (folding == CaseFolding::kFold) {
    s.foldCase();
    s = nfkd->normalize(s, status);  // folding can give back a decomposable letter (İ -> i̇)
  }
  if (U_FAILURE(status)) s = icu::UnicodeString(c);
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 d = s.char32At(i);
    int8_t type = u_charType(d);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) continue;
    if (FoldPunctuation(d, out)) continue;
    if (const char* plain = PlainLetter(d)) {
      out += plain;
      continue;
    }
    AppendUtf8(d, out);
  }
  return out;
}

// Non-ASCII code points recur (curly quotes, the accents of the same names): their folded form is
// kept per thread, so concurrent callers share nothing.
const std::string& FoldNonAsciiCached(UChar32 c, CaseFolding folding) {
  thread_local std::unordered_map<UChar32, std::string> cache[2];
  auto& table = cache[folding == CaseFolding::kFold ? 0 : 1];
  auto found = table.find(c);
  if (found != table.end()) return found->second;
  if (table.size() > 4096) table.clear();
  return table.emplace(c, FoldNonAscii(c, folding)).first->second;
}

char FoldAscii(char c, CaseFolding folding) {
  if (folding == CaseFolding::kFold && c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return ' ';
  if (c == '`') return '\'';
  return c;
}

UChar32 CodePointBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return U_SENTINEL;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c;
}

UChar32 CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return U_SENTINEL;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool IsLetter(UChar32 c) { return c >= 0 && u_hasBinaryProperty(c, UCHAR_ALPHABETIC); }
bool IsAlnum(UChar32 c) { return c >= 0 && (IsLetter(c) || u_isdigit(c)); }

}  // namespace

size_t NormalisedText::OriginalEnd(size_t end) const {
  if (end == 0) return origin[0];
  size_t last = origin[end - 1];
  size_t next = end;
  while (next < text.size() && origin[next] == last) ++next;
  return origin[next];
}

NormalisedText Normalise(std::string_view original, CaseFolding folding) {
  NormalisedText out;
  out.text.reserve(original.size());
  out.origin.reserve(original.size() + 1);
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  int32_t i = 0;
  while (i < length) {
    const size_t start = static_cast<size_t>(i);
    if (bytes[i] < 0x80) {
      out.text += FoldAscii(static_cast<char>(bytes[i]), folding);
      out.origin.push_back(start);
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    const std::string& folded = FoldNonAsciiCached(c, folding);
    out.text += folded;
    out.origin.insert(out.origin.end(), folded.size(), start);
  }
  out.origin.push_back(original.size());
  return out;
}

std::string NormaliseString(std::string_view original, CaseFolding folding) {
  return Normalise(original, folding).text;
}

bool LetterBefore(std::string_view text, size_t pos) { return IsLetter(CodePointBefore(text, pos)); }
bool LetterAt(std::string_view text, size_t pos) { return IsLetter(CodePointAt(text, pos)); }
bool AlnumBefore(std::string_view text, size_t pos) { return IsAlnum(CodePointBefore(text, pos)); }
bool AlnumAt(std::string_view text, size_t pos) { return IsAlnum(CodePointAt(text, pos)); }

size_t NextCodePoint(std::string_view text, size_t pos) {
  int32_t i = static_cast<int32_t>(pos);
  U8_FWD_1(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()));
  return static_cast<size_t>(i);
}

}  // namespace dhr
