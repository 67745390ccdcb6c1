// The seeds' guidance for each section (templates/section-guidance.yaml): it covers every section
// the built-in templates ask for, a draft's placeholder carries it, and the sections a submission
// cannot do without are each named when missing.
#include "pipeline/stages/section_guidance.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/stages/case_data.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("section guidance: the built-in copy is the file in templates/, and covers the example's every section") {
  const std::string path = testing::SourceDir() + "/templates/section-guidance.yaml";
  auto parsed = ParseSectionGuidance(ReadText(path), path);
  REQUIRE_MESSAGE(parsed.ok(), parsed.status().Describe());
  CHECK(parsed->size() == BuiltInSectionGuidance().size());
  std::set<std::string> files;
  for (const SectionGuidance& s : BuiltInSectionGuidance()) files.insert("sections/" + s.folder + "/" + s.file);
  std::set<std::string> example;
  for (const char* folder : {"overview", "executive-summary"})
    for (const auto& entry :
         std::filesystem::directory_iterator(testing::SourceDir() + "/examples/adult-x-review/sections/" + folder))
      example.insert(std::string("sections/") + folder + "/" + entry.path().filename().string());
  CHECK(files == example);
  // Each template heading a section goes under is quoted from the seeds.
  const SectionGuidance& family = BuiltInSectionGuidance()[4];
  CHECK(family.key == "involvement_of_family");
  CHECK(family.heading == "Involvement of family, friends, work colleagues, neighbours and wider community");
  CHECK(family.guidance.find("specialist and expert advocate") != std::string::npos);
}

TEST_CASE("section guidance: a draft's placeholder names the file to write and keeps every guidance item as a paragraph") {
  SectionGuidance section{"overview-report", "overview", "background_information", "12-background-information.md",
                          "Background information (the facts)", true,
                          "Summarise the facts:\n\n- where the victim lived;\n- the children's ages,\n  not their genders.\n"};
  const std::string md = PlaceholderMarkdown(section);
  CHECK(md.starts_with("**To be written** in sections/overview/12-background-information.md."));
  CHECK(md.find("Summarise the facts:\n\n\u2022 where the victim lived;\n\n\u2022 the children's ages, not their genders.\n\n") !=
        std::string::npos);
  CHECK(md.find("\n- ") == std::string::npos);  // no Markdown list: the placeholder style covers all of it
}

TEST_CASE("section guidance: every unwritten required section is named, with its file, and optional ones are not") {
  CaseSections sections;
  for (const SectionGuidance& s : BuiltInSectionGuidance()) {
    SectionTexts& texts = s.folder == "overview" ? sections.overview : sections.executive_summary;
    texts[s.key] = "Written.";
  }
  CHECK(UnwrittenSections(sections, "case").empty());
  sections.overview.erase("timescales");
  sections.overview["analysis"] = "  \n";  // an empty file is not a written section
  sections.overview.erase("author");        // optional: the case file gives the Chair's statement
  sections.executive_summary.erase("key_issues");
  const std::vector<Problem> unwritten = UnwrittenSections(sections, "case");
  REQUIRE(unwritten.size() == 3);
  CHECK(unwritten[0].Describe() == "case/sections/overview/02-timescales.md: not written yet: the overview report's "
                                   "section \"Timescales\"");
  CHECK(unwritten[0].id == "build.section_unwritten");
  CHECK(unwritten[1].Describe().find("case/sections/overview/15-analysis.md") == 0);
  CHECK(unwritten[2].Describe().find("case/sections/executive-summary/07-key-issues.md: not written yet: the "
                                     "executive summary's section \"Key issues arising from the review\"") == 0);
}

TEST_CASE("section guidance: a mistake in a guidance file is located") {
  auto parsed = ParseSectionGuidance("overview-report:\n  folder: overview\n  sections:\n    - key: x\n", "g.yaml");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().Describe().find("g.yaml:4:") == 0);
}

}  // namespace
}  // namespace dhr
