#include "pipeline/publish/printer_settings.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

TEST_CASE("publish: printer settings go with their relationship and override") {
  Package package = Open(DocxFixture()
                             .Body("<w:p><w:r><w:t>Text</w:t></w:r></w:p>")
                             .Part("word/printerSettings/printerSettings1.bin",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings",
                                   std::string("\\\\PRINTSRV01\\CSP-Floor2\0\0", 25), "printerSettings", "rId9"));
  REQUIRE(package.Find("word/printerSettings/printerSettings1.bin") != nullptr);
  const CleanReport report = Clean(package);
  CHECK(package.Find("word/printerSettings/printerSettings1.bin") == nullptr);
  CHECK(!Contains(PartXml(package, "word/_rels/document.xml.rels"), "printerSettings"));
  CHECK(!Contains(PartXml(package, "[Content_Types].xml"), "printerSettings"));
  CHECK(report.removed_parts() == std::vector<std::string>{"word/printerSettings/printerSettings1.bin"});
  CHECK(VisibleText(package) == "Text\n");
}

}  // namespace
}  // namespace dhr::publish
