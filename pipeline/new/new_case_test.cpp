// A new case folder: its case.yaml loads and carries every key docs/data.md documents, its
// sections are all "to be written", a draft builds from it in memory with the built-in templates
// and shows each section's guidance, and its IMR template opens with the seeds' headings.
// tests/new_case_test.cpp runs the command itself and the real readers.
#include "pipeline/new/new_case.h"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>

#include "docx/package.h"
#include "pipeline/case/case_loader.h"
#include "pipeline/scan/package_text.h"
#include "pipeline/stages/build.h"
#include "pipeline/stages/case_data.h"
#include "pipeline/stages/section_guidance.h"
#include "pipeline/templates/templates.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

std::vector<NewCaseFile> Files() {
  auto files = NewCaseFiles();
  REQUIRE_MESSAGE(files.ok(), files.status().Describe());
  return std::move(*files);
}

MemoryFileSystem NewCaseIn(const std::string& dir) {
  MemoryFileSystem fs;
  auto written = WriteNewCase(fs, dir, Files());
  REQUIRE_MESSAGE(written.ok(), written.status().Describe());
  return fs;
}

std::string Text(const std::string& docx) {
  auto package = Package::Open(docx);
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  std::string text;
  (void)scan::ForEachTextItem(*package, [&](const scan::TextItem& item) { text += item.text + "\n"; });
  return text;
}

// Every key path of the YAML, a list's items under their list's path: "review.dates.referral",
// "people.name", "recommendations.actions.target_date".
void CollectPaths(const YAML::Node& node, const std::string& prefix, std::set<std::string>& paths) {
  if (node.IsMap()) {
    for (const auto& item : node) {
      const std::string path = prefix.empty() ? item.first.as<std::string>() : prefix + "." + item.first.as<std::string>();
      paths.insert(path);
      CollectPaths(item.second, path, paths);
    }
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) CollectPaths(item, prefix, paths);
  }
}

// The data tree's keys docs/data.md documents, as case.yaml paths. Each table's first column
// names keys (`review.chair.name`, `.independence`: the second under the first's parent); the
// heading or the "Each of `X`" line above a table says what its bare keys belong to. The sections
// and the chronology come from the folder's files, not case.yaml.
std::set<std::string> DocumentedCaseKeys(const std::string& data_md) {
  std::set<std::string> keys;
  std::string prefix;  // what a bare key of the current table is under
  bool skip = false;
  std::istringstream lines(data_md);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("## ")) {
      skip = line.find("`sections`") != std::string::npos || line.find("`chronology`") != std::string::npos;
      prefix = line.starts_with("## People") ? "people." : "";
      continue;
    }
    if (line.starts_with("Each of `")) {
      const std::string of = line.substr(9, line.find('`', 9) - 9);
      prefix = of == "action_plan" ? "recommendations.actions." : of + ".";
      continue;
    }
    if (skip || !line.starts_with("| `")) continue;
    const std::string cell = line.substr(2, line.find(" |", 2) - 2);
    std::string parent;
    for (size_t open = cell.find('`'); open != std::string::npos; open = cell.find('`', open)) {
      const size_t close = cell.find('`', open + 1);
      std::string key = cell.substr(open + 1, close - open - 1);
      open = close + 1;
      if (key.starts_with(".")) {
        key = parent + key;
      } else {
        parent = key.find('.') == std::string::npos ? std::string() : key.substr(0, key.rfind('.'));
      }
      std::string path = key.find('.') == std::string::npos || key.starts_with("victim.") ? prefix + key : key;
      for (size_t at = path.find("[]"); at != std::string::npos; at = path.find("[]")) path.erase(at, 2);
      keys.insert(path);
    }
  }
  return keys;
}

