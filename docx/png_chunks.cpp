#include "docx/png_chunks.h"

#include <cstdint>

namespace dhr {

std::optional<PngChunks> ReadPngChunks(std::string_view bytes) {
  if (bytes.substr(0, kPngSignature.size()) != kPngSignature) return std::nullopt;
  PngChunks out;
  size_t at = kPngSignature.size();
  while (at + 12 <= bytes.size()) {
    uint64_t length = 0;
    for (size_t i = 0; i < 4; ++i) length = (length << 8) | static_cast<unsigned char>(bytes[at + i]);
    if (length > bytes.size() - at - 12) {
      out.complete = false;
      break;
    }
    PngChunk chunk;
    chunk.type = bytes.substr(at + 4, 4);
    chunk.begin = at;
    chunk.data_begin = at + 8;
    chunk.data_end = chunk.data_begin + static_cast<size_t>(length);
    chunk.end = chunk.data_end + 4;
    out.chunks.push_back(chunk);
    at = chunk.end;
    if (chunk.type == "IEND") break;
  }
  out.end = at;
  return out;
}

}  // namespace dhr
