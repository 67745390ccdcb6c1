#include "pipeline/scan/folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace dhr::scan {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The input with %XX escapes decoded, and for each decoded byte the source range it came from.
struct DecodedBytes {
  std::string bytes;
  std::vector<size_t> begin;
  std::vector<size_t> end;
};

DecodedBytes DecodePercent(std::string_view in, bool decode) {
  DecodedBytes out;
  out.bytes.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (decode && in[i] == '%' && i + 2 < in.size() && HexValue(in[i + 1]) >= 0 && HexValue(in[i + 2]) >= 0) {
      out.bytes += static_cast<char>(HexValue(in[i + 1]) * 16 + HexValue(in[i + 2]));
      out.begin.push_back(i);
      out.end.push_back(i + 3);
      i += 2;
      continue;
    }
    out.bytes += in[i];
    out.begin.push_back(i);
    out.end.push_back(i + 1);
  }
  return out;
}

// Characters that are dropped: invisible, and used (by Word or by hand) inside words.
bool IsDropped(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// The one character a code point stands for, or U_SENTINEL when it needs no mapping.
UChar32 MappedCharacter(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x00B4: case 0x0060: case 0x2032:
    case 0xFF07:
      return '\'';
    case 0x00A0: case 0x202F: case 0x2007:
      return ' ';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return U_SENTINEL;
  }
}

bool IsCombiningMark(UChar32 c) {
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

enum class CharClass { kOther, kLower, kUpper, kLetter, kDigit };

CharClass ClassOf(UChar32 c) {
  if (u_isdigit(c)) return CharClass::kDigit;
  if (u_islower(c)) return CharClass::kLower;
  if (u_isupper(c) || u_istitle(c)) return CharClass::kUpper;
  if (u_isalpha(c)) return CharClass::kLetter;
  return CharClass::kOther;
}

bool IsLetterClass(CharClass k) {
  return k == CharClass::kLower || k == CharClass::kUpper || k == CharClass::kLetter;
}

// Whether a space belongs between two characters of a joined identifier.
bool StartsNewWord(CharClass previous, CharClass next) {
  if (previous == CharClass::kLower && next == CharClass::kUpper) return true;
  if (IsLetterClass(previous) && next == CharClass::kDigit) return true;
  if (previous == CharClass::kDigit && IsLetterClass(next)) return true;
  return false;
}

class FoldBuilder {
 public:
  FoldBuilder(FoldedText& out, size_t capacity) : out_(out) { Grow(capacity + 2); }

  void Append(UChar32 c, size_t begin, size_t end) {
    if (size_ + 2 > units_.size()) Grow(units_.size() * 2);
    if (c <= 0xFFFF) {
      Put(static_cast<char16_t>(c), begin, end);
    } else {
      Put(static_cast<char16_t>(U16_LEAD(c)), begin, end);
      Put(static_cast<char16_t>(U16_TRAIL(c)), begin, end);
    }
  }

  // Hands the text over; the builder is done.
  void Finish() {
    out_.text.setTo(units_.data(), static_cast<int32_t>(size_));
    out_.source_begin.resize(size_);
    out_.source_end.resize(size_);
  }

 private:
  void Put(char16_t unit, size_t begin, size_t end) {
    units_[size_] = unit;
    out_.source_begin[size_] = begin;
    out_.source_end[size_] = end;
    ++size_;
  }
  void Grow(size_t capacity) {
    units_.resize(capacity);
    out_.source_begin.resize(capacity);
    out_.source_end.resize(capacity);
  }

  FoldedText& out_;
  std::u16string units_;
  size_t size_ = 0;
};

}  // namespace

