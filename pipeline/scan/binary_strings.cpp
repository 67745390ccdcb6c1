#include "pipeline/scan/binary_strings.h"

#include <unicode/utf8.h>

#include <utility>

namespace dhr::scan {
namespace {

bool IsPrintable(int32_t c) { return c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)); }

void Utf8Runs(std::string_view bytes, size_t min_chars, std::vector<EmbeddedString>& out) {
  const int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  int32_t run_start = 0;
  size_t run_chars = 0;
  auto flush = [&](int32_t run_end) {
    if (run_chars >= min_chars)
      out.push_back({static_cast<size_t>(run_start), std::string(bytes.substr(run_start, run_end - run_start))});
    run_chars = 0;
  };
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, length, c);
    if (c >= 0 && IsPrintable(c)) {
      if (run_chars == 0) run_start = start;
      ++run_chars;
    } else {
      flush(start);
    }
  }
  flush(length);
}

void Utf16Runs(std::string_view bytes, size_t min_chars, std::vector<EmbeddedString>& out) {
  for (size_t parity = 0; parity < 2; ++parity) {
    std::string text;
    size_t run_start = 0;
    size_t run_chars = 0;
    auto flush = [&] {
      if (run_chars >= min_chars) out.push_back({run_start, text});
      text.clear();
      run_chars = 0;
    };
    for (size_t i = parity; i + 1 < bytes.size(); i += 2) {
      const unsigned lo = static_cast<unsigned char>(bytes[i]);
      const unsigned hi = static_cast<unsigned char>(bytes[i + 1]);
      const int32_t c = static_cast<int32_t>(lo | (hi << 8));
      // Latin script only: wider ranges turn random bytes into text.
      if (c < 0x250 && IsPrintable(c)) {
        if (run_chars == 0) run_start = i;
        ++run_chars;
        char buffer[4];
        int32_t n = 0;
        U8_APPEND_UNSAFE(buffer, n, c);  // c < 0x250: two bytes at most
        text.append(buffer, n);
      } else {
        flush();
      }
    }
    flush();
  }
}

// The spans of a PNG's image data (its IDAT chunks' data), in order; none when the bytes are not
// a PNG. The walk stops at the first chunk that does not fit: what follows is read as it is.
std::vector<std::pair<size_t, size_t>> PngImageData(std::string_view bytes) {
  std::vector<std::pair<size_t, size_t>> spans;
  if (bytes.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8)) return spans;
  size_t at = 8;
  while (at + 12 <= bytes.size()) {
    const auto byte = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(bytes[i])); };
    const size_t length = (byte(at) << 24) | (byte(at + 1) << 16) | (byte(at + 2) << 8) | byte(at + 3);
    if (length > bytes.size() - at - 12) break;
    if (bytes.substr(at + 4, 4) == "IDAT") spans.push_back({at + 8, at + 8 + length});
    at += 12 + length;
  }
  return spans;
}

void Runs(std::string_view bytes, size_t offset, size_t min_chars, std::vector<EmbeddedString>& out) {
  const size_t first = out.size();
  Utf8Runs(bytes, min_chars, out);
  Utf16Runs(bytes, min_chars, out);
  for (size_t i = first; i < out.size(); ++i) out[i].offset += offset;
}

}  // namespace

std::vector<EmbeddedString> EmbeddedStrings(std::string_view bytes, size_t min_chars) {
  std::vector<EmbeddedString> out;
  size_t at = 0;
  for (const auto& [begin, end] : PngImageData(bytes)) {
    Runs(bytes.substr(at, begin - at), at, min_chars, out);
    at = end;
  }
  Runs(bytes.substr(at), at, min_chars, out);
  return out;
}

}  // namespace dhr::scan