// Keys the data tree works out (docs/data.md says from what) rather than reads from case.yaml;
// and the three top-level keys that are review's.
const std::set<std::string> kWorkedOut = {
    "stage", "title_abbreviation", "victim", "perpetrator", "action_plan", "sections", "placeholder",
    "chronology", "review.abbreviation", "review.panel_meetings_text", "review.agencies_with_contact",
    "review.agencies_contacted", "review.agencies_with_contact_text", "review.agencies_contacted_text",
    "review.family.pseudonym_chosen", "review.family.pseudonym_declined", "review.family.did_not_see_report",
    "review.family.given", "review.author.is_chair", "review.author.background", "review.agencies.contributions",
    "review.agencies.imr", "review.agencies.chronology", "review.agencies.report", "review.agencies.information",
    "people.relationship_text", "people.victim.death_date", "people.victim.death_month_year", "homicide.month_year",
    "data_form.present", "recommendations.scope_text", "recommendations.actions.number",
    "recommendations.actions.recommendation", "recommendations.actions.recommendation_text",
    "recommendations.actions.scope", "recommendations.actions.scope_text", "recommendations.actions.first",
    "recommendations.actions.status_colour", "recommendations.actions.red", "recommendations.actions.amber",
    "recommendations.actions.green", "recommendations.actions.complete"};
const std::map<std::string, std::string> kTopLevelOfReview = {
    {"title", "review.title"}, {"partnership", "review.partnership"}, {"fictional", "review.fictional"}};

TEST_CASE("new case: case.yaml holds every key docs/data.md documents, each under a comment") {
  auto data_md = Disk().Read(testing::SourceDir() + "/docs/data.md");
  REQUIRE(data_md.ok());
  const std::set<std::string> documented = DocumentedCaseKeys(*data_md);
  REQUIRE(documented.size() > 80);  // the tables were found
  CHECK(documented.count("review.chair.background"));
  CHECK(documented.count("recommendations.actions.lead_person"));
  CHECK(documented.count("professionals.agency"));

  std::set<std::string> present;
  CollectPaths(YAML::Load(std::string(NewCaseYaml())), "", present);
  std::vector<std::string> missing;
  for (std::string key : documented) {
    if (kWorkedOut.count(key)) continue;
    if (kTopLevelOfReview.count(key)) key = kTopLevelOfReview.at(key);
    if (!present.count(key)) missing.push_back(key);
  }
  CHECK_MESSAGE(missing.empty(), "keys docs/data.md documents that templates/new-case/case.yaml lacks: "
                                     << [&] { std::string s; for (auto& k : missing) s += k + " "; return s; }());

  // Every key line is under a comment line saying what it is, or beside one, or inside a list item
  // whose first key is.
  std::istringstream lines{std::string(NewCaseYaml())};
  std::string previous;
  int uncommented = 0, keyed = 0;
  for (std::string line; std::getline(lines, line); previous = line) {
    const size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos || line[indent] == '#' || line.find(':') == std::string::npos) continue;
    ++keyed;
    const bool commented = previous.find_first_not_of(' ') != std::string::npos &&
                           previous[previous.find_first_not_of(' ')] == '#';
    if (!commented && line.find(" # ") == std::string::npos) ++uncommented;
  }
  CHECK(keyed > 100);
  CHECK(uncommented * 2 < keyed);  // most keys carry their own comment; list items repeat keys
}

TEST_CASE("new case: case.yaml loads without an error, the fictional-case guard off") {
  auto loaded = ParseCase(NewCaseYaml(), "case.yaml");
  REQUIRE_MESSAGE(loaded.ok(), loaded.status().Describe());
  CHECK_FALSE(loaded->review.fictional);
  CHECK(CaseErrors(NewCaseYaml(), "case.yaml").empty());
  for (const Problem& warning : loaded->warnings) CHECK_MESSAGE(false, warning.Describe());
}

