// dhr_pack_templates, the build step that packs templates/NAME/ into the .docx compiled into dhr:
// the same folders give the same bytes, entries in the order readers expect, indentation removed
// and text kept; a broken folder stops the build with the file and line, writing nothing. It also
// compiles rules/*.yaml into dhr unchanged.
#include <doctest/doctest.h>

#include <filesystem>

#include "anonymiser/embedded_rules.h"
#include "docx/archive.h"
#include "pipeline/templates/templates.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using testing::ShellQuote;

std::string TemplatesDir() { return testing::SourceDir() + "/templates"; }

testing::CommandResult Pack(const std::string& out, const std::vector<std::pair<std::string, std::string>>& folders) {
  std::string command = ShellQuote(DHR_PACK_TEMPLATES) + " --source " + ShellQuote(out + "/embedded.cpp") +
                        " --docx-dir " + ShellQuote(out);
  for (const auto& [name, dir] : folders) {
    command += ' ';
    command += ShellQuote(name + "=" + dir);
  }
  return testing::RunCommand(command);
}

std::vector<std::pair<std::string, std::string>> BuiltinFolders() {
  std::vector<std::pair<std::string, std::string>> folders;
  for (const std::string& name : BuiltinTemplateNames()) folders.emplace_back(name, TemplatesDir() + "/" + name);
  return folders;
}

TEST_CASE("pack templates: twice the same bytes, and the bytes dhr carries" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  const auto first = Pack(dir.File("one"), BuiltinFolders());
  REQUIRE_MESSAGE(first.exit_code == 0, first.output);
  const auto second = Pack(dir.File("two"), BuiltinFolders());
  REQUIRE_MESSAGE(second.exit_code == 0, second.output);
  CHECK(testing::ReadFile(dir.File("one/embedded.cpp")) == testing::ReadFile(dir.File("two/embedded.cpp")));
  for (const std::string& name : BuiltinTemplateNames()) {
    CAPTURE(name);
    const std::string bytes = testing::ReadFile(dir.File("one/" + name + ".docx"));
    CHECK(bytes == testing::ReadFile(dir.File("two/" + name + ".docx")));
    CHECK(bytes == BuiltinTemplateBytes(name));
  }
}

TEST_CASE("pack templates: [Content_Types].xml first, then _rels/.rels, then the parts by name; text kept, indentation gone") {
  for (const std::string& name : BuiltinTemplateNames()) {
    CAPTURE(name);
    auto archive = ReadArchive(BuiltinTemplateBytes(name));
    REQUIRE(archive.ok());
    REQUIRE(archive->entries.size() > 2);
    CHECK(archive->entries[0].name == "[Content_Types].xml");
    CHECK(archive->entries[1].name == "_rels/.rels");
    for (size_t i = 3; i < archive->entries.size(); ++i) CHECK(archive->entries[i - 1].name < archive->entries[i].name);
    const std::string document = archive->Find("word/document.xml")->data;
    CHECK(document.find("\n  ") == std::string::npos);
    CHECK(document.find(">\n<", document.find("?>") + 3) == std::string::npos);  // but after the declaration
    const std::string footer = archive->Find("word/footer1.xml")->data;
    CHECK(footer.find("<w:t xml:space=\"preserve\">Page </w:t>") != std::string::npos);
    CHECK(footer.find("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") != std::string::npos);
  }
}

TEST_CASE("pack templates: malformed XML or a template mistake stops the build, naming the file, and writes nothing" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  const std::string broken = dir.File("broken");
  std::filesystem::copy(TemplatesDir() + "/data-form", broken, std::filesystem::copy_options::recursive);
  std::string xml = testing::ReadFile(broken + "/word/document.xml");
  xml.replace(xml.find("</w:body>"), 9, "</w:bod>");
  testing::WriteFile(broken + "/word/document.xml", xml);
  const auto malformed = Pack(dir.File("out1"), {{"data-form", broken}});
  CHECK(malformed.exit_code == 2);
  CHECK_MESSAGE(malformed.output.find(broken + "/word/document.xml:") != std::string::npos, malformed.output);
  CHECK(malformed.output.find("malformed XML") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.File("out1/embedded.cpp")));

  xml.replace(xml.find("</w:bod>"), 8, "</w:body>");
  xml.replace(xml.find("{{partnership}}"), 15, "{{#each partnership}}");
  testing::WriteFile(broken + "/word/document.xml", xml);
  const auto mistaken = Pack(dir.File("out2"), {{"data-form", broken}});
  CHECK(mistaken.exit_code == 2);
  CHECK_MESSAGE(mistaken.output.find("[template.unclosed_block]") != std::string::npos, mistaken.output);
  CHECK_FALSE(std::filesystem::exists(dir.File("out2/data-form.docx")));
}

TEST_CASE("pack rules: every rules/*.yaml is compiled into dhr byte for byte, and nothing else") {
  std::vector<std::string> shipped;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourceDir() + "/rules")) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string name = entry.path().filename().string();
    shipped.push_back(name);
    CHECK_MESSAGE(EmbeddedRulesFile(name) == testing::ReadFile(entry.path().string()), name);
  }
  REQUIRE(shipped.size() >= 2);
  CHECK(kEmbeddedRuleCount == shipped.size());
  CHECK(EmbeddedRulesFile("scheme-sheffield.yaml").starts_with("# The anonymisation code scheme"));
  CHECK(EmbeddedRulesFile("missing.yaml").empty());
}

}  // namespace
}  // namespace dhr
