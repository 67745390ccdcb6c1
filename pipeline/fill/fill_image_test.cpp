// {{image path}}: a paragraph replaced by a picture part, its relationship and an inline drawing.
#include <cairo.h>
#include <yaml-cpp/binary.h>

#include <filesystem>

#include "pipeline/fill/fill_test_support.h"
#include "tests/real_readers.h"

namespace dhr {
namespace {

using namespace fill_testing;

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A 200 x 100 PNG, half red.
std::string SmallPng() {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 100);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0.8, 0, 0);
  cairo_rectangle(cr, 0, 0, 100, 100);
  cairo_fill(cr);
  std::string png;
  cairo_surface_write_to_png_stream(s, AppendBytes, &png);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  return png;
}

nlohmann::json ImageData(const std::string& png, double width_mm = 100) {
  return {{"png_base64", YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(png.data()), png.size())},
          {"width_mm", width_mm},
          {"description", "A test picture & its <alt> text"}};
}

DocxFixture ImageTemplate() {
  return DocxFixture().Body(Paragraph("Before") + "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>"
                            "{{image pictures.first}}</w:t></w:r></w:p>" +
                            Paragraph("{{#each more}}") + "<w:p><w:r><w:t>{{image this}}</w:t></w:r></w:p>" +
                            Paragraph("{{/each}}") + Paragraph("After"));
}

TEST_CASE("fill image: each {{image}} becomes a PNG part, an image relationship and an inline drawing") {
  const std::string png = SmallPng();
  nlohmann::json data = {{"pictures", {{"first", ImageData(png)}}}, {"more", {ImageData(png, 50), ImageData(png, 60)}}};
  Filled filled = FilledFixture(ImageTemplate(), data);
  CHECK(filled.report.warnings.empty());
  Package& p = filled.package;
  const auto images = p.Relationships("word/document.xml");
  std::vector<std::string> media;
  for (const Relationship& r : images)
    if (r.type.find("/image") != std::string::npos) media.push_back(r.resolved);
  REQUIRE(media.size() == 3);
  for (const std::string& part : media) {
    CHECK(p.Bytes(part) == png);
    REQUIRE(p.Find(part));
    CHECK(p.Find(part)->content_type == "image/png");
  }
  const std::string body = Body(p);
  CHECK(Count(body, "<w:drawing>") == 3);
  CHECK(Count(body, "<wp:docPr id=") == 3);
  CHECK(body.find("<w:pStyle w:val=\"Caption\"/>") != std::string::npos);  // the tag paragraph's style is kept
  CHECK(body.find("cx=\"3600000\" cy=\"1800000\"") != std::string::npos);   // 100 mm wide, aspect 2:1
  CHECK(body.find("cx=\"1800000\" cy=\"900000\"") != std::string::npos);    // 50 mm
  CHECK(body.find("descr=\"A test picture &amp; its &lt;alt&gt; text\"") != std::string::npos);
  CHECK(Text(p).find("{{") == std::string::npos);
  CHECK(Text(p).find("Before") != std::string::npos);
}

TEST_CASE("fill image: drawing ids do not collide with the template's own pictures") {
  DocxFixture fixture = DocxFixture().Body(
      "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"41\" name=\"Logo\"/></wp:inline>"
      "</w:drawing></w:r></w:p>" + Paragraph("{{image picture}}"));
  Filled filled = FillFixture(fixture, {{"picture", ImageData(SmallPng())}});
  REQUIRE(filled.status.ok());
  CHECK(Body(filled.package).find("<wp:docPr id=\"42\"") != std::string::npos);
}

TEST_CASE("fill image: a tag not alone, something not a picture and a bad PNG are reported") {
  Filled not_alone = FillFixture(DocxFixture().Body(Paragraph("See {{image picture}}")), {});
  REQUIRE_FALSE(not_alone.status.ok());
  REQUIRE(not_alone.report.errors.size() == 1);
  CHECK(not_alone.report.errors[0].id == "template.image_not_alone");

  DocxFixture alone = DocxFixture().Body(Paragraph("{{image picture}}"));
  Filled text = FillFixture(alone, {{"picture", "a text"}});
  REQUIRE_FALSE(text.status.ok());
  CHECK(text.report.errors[0].id == "fill.not_an_image");

  Filled bad = FillFixture(alone, {{"picture", {{"png_base64", "aGVsbG8="}}}});
  REQUIRE_FALSE(bad.status.ok());
  CHECK(bad.report.errors[0].id == "fill.bad_image");
  CHECK(bad.report.errors[0].message == "the picture is not a PNG");

  Filled wide = FillFixture(alone, {{"picture", ImageData(SmallPng(), 9000)}});
  REQUIRE_FALSE(wide.status.ok());
  CHECK(wide.report.errors[0].id == "fill.bad_image");

  Filled missing = FillFixture(alone, nlohmann::json::object());
  CHECK(missing.status.ok());  // missing values are warnings unless strict
  CHECK(missing.report.warnings.size() == 1);
}

TEST_CASE("fill image: LibreOffice shows the pictures in its PDF and python-docx opens the file" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  const std::string png = SmallPng();
  nlohmann::json data = {{"pictures", {{"first", ImageData(png)}}}, {"more", {ImageData(png, 50)}}};
  auto bytes = FillToDocx(Open(ImageTemplate()), data, {}, nullptr);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
  const std::string path = dir.File("pictures.docx");
  testing::WriteFile(path, *bytes);
  CHECK(testing::PythonDocxOpens({path}) == "");
  const auto pdf = testing::ConvertWithLibreOffice({path}, "pdf", dir.path());
  REQUIRE(pdf.count(path));
  const auto list = testing::RunCommand("pdfimages -list " + testing::ShellQuote(pdf.at(path)));
  REQUIRE(list.exit_code == 0);
  // One line per picture drawn, after two heading lines.
  CHECK_MESSAGE(Count(list.output, "\n") == 2 + 2, list.output);
  CHECK_MESSAGE(Count(list.output, " 200   100 ") == 2, list.output);
}

}  // namespace
}  // namespace dhr
