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

}  // namespace
}  // namespace dhr::scan
