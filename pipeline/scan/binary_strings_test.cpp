#include "pipeline/scan/binary_strings.h"

#include <doctest/doctest.h>

namespace dhr::scan {
namespace {

TEST_CASE("scan binary strings: UTF-8 and UTF-16LE runs, short runs left out") {
  std::string bytes = std::string("\x01\x02", 2) + "short" + std::string(1, '\0') + "Artist Connor D'Arcy" +
                      std::string("\xFF", 1);
  const std::string wide = "Siân Webb";
  for (unsigned char c : std::string("Sian Webb")) {
    bytes += static_cast<char>(c);
    bytes += '\0';
  }
  const auto strings = EmbeddedStrings(bytes);
  REQUIRE(strings.size() == 2);
  CHECK(strings[0].offset == 8);
  CHECK(strings[0].text == "Artist Connor D'Arcy");
  CHECK(strings[1].text == "Sian Webb");
}

// A PNG chunk: length, type, data and a CRC (not checked by the scan).
std::string Chunk(const std::string& type, const std::string& data) {
  const size_t n = data.size();
  std::string out{static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                  static_cast<char>(n)};
  return out + type + data + std::string(4, '\0');
}

TEST_CASE("scan binary strings: a PNG's compressed pixels are not read; its text chunks and what does not parse are") {
  const std::string signature("\x89PNG\r\n\x1a\n", 8);
  const std::string ihdr = Chunk("IHDR", std::string(13, '\x01'));
  const std::string text = Chunk("tEXt", std::string("Author\0Joanne Hartley", 21));
  const std::string png = signature + ihdr + text + Chunk("IDAT", "+++joVVVpp noise that reads as text") +
                          Chunk("IDAT", "Ξ=Y3 more noise in pixels") + Chunk("IEND", "");
  bool name = false;
  for (const EmbeddedString& s : EmbeddedStrings(png)) {
    CAPTURE(s.text);
    CHECK(s.text.find("noise") == std::string::npos);
    if (s.text == "Joanne Hartley") name = s.offset == signature.size() + ihdr.size() + 8 + 7;
  }
  CHECK(name);
  // A chunk longer than the file: the walk stops, and the rest is read as any binary part is.
  const std::string cut = signature + ihdr + std::string("\x7F\xFF\xFF\xFFIDAT", 8) + "Joanne Hartley in a cut file";
  const auto found = EmbeddedStrings(cut);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text.find("Joanne Hartley in a cut file") != std::string::npos);
}

}  // namespace
}  // namespace dhr::scan
