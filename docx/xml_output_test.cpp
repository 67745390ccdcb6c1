#include "docx/xml_output.h"

#include <doctest/doctest.h>

namespace dhr {
namespace {

std::string Text(std::string_view s) {
  std::string out;
  AppendEscapedText(out, s);
  return out;
}

std::string Attribute(std::string_view s) {
  std::string out;
  AppendEscapedAttribute(out, s);
  return out;
}

TEST_CASE("fill XML output: text and attribute values are escaped as libxml2 escapes them") {
  CHECK(Text("Tom & Siân <3 > \"q\" 'a'\r\n\t") == "Tom &amp; Siân &lt;3 &gt; \"q\" 'a'&#13;\n\t");
  CHECK(Attribute("a&b<c>\"d\"\n\t\r") == "a&amp;b&lt;c&gt;&quot;d&quot;&#10;&#9;&#13;");
}

TEST_CASE("fill XML output: what XML cannot hold never reaches the output") {
  CHECK(Text(std::string("a\x01" "b\x1F" "c", 5)) == "abc");
  CHECK(Text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
  CHECK(Text("cut \xC3") == "cut \xEF\xBF\xBD");
  CHECK(Text("overlong \xC0\xAF") == "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(Text("surrogate \xED\xA0\x80") == "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(Text("emoji \xF0\x9F\x98\x80") == "emoji \xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace dhr
