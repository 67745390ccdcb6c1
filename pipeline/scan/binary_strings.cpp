#include "pipeline/scan/binary_strings.h"

#include <unicode/utf8.h>

#include <optional>

#include "docx/png_chunks.h"

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

void Runs(std::string_view bytes, size_t offset, size_t min_chars, std::vector<EmbeddedString>& out) {
  const size_t first = out.size();
  Utf8Runs(bytes, min_chars, out);
  Utf16Runs(bytes, min_chars, out);
  for (size_t i = first; i < out.size(); ++i) out[i].offset += offset;
}

}  // namespace

std::vector<EmbeddedString> EmbeddedStrings(std::string_view bytes, size_t min_chars) {
  std::vector<EmbeddedString> out;
  // A PNG's image data is compressed pixels: noise, not strings. Every other byte is read.
  size_t at = 0;
  if (const std::optional<PngChunks> png = ReadPngChunks(bytes))
    for (const PngChunk& chunk : png->chunks) {
      if (chunk.type != "IDAT") continue;
      Runs(bytes.substr(at, chunk.data_begin - at), at, min_chars, out);
      at = chunk.data_end;
    }
  Runs(bytes.substr(at), at, min_chars, out);
  return out;
}

}  // namespace dhr::scan
