// The four built-in templates filled with the bundled example case (examples/adult-x-review): no
// template error, every output opens in python-docx and LibreOffice, and the PDF LibreOffice makes
// of each shows every heading the seeds require (tests/data/required-headings/NAME.txt), in order,
// with no template syntax left; the action plan's status cells are shaded by their RAG status.
// Then the partnership's path: `dhr templates export`, a re-save by LibreOffice (which merges and
// splits runs, as restyling in an office suite does), and the re-saved templates fill as well; and
// `dhr templates check` reports every mistake of a broken template with its place (exit 2).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/prepare/prepared_case.h"
#include "docx/text.h"
#include "pipeline/stages/case_data.h"
#include "pipeline/fill/fill.h"
#include "pipeline/templates/templates.h"
#include "tests/real_readers.h"
#include "tests/required_headings.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using testing::ShellQuote;

const std::vector<std::string> kDocuments = {"overview-report", "executive-summary", "action-plan", "data-form"};

using testing::ExampleDir;

nlohmann::json ExampleData() {
  auto prepared = PrepareCase(Disk(), ExampleDir());
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  auto sections = ReadSections(Disk(), ExampleDir());
  REQUIRE_MESSAGE(sections.ok(), sections.status().Describe());
  return CaseData(prepared->the_case, prepared->identities, *sections);
}

// Fills each template (as a package) with `data`; fails on any error or warning of the fill.
std::vector<std::string> FillAll(std::map<std::string, Package> templates, const nlohmann::json& data,
                                 const std::string& dir) {
  std::vector<std::string> files;
  for (auto& [name, package] : templates) {
    CAPTURE(name);
    std::vector<std::string> problems;
    for (const TemplateError& e : CheckTemplate(package)) problems.push_back(e.Describe());
    CHECK_MESSAGE(problems.empty(), problems.front());
    FillReport report;
    auto bytes = FillToDocx(std::move(package), data, {}, &report);
    REQUIRE_MESSAGE(bytes.ok(), bytes.status().Describe());
    for (const TemplateError& w : report.warnings) FAIL_CHECK("fill warning: " << w.Describe());
    files.push_back(dir + "/" + name + ".docx");
    testing::WriteFile(files.back(), *bytes);
  }
  return files;
}

// Converts to PDF and checks the headings and that no tag is left.
void CheckPdfs(const std::vector<std::string>& files, const std::string& out_dir) {
  const auto pdfs = testing::ConvertWithLibreOffice(files, "pdf", out_dir);
  REQUIRE(pdfs.size() == files.size());
  for (const auto& [docx, pdf] : pdfs) {
    const std::string name = std::filesystem::path(docx).stem().string();
    CAPTURE(name);
    std::string all;
    for (const std::string& page : testing::PdfPages(pdf)) all += page;
    CHECK(all.find("{{") == std::string::npos);
    CHECK(all.find("}}") == std::string::npos);
    const std::vector<std::string> missing =
        testing::MissingHeadings(testing::PdfSegments(pdf), testing::RequiredHeadings(name));
    std::string list;
    for (const std::string& m : missing) list += "\n  " + m;
    CHECK_MESSAGE(missing.empty(), "headings not found in order:" << list);
  }
}

std::map<std::string, Package> BuiltinTemplates() {
  std::map<std::string, Package> templates;
  for (const std::string& name : kDocuments) {
    auto package = OpenBuiltinTemplate(name);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    templates.emplace(name, std::move(*package));
  }
  return templates;
}

TEST_CASE("built-in templates: filled with the example case, every required heading is in each PDF, in order" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  const std::vector<std::string> files = FillAll(BuiltinTemplates(), ExampleData(), dir.path());
  CHECK(testing::PythonDocxOpens(files) == "");
  CheckPdfs(files, dir.path());
}

TEST_CASE("built-in templates: the action plan shades each status cell with its RAG colour") {
  const nlohmann::json data = ExampleData();
  auto action_plan = OpenBuiltinTemplate("action-plan");
  REQUIRE(action_plan.ok());
  auto bytes = FillToDocx(std::move(action_plan).value(), data, {}, nullptr);
  REQUIRE(bytes.ok());
  auto filled = Package::Open(*bytes);
  REQUIRE(filled.ok());
  const std::map<std::string, std::string> colours = {
      {"RED", "FF0000"}, {"AMBER", "FFC000"}, {"GREEN", "00B050"}, {"COMPLETE", "5B9BD5"}};
  std::map<std::string, int> seen;
  int rows = 0;
  for (xmlNode* table = Child(Child(filled->Xml("word/document.xml")->root(), ns::kW, "body"), ns::kW, "tbl"); table;
       table = table->next) {
    if (!IsElement(table, ns::kW, "tbl")) continue;
    for (xmlNode* row = table->children; row; row = row->next) {
      if (!IsElement(row, ns::kW, "tr")) continue;
      std::vector<xmlNode*> cells;
      for (xmlNode* c = row->children; c; c = c->next)
        if (IsElement(c, ns::kW, "tc")) cells.push_back(c);
      if (cells.size() != 9) continue;  // the action plan's own table
      const std::string status = ReadParagraph(Child(cells[7], ns::kW, "p")).text;
      if (status == "Status") continue;  // the header row
      ++rows;
      const std::string fill = Attr(Child(Child(cells[7], ns::kW, "tcPr"), ns::kW, "shd"), ns::kW, "fill");
      CAPTURE(status);
      if (colours.count(status)) {
        CHECK(fill == colours.at(status));
        ++seen[status];
      } else {
        CHECK(status.empty());
        CHECK(fill.empty());
      }
    }
  }
  CHECK(rows == static_cast<int>(data["action_plan"].size()));
  CHECK(seen.size() == 4);  // the example rates its actions with every status
}

