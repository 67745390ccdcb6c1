// Binary strings: readable text inside a part that is not XML (an image's EXIF or XMP metadata, an
// embedded object, a thumbnail), as the `strings` tool finds it.
//
// Input: the bytes of a part. Output: every run of at least `min_chars` printable characters,
// read as UTF-8 and as UTF-16LE, with the byte offset where it starts. Short runs are left out:
// compressed data is full of them. A PNG's image data (the compressed pixels of its IDAT chunks)
// is not read: runs there are noise, and a long one once matched a short alias ("Jo") by chance
// and stopped a publication. Its other chunks (tEXt, iTXt, eXIf...) are read, and so is everything
// after IEND or from a chunk that does not fit on (docx/png_chunks.h reads the chunks). Covered by
// binary_strings_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr::scan {

struct EmbeddedString {
  size_t offset = 0;
  std::string text;  // UTF-8
};

std::vector<EmbeddedString> EmbeddedStrings(std::string_view bytes, size_t min_chars = 8);

}  // namespace dhr::scan
