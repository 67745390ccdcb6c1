// The templates stage in memory: built-in names and bytes, a partnership's folder with fallback,
// unknown and broken files, every mistake reported at once, export refusing to overwrite.
#include <doctest/doctest.h>

#include <algorithm>

#include "docx/archive.h"
#include "pipeline/templates/templates.h"
#include "tests/docx_fixture.h"

namespace dhr {
namespace {

const std::vector<std::string> kFour = {"action-plan", "data-form", "executive-summary", "overview-report"};

std::string TemplateWithBody(const std::string& body) { return testing::DocxFixture().Body(body).Bytes(); }

TEST_CASE("templates: the four documents are built in, and each opens as a package with a main document") {
  const std::vector<std::string> names = BuiltinTemplateNames();
  for (const std::string& name : kFour) {
    CAPTURE(name);
    CHECK(IsBuiltinTemplateName(name));
    CHECK(BuiltinTemplateBytes(name).substr(0, 2) == "PK");
    auto package = OpenBuiltinTemplate(name);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    CHECK(package->main_document() == "word/document.xml");
  }
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK_FALSE(IsBuiltinTemplateName("overview"));
  auto unknown = OpenBuiltinTemplate("overview");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().id() == "templates.unknown");
  CHECK(unknown.status().message().find("overview-report.docx") != std::string::npos);
}

TEST_CASE("templates: [Content_Types].xml is the first entry of every packed template") {
  for (const std::string& name : BuiltinTemplateNames()) {
    CAPTURE(name);
    auto archive = ReadArchive(BuiltinTemplateBytes(name));
    REQUIRE(archive.ok());
    REQUIRE_FALSE(archive->entries.empty());
    CHECK(archive->entries.front().name == "[Content_Types].xml");
  }
}

TEST_CASE("templates: a partnership's folder gives its own templates and the built-in ones for the rest") {
  MemoryFileSystem fs;
  fs.files["own/overview-report.docx"] = TemplateWithBody("<w:p><w:r><w:t>Ours: {{review.partnership}}</w:t></w:r></w:p>");
  fs.files["own/notes.txt"] = "not a template";
  fs.files["own/~$erview-report.docx"] = "Word's lock file";
  auto loaded = LoadTemplates(fs, "own", {"overview-report", "action-plan"});
  REQUIRE_MESSAGE(loaded.ok(), loaded.status().Describe());
  REQUIRE(loaded->size() == 2);
  CHECK((*loaded)[0].origin == TemplateOrigin::kPartnership);
  CHECK((*loaded)[0].path == "own/overview-report.docx");
  CHECK((*loaded)[0].package.Bytes("word/document.xml").find("Ours:") != std::string::npos);
  CHECK((*loaded)[1].origin == TemplateOrigin::kBuiltin);
  CHECK((*loaded)[1].path == "built-in action-plan.docx");
}

TEST_CASE("templates: no folder means the built-in templates") {
  MemoryFileSystem fs;
  auto loaded = LoadTemplates(fs, "", kFour);
  REQUIRE_MESSAGE(loaded.ok(), loaded.status().Describe());
  CHECK(loaded->size() == 4);
}

TEST_CASE("templates: a missing folder, an empty one, a misspelt name and a broken file are each named") {
  MemoryFileSystem fs;
  auto missing = LoadTemplates(fs, "nowhere", kFour);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().Describe().rfind("nowhere: cannot read the templates folder", 0) == 0);

  fs.files["empty/readme.txt"] = "";
  auto empty = LoadTemplates(fs, "empty", kFour);
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().Describe().find("holds none of the templates") != std::string::npos);

  fs.files["bad/Overview Report.docx"] = TemplateWithBody("<w:p/>");
  fs.files["bad/action-plan.docx"] = "this is not a zip";
  auto bad = LoadTemplates(fs, "bad", kFour);
  REQUIRE_FALSE(bad.ok());
  const std::string message = bad.status().Describe();
  CHECK(message.find("bad/Overview Report.docx: this file is named after no template") != std::string::npos);
  CHECK(message.find("bad/action-plan.docx") != std::string::npos);
  CHECK(message.find('\n') != std::string::npos);  // both, one line each
}

TEST_CASE("templates: every mistake of every template in a folder is listed with its file, part and paragraph") {
  MemoryFileSystem fs;
  fs.files["mine/overview-report.docx"] = TemplateWithBody(
      "<w:p><w:r><w:t>Intro</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>{{#each review.panel}}</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>{{ review.partnership | capitals }}</w:t></w:r></w:p>");
  fs.files["mine/action-plan.docx"] = TemplateWithBody("<w:p><w:r><w:t>{{/if}} and {{ name</w:t></w:r></w:p>");
  auto report = CheckTemplateFolder(fs, "mine");
  REQUIRE_MESSAGE(report.ok(), report.status().Describe());
  CHECK(report->files.size() == 2);
  REQUIRE(report->errors.size() == 4);
  std::string all;
  for (const Problem& error : report->errors) all += error.Describe() + "\n";
  CHECK(all.find("mine/overview-report.docx: word/document.xml, paragraph 2:") != std::string::npos);
  CHECK(all.find("[template.unclosed_block]") != std::string::npos);
  CHECK(all.find("mine/overview-report.docx: word/document.xml, paragraph 3:") != std::string::npos);
  CHECK(all.find("[template.unknown_filter]") != std::string::npos);
  CHECK(all.find("mine/action-plan.docx: word/document.xml, paragraph 1:") != std::string::npos);
  CHECK(all.find("[template.unopened_block]") != std::string::npos);
  CHECK(all.find("[template.unclosed_tag]") != std::string::npos);
}

TEST_CASE("templates: export writes every built-in template and refuses to overwrite without force") {
  MemoryFileSystem fs;
  auto written = ExportBuiltinTemplates(fs, "out", false);
  REQUIRE_MESSAGE(written.ok(), written.status().Describe());
  CHECK(written->size() == BuiltinTemplateNames().size());
  for (const std::string& name : kFour) CHECK(fs.files.at("out/" + name + ".docx") == BuiltinTemplateBytes(name));

  fs.files["out/action-plan.docx"] = "restyled";
  auto again = ExportBuiltinTemplates(fs, "out", false);
  REQUIRE_FALSE(again.ok());
  CHECK(again.status().id() == "templates.exists");
  CHECK(fs.files.at("out/action-plan.docx") == "restyled");
  auto forced = ExportBuiltinTemplates(fs, "out", true);
  REQUIRE(forced.ok());
  CHECK(fs.files.at("out/action-plan.docx") == BuiltinTemplateBytes("action-plan"));
}

}  // namespace
}  // namespace dhr
