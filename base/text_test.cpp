#include "base/text.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dhr {
namespace {

TEST_CASE("base text: UTF-8 validity, byte sequences Word, editors and hostile files write") {
  struct Case {
    std::string_view bytes;
    bool valid;
    const char* what;
  };
  const Case cases[] = {
      {"plain ASCII", true, "ASCII"},
      {"Siân Zoë Łukasz 李 😀", true, "two, three and four byte sequences"},
      {"\xff", false, "a byte UTF-8 never uses"},
      {"\xc3", false, "a sequence cut short"},
      {"\xc0\xaf", false, "an overlong '/'"},
      {"\xed\xa0\x80", false, "a surrogate"},
      {"\xf4\x90\x80\x80", false, "past U+10FFFF"},
      {"a\x80z", false, "a stray continuation byte"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(IsValidUtf8(c.bytes) == c.valid);
  }
}

TEST_CASE("base text: ASCII case folding leaves other letters alone") {
  CHECK(EqualsIgnoringAsciiCase("OFFICIAL-Sensitive", "official-SENSITIVE"));
  CHECK_FALSE(EqualsIgnoringAsciiCase("Siân", "SIÂN"));
  CHECK_FALSE(EqualsIgnoringAsciiCase("GP1", "GP12"));
}

}  // namespace
}  // namespace dhr
