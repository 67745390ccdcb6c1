#include "docx/png_chunks.h"

#include <doctest/doctest.h>

#include <string>

namespace dhr {
namespace {

std::string Chunk(const std::string& type, const std::string& data) {
  std::string out;
  for (int shift : {24, 16, 8, 0}) out += static_cast<char>((data.size() >> shift) & 0xff);
  return out + type + data + std::string(4, '\0');  // CRCs are not checked
}

TEST_CASE("png chunks: types and spans in order, stopping after IEND or at a chunk that does not fit") {
  const std::string head(kPngSignature);
  const std::string png = head + Chunk("IHDR", "abcd") + Chunk("IDAT", "pixels") + Chunk("IEND", "") + "trailing";
  auto read = ReadPngChunks(png);
  REQUIRE(read);
  REQUIRE(read->chunks.size() == 3);
  CHECK(read->complete);
  CHECK(read->chunks[1].type == "IDAT");
  CHECK(png.substr(read->chunks[1].data_begin, read->chunks[1].data_end - read->chunks[1].data_begin) == "pixels");
  CHECK(read->chunks[1].begin == read->chunks[0].end);
  CHECK(png.substr(read->end) == "trailing");

  std::string cut = head + Chunk("IHDR", "abcd") + Chunk("tEXt", "a long comment");
  cut.resize(cut.size() - 6);
  auto partial = ReadPngChunks(cut);
  REQUIRE(partial);
  CHECK_FALSE(partial->complete);
  CHECK(partial->chunks.size() == 1);
  CHECK(partial->end == partial->chunks[0].end);

  CHECK_FALSE(ReadPngChunks("GIF89a"));
  auto empty = ReadPngChunks(head);
  REQUIRE(empty);
  CHECK(empty->chunks.empty());
  CHECK(empty->complete);
}

}  // namespace
}  // namespace dhr
