#include "pipeline/publish/image_metadata.h"

#include <doctest/doctest.h>

#include "tests/media_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr::publish {
namespace {

std::string CorpusPart(const std::string& file, const std::string& part) {
  auto package = Package::Open(testing::ReadFile(testing::CorpusDir() + "/" + file));
  REQUIRE(package.ok());
  return package->Bytes(part);
}

TEST_CASE("image metadata: a JPEG loses its XMP and comment, keeps its picture") {
  const std::string original = CorpusPart("inline_images.docx", "word/media/image1.jpg");
  const std::string tagged = testing::JpegWithMetadata(original);
  auto clean = WithoutImageMetadata(tagged);
  REQUIRE(clean.has_value());
  CHECK(clean->find("Eileen") == std::string::npos);
  CHECK(clean->find("Delacroix") == std::string::npos);
  CHECK(clean->substr(0, 2) == "\xFF\xD8");
  // The compressed picture itself is carried over unchanged: its end (scan data and EOI) is the same.
  CHECK(clean->substr(clean->size() - 200) == original.substr(original.size() - 200));
  CHECK_FALSE(WithoutImageMetadata(*clean).has_value());  // nothing left to remove
}

TEST_CASE("image metadata: a PNG loses every text chunk whatever its keyword, and only those") {
  const std::string original = CorpusPart("german_styled_lists.docx", "word/media/image1.png");
  auto baseline = WithoutImageMetadata(original);
  const std::string reference = baseline ? *baseline : original;
  auto clean = WithoutImageMetadata(testing::PngWithMetadata(original));
  REQUIRE(clean.has_value());
  CHECK(clean->find("Eileen") == std::string::npos);
  CHECK(clean->find("tEXt") == std::string::npos);
  CHECK(clean->find("iTXt") == std::string::npos);
  CHECK(*clean == reference);
}

TEST_CASE("image metadata: what is not a picture exiv2 can write is left alone") {
  CHECK_FALSE(WithoutImageMetadata("not a picture at all, Eileen Webb").has_value());
  CHECK_FALSE(WithoutImageMetadata("").has_value());
  const std::string truncated = testing::JpegWithMetadata(CorpusPart("inline_images.docx", "word/media/image1.jpg"));
  // A hostile or damaged file must not crash the cleaning step.
  (void)WithoutImageMetadata(truncated.substr(0, 40));
  (void)WithoutImageMetadata(std::string("\x89PNG\r\n\x1a\n\0\0\xFF\xFFtEXt", 16));
}

}  // namespace
}  // namespace dhr::publish
