// Pictures carrying identifying metadata, for tests: a real JPEG or PNG with metadata naming people
// of the test case (tests/data/case) inserted where cameras and editors put it.
#pragma once

#include <doctest/doctest.h>
#include <zlib.h>

#include <cstdint>
#include <string>

namespace dhr::testing {

// A JPEG with a comment segment and an XMP packet naming the victim and her address, inserted after
// the start-of-image marker (where cameras and editors put them).
inline std::string JpegWithMetadata(std::string jpeg) {
  REQUIRE(jpeg.size() > 4);
  REQUIRE(static_cast<unsigned char>(jpeg[0]) == 0xFF);
  REQUIRE(static_cast<unsigned char>(jpeg[1]) == 0xD8);
  auto segment = [](unsigned char marker, const std::string& payload) {
    const size_t length = payload.size() + 2;
    std::string s = {static_cast<char>(0xFF), static_cast<char>(marker), static_cast<char>(length >> 8),
                     static_cast<char>(length & 0xFF)};
    return s + payload;
  };
  const std::string xmp = std::string("http://ns.adobe.com/xap/1.0/") + '\0' +
                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                          "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Eileen Webb</dc:creator>"
                          "<dc:description>Si\u00e2n Delacroix-Webb at 4 Quarry Bank Road</dc:description>"
                          "</rdf:Description></rdf:RDF></x:xmpmeta>";
  return jpeg.substr(0, 2) + segment(0xE1, xmp) + segment(0xFE, "Photo of Sian Delacroix-Webb by Kieran D'Arcy") +
         jpeg.substr(2);
}

inline std::string PngChunk(const std::string& type, const std::string& data) {
  std::string out;
  const uint32_t n = static_cast<uint32_t>(data.size());
  out += {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8), static_cast<char>(n)};
  out += type + data;
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(out.data() + 4), static_cast<uInt>(type.size() + data.size()));
  out += {static_cast<char>(crc >> 24), static_cast<char>(crc >> 16), static_cast<char>(crc >> 8),
          static_cast<char>(crc)};
  return out;
}

// A PNG with text chunks (tEXt, iTXt) naming the victim, inserted before IEND.
inline std::string PngWithMetadata(const std::string& png) {
  const size_t iend = png.rfind("IEND");
  REQUIRE(iend != std::string::npos);
  const size_t at = iend - 4;  // the chunk's length field
  return png.substr(0, at) + PngChunk("tEXt", std::string("Author") + '\0' + "Eileen Webb") +
         PngChunk("iTXt", std::string("Description") + '\0' + '\0' + '\0' + "en" + '\0' + '\0' +
                              "Si\u00e2n Delacroix-Webb outside Quarry Bank Road") +
         png.substr(at);
}

}  // namespace dhr::testing