TEST_CASE("built-in templates: exported, re-saved by LibreOffice and filled again" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  const std::string exported = dir.File("exported");
  const auto run = testing::RunCommand(ShellQuote(testing::DhrBinary()) + " templates export " + ShellQuote(exported));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  std::vector<std::string> files;
  for (const std::string& name : kDocuments) files.push_back(exported + "/" + name + ".docx");
  CHECK(testing::PythonDocxOpens(files) == "");
  const auto again = testing::RunCommand(ShellQuote(testing::DhrBinary()) + " templates export " + ShellQuote(exported));
  CHECK(again.exit_code == 2);
  CHECK(again.output.find("--force") != std::string::npos);

  // LibreOffice's own .docx, as a partnership restyling the templates in an office suite makes.
  const std::string restyled = dir.File("restyled");
  std::filesystem::create_directories(restyled);
  const auto saved = testing::ConvertWithLibreOffice(files, "docx:MS Word 2007 XML", restyled);
  REQUIRE(saved.size() == files.size());
  for (const auto& [from, to] : saved) CHECK(testing::ReadFile(from) != testing::ReadFile(to));
  const auto check = testing::RunCommand(ShellQuote(testing::DhrBinary()) + " templates check " + ShellQuote(restyled));
  CHECK_MESSAGE(check.exit_code == 0, check.output);

  auto loaded = LoadTemplates(Disk(), restyled, kDocuments);
  REQUIRE_MESSAGE(loaded.ok(), loaded.status().Describe());
  std::map<std::string, Package> templates;
  for (LoadedTemplate& t : *loaded) {
    CHECK(t.origin == TemplateOrigin::kPartnership);
    templates.emplace(t.name, std::move(t.package));
  }
  const std::string filled = dir.File("filled");
  std::filesystem::create_directories(filled);
  const std::vector<std::string> outputs = FillAll(std::move(templates), ExampleData(), filled);
  CHECK(testing::PythonDocxOpens(outputs) == "");
  CheckPdfs(outputs, filled);
}

TEST_CASE("dhr templates check: every mistake of a broken template, each with file, part and paragraph (exit 2)" * doctest::test_suite("readers")) {
  testing::TempDir dir;
  auto package = OpenBuiltinTemplate("executive-summary");
  REQUIRE(package.ok());
  std::string xml = package->Bytes("word/document.xml");
  auto replace = [&](const std::string& from, const std::string& to) {
    const size_t at = xml.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    xml.replace(at, from.size(), to);
  };
  replace("{{/each}}", "{{/if}}");                                      // the panel loop closed by /if
  replace("{{partnership}}", "{{ partnership | twice }}");  // an unknown filter
  replace("{{markdown sections.executive_summary.key_issues}}", "See {{markdown sections.executive_summary.key_issues}}");
  replace("{{title}}", "{{title");                                       // never closed
  REQUIRE(package->PutPart("word/document.xml", xml).ok());
  auto bytes = package->Save();
  REQUIRE(bytes.ok());
  std::filesystem::create_directories(dir.File("mine"));
  testing::WriteFile(dir.File("mine/executive-summary.docx"), *bytes);
  testing::WriteFile(dir.File("mine/action plan.docx"), *bytes);

  const auto run = testing::RunCommand(ShellQuote(testing::DhrBinary()) + " templates check " + ShellQuote(dir.File("mine")));
  CHECK(run.exit_code == 2);
  const std::string summary = dir.File("mine/executive-summary.docx") + ": word/document.xml, paragraph ";
  for (const char* id : {"[template.unknown_filter]", "[template.markdown_not_alone]", "[template.unclosed_tag]",
                         "[template.unopened_block]", "[template.unclosed_block]"}) {
    CAPTURE(id);
    bool found = false;
    std::istringstream lines(run.output);
    for (std::string line; std::getline(lines, line);)
      found |= line.rfind("dhr: error: " + summary, 0) == 0 && line.find(id) != std::string::npos;
    CHECK_MESSAGE(found, run.output);
  }
  CHECK(run.output.find("action plan.docx: this file is named after no template") != std::string::npos);
}

}  // namespace
}  // namespace dhr