TEST_CASE("new case: one file per section of the guidance, each holding its guidance and counted as not written") {
  const std::vector<NewCaseFile> files = Files();
  for (const SectionGuidance& section : BuiltInSectionGuidance()) {
    if (!section.required) continue;  // an optional section adds to what case.yaml gives: no placeholder
    CAPTURE(section.file);
    const std::string path = "sections/" + section.folder + "/" + section.file;
    auto file = std::find_if(files.begin(), files.end(), [&](const NewCaseFile& f) { return f.path == path; });
    REQUIRE(file != files.end());
    CHECK(IsUnwrittenSectionText(file->bytes));
    CHECK(file->bytes.find(section.heading) != std::string::npos);
    CHECK(file->bytes.find(section.guidance.substr(0, 40)) != std::string::npos);
  }
  MemoryFileSystem fs = NewCaseIn("case");
  auto sections = ReadSections(fs, "case");
  REQUIRE(sections.ok());
  size_t required = 0;
  for (const SectionGuidance& section : BuiltInSectionGuidance()) required += section.required;
  CHECK(UnwrittenSections(*sections, "case").size() == required);
  // Once written below the comment, a section counts as written.
  CHECK_FALSE(IsUnwrittenSectionText(UnwrittenSectionFile(BuiltInSectionGuidance().front()) + "\nThe review of…\n"));
  CHECK_FALSE(IsUnwrittenSectionText("<!-- an unclosed comment"));
  CHECK(IsUnwrittenSectionText(" \n<!-- a -->\n\n<!-- b -->\n"));
  CHECK(WithoutHtmlComments("<!-- guidance -->\nThe text.<!-- a note --> More.") == "\nThe text. More.");
  // A section written below its guidance shows the text alone.
  MemoryFileSystem written = NewCaseIn("case");
  const std::string introduction = "case/sections/overview/01-introduction.md";
  written.files[introduction] += "\nThis report examines the response of agencies.\n";
  auto read = ReadSections(written, "case");
  REQUIRE(read.ok());
  CHECK(read->overview.at("introduction") == "\n\nThis report examines the response of agencies.\n");
}

TEST_CASE("new case: a draft builds with the built-in templates and shows every required section's guidance to be written") {
  MemoryFileSystem fs = NewCaseIn("case");
  stages::BuildRequest request;
  request.case_path = "case";
  request.stage = stages::Stage::kDraft;
  for (const std::string& name : stages::DocumentNames()) {
    auto package = OpenBuiltinTemplate(name);
    REQUIRE(package.ok());
    request.templates.push_back({name, "built-in " + name + ".docx", std::move(*package)});
  }
  auto outcome = stages::BuildDocuments(fs, std::move(request));
  REQUIRE_MESSAGE(outcome.ok(), outcome.status().Describe());
  std::map<std::string, std::string> texts;
  for (const stages::BuiltDocument& document : outcome->documents) texts[document.name] = Text(document.bytes);
  REQUIRE(texts.count("overview-report"));
  REQUIRE(texts.count("executive-summary"));
  for (const SectionGuidance& section : BuiltInSectionGuidance()) {
    if (!section.required) continue;  // an optional section adds to what case.yaml gives: no placeholder
    CAPTURE(section.file);
    const std::string& text = texts[section.document];
    CHECK(text.find("sections/" + section.folder + "/" + section.file) != std::string::npos);
  }
  int unwritten = 0;
  for (const Problem& warning : outcome->warnings) unwritten += warning.id == "build.section_unwritten";
  CHECK(unwritten > 0);
}

TEST_CASE("new case: the IMR template opens and has the seeds' parts, with the checklist's anonymisation item") {
  const std::string text = Text(std::string(ImrTemplateBytes()));
  for (const char* part : {"Individual Management Review", "Subjects of this review", "Author and sign-off",
                           "Statement of independence", "Methodology", "Parallel reviews and processes",
                           "Chronology of agency involvement", "Analysis against the terms of reference",
                           "Effective practice and learning", "Recommendations", "Checklist",
                           "fully anonymised using the codes provided"}) {
    CAPTURE(part);
    CHECK(text.find(part) != std::string::npos);
  }
  const std::vector<NewCaseFile> files = Files();
  CHECK(std::any_of(files.begin(), files.end(), [](const NewCaseFile& f) { return f.path == "imr/imr-template.docx"; }));
  CHECK(std::any_of(files.begin(), files.end(),
                    [](const NewCaseFile& f) { return f.path == "chronology/chronology-return-form.xlsx"; }));
  CHECK(std::any_of(files.begin(), files.end(), [](const NewCaseFile& f) { return f.path == "case.yaml" && f.mode == 0600; }));
}

}  // namespace
}  // namespace dhr