std::pair<size_t, size_t> FoldedText::SourceRange(int32_t start, int32_t limit) const {
  const size_t n = identity ? source_size : source_begin.size();
  if (start < 0) start = 0;
  if (static_cast<size_t>(limit) > n) limit = static_cast<int32_t>(n);
  if (start >= limit) {
    const size_t at = static_cast<size_t>(start) >= n ? source_size : identity ? start : source_begin[start];
    return {at, at};
  }
  if (identity) return {static_cast<size_t>(start), static_cast<size_t>(limit)};
  size_t begin = source_begin[start];
  size_t end = source_end[limit - 1];
  // An inserted space has an empty range; widen across it so the range is never inverted.
  if (end < begin) end = begin;
  return {begin, end};
}

FoldedText FoldForScan(std::string_view utf8, const FoldOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  // Percent escapes are decoded into a copy with a map back; without any, the bytes are the source.
  const bool decode = options.decode_percent && utf8.find('%') != std::string_view::npos;
  const DecodedBytes decoded = decode ? DecodePercent(utf8, true) : DecodedBytes{};
  const std::string_view bytes = decode ? std::string_view(decoded.bytes) : utf8;

  FoldedText out;
  out.source_size = utf8.size();
  // ASCII prose (no grave accent, nothing to split or decode) folds to itself.
  if (!options.split_joined_words && !decode && utf8.size() < static_cast<size_t>(INT32_MAX)) {
    bool plain = true;
    for (const char c : utf8) plain = plain && static_cast<unsigned char>(c) < 0x80 && c != 0x60;
    if (plain) {
      const int32_t length = static_cast<int32_t>(utf8.size());
      if (char16_t* units = out.text.getBuffer(length)) {
        for (int32_t i = 0; i < length; ++i) units[i] = static_cast<char16_t>(utf8[i]);
        out.text.releaseBuffer(length);
        out.identity = true;
        return out;
      }
    }
  }
  FoldBuilder builder(out, bytes.size());
  CharClass previous = CharClass::kOther;
  const int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  icu::UnicodeString pieces;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, length, c);
    if (c < 0) c = 0xFFFD;
    const size_t begin = decode ? decoded.begin[start] : static_cast<size_t>(start);
    const size_t end = decode ? decoded.end[i - 1] : static_cast<size_t>(i);
    // Plain ASCII (all but the grave accent, an apostrophe here) stands for itself.
    if (c < 0x80 && c != 0x60 && !options.split_joined_words) {
      builder.Append(c, begin, end);
      continue;
    }
    if (IsDropped(c)) continue;

    if (const UChar32 mapped = MappedCharacter(c); mapped != U_SENTINEL) {
      pieces.setTo(mapped);
    } else if (c < 0x80 || U_FAILURE(status) || !nfkd->getDecomposition(c, pieces)) {
      pieces.setTo(c);
    }
    for (int32_t k = 0; k < pieces.length();) {
      UChar32 piece = pieces.char32At(k);
      k += U16_LENGTH(piece);
      if (IsCombiningMark(piece) || IsDropped(piece)) continue;
      if (const UChar32 mapped = MappedCharacter(piece); mapped != U_SENTINEL) piece = mapped;
      if (options.split_joined_words) {
        if (piece == '_' || piece == '-' || piece == '.') piece = ' ';
        const CharClass now = ClassOf(piece);
        if (StartsNewWord(previous, now)) builder.Append(' ', begin, begin);
        previous = now;
      }
      builder.Append(piece, begin, end);
    }
  }
  builder.Finish();
  return out;
}

bool SplitChangesNothing(std::string_view utf8) {
  CharClass previous = CharClass::kOther;
  for (const char byte : utf8) {
    const auto c = static_cast<unsigned char>(byte);
    if (c >= 0x80 || c == '_' || c == '-' || c == '.' || c == '%' || c == 0x60) return false;
    const CharClass now = ClassOf(c);
    if (StartsNewWord(previous, now)) return false;
    previous = now;
  }
  return true;
}

std::string FoldToUtf8(std::string_view utf8) {
  std::string out;
  FoldForScan(utf8).text.toUTF8String(out);
  return out;
}

}  // namespace dhr::scan
