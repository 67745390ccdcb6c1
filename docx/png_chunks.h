// The chunks of a PNG file, as its bytes lay them out (PNG specification, section 5).
//
// Input: any bytes. Output: nothing when they do not start with the PNG signature; otherwise the
// chunks in order, each with its type and the spans of the whole chunk (length, type, data, CRC)
// and of its data. The walk stops after IEND, before a chunk whose length runs past the end (then
// `complete` is false), or when fewer than a chunk's 12 bytes are left; `end` is where it stopped.
// CRCs are not checked. Knows nothing of what the chunks say.
// Covered by png_chunks_test.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace dhr {

struct PngChunk {
  std::string_view type;  // "IHDR", "IDAT", "tEXt"...
  size_t begin = 0;       // of the whole chunk
  size_t end = 0;
  size_t data_begin = 0;  // of its data
  size_t data_end = 0;
};

struct PngChunks {
  std::vector<PngChunk> chunks;
  size_t end = 0;         // the first byte not in a chunk (or the signature)
  bool complete = true;   // false: a chunk's length ran past the end of the bytes
};

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

std::optional<PngChunks> ReadPngChunks(std::string_view bytes);

}  // namespace dhr
