// Word's strictness: what dhr writes validates against the ECMA-376 Transitional schemas.
//
// Word refuses or "repairs" parts whose children are out of schema order, where LibreOffice and
// python-docx forgive them, so the real-reader tests cannot see these mistakes. Checked here with
// the schemas (wml.xsd and its imports) and their validator, ooxml_validate.py, found beside the
// repository as ../shared/ooxml-schemas and ../shared/tools (or the folder DHR_OOXML_SCHEMAS names,
// with the validator at ../tools/ooxml_validate.py from it); the errors are listed by
// tests/ooxml_schema_errors.py (python3-lxml), one process for all files:
//   - the example case built at every stage: no part has any error;
//   - every corpus document anonymised, marked, marked then stripped, and published (those
//     publish accepts): no part has an error its input did not have.
// When the schemas, the validator or lxml are missing the tests say so in a WARN line and pass,
// unless DHR_REQUIRE_SCHEMAS=1, when they fail.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/new/new_case.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

namespace fs = std::filesystem;
using testing::ShellQuote;

// Errors by part, for one file.
using PartErrors = std::map<std::string, std::set<std::string>>;

struct SchemaTools {
  std::string schemas;    // the folder holding wml.xsd
  std::string validator;  // ooxml_validate.py
  std::string problem;    // why the check cannot run; empty when it can
};

SchemaTools FindSchemaTools() {
  SchemaTools tools;
  const char* named = std::getenv("DHR_OOXML_SCHEMAS");
  tools.schemas = named && *named ? named : testing::SourceDir() + "/../shared/ooxml-schemas";
  tools.validator = tools.schemas + "/../tools/ooxml_validate.py";
  if (!fs::exists(tools.schemas + "/wml.xsd"))
    tools.problem = "the ECMA-376 schemas are not at " + tools.schemas + " (set DHR_OOXML_SCHEMAS)";
  else if (!fs::exists(tools.validator))
    tools.problem = "the validator is not at " + tools.validator;
  else if (testing::RunCommand("/usr/bin/python3 -c 'import lxml.etree'").exit_code != 0)
    tools.problem = "python3-lxml is not installed (run `make test`, which installs it)";
  return tools;
}

// True when the check can run; otherwise says so loudly, and fails under DHR_REQUIRE_SCHEMAS=1.
bool CanRun(const SchemaTools& tools) {
  if (tools.problem.empty()) return true;
  const char* required = std::getenv("DHR_REQUIRE_SCHEMAS");
  const std::string text = "WARN: the schema check of Word parts did NOT run: " + tools.problem;
  std::cerr << "\n*** " << text << " ***\n\n";
  if (required && std::string(required) == "1")
    FAIL(text << " (DHR_REQUIRE_SCHEMAS=1)");
  else
    WARN_MESSAGE(false, text);
  return false;
}

// The schema errors of every file, by file then part.
std::map<std::string, PartErrors> SchemaErrors(const SchemaTools& tools, const std::vector<std::string>& files,
                                               const testing::TempDir& dir) {
  std::string list;
  for (const std::string& file : files) list += file + "\n";
  const std::string list_file = dir.File("schema-files.txt");
  testing::WriteFile(list_file, list);
  const auto run = testing::RunCommand("/usr/bin/python3 " + ShellQuote(testing::SourceDir() + "/tests/ooxml_schema_errors.py") +
                                       " " + ShellQuote(tools.validator) + " " + ShellQuote(tools.schemas) + " < " +
                                       ShellQuote(list_file));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  REQUIRE_MESSAGE(run.output.size() >= 5, run.output);
  REQUIRE_MESSAGE(run.output.substr(run.output.size() - 5) == "done\n", run.output);
  std::map<std::string, PartErrors> errors;
  std::istringstream lines(run.output);
  for (std::string line; std::getline(lines, line) && line != "done";) {
    const size_t tab = line.find('\t'), second = line.find('\t', tab + 1);
    REQUIRE_MESSAGE(second != std::string::npos, line);
    errors[line.substr(0, tab)][line.substr(tab + 1, second - tab - 1)].insert(line.substr(second + 1));
  }
  return errors;
}

std::string Describe(const PartErrors& errors) {
  std::string out;
  for (const auto& [part, messages] : errors)
    for (const std::string& message : messages) out += "  " + part + ": " + message + "\n";
  return out;
}

using testing::Dhr;

std::vector<std::string> DocxIn(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".docx") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("schema: every part of the documents dhr build writes at every stage is valid") {
  const SchemaTools tools = FindSchemaTools();
  if (!CanRun(tools)) return;
  testing::TempDir dir;
  std::vector<std::string> files;
  for (const std::string stage : {"draft", "submission", "publication"}) {
    const std::string out = dir.File(stage);
    const auto run = Dhr("build " + ShellQuote(testing::SourceDir() + "/examples/adult-x-review") + " --stage " + stage +
                         " --out " + ShellQuote(out));
    REQUIRE_MESSAGE(run.exit_code == 0, run.output);
    for (const std::string& file : DocxIn(out)) files.push_back(file);
  }
  CHECK(files.size() == 11);
  const auto errors = SchemaErrors(tools, files, dir);
  for (const std::string& file : files) {
    CAPTURE(file);
    const auto found = errors.find(file);
    CHECK_MESSAGE(found == errors.end(), Describe(found == errors.end() ? PartErrors{} : found->second));
  }
}

TEST_CASE("schema: the IMR template dhr new writes is valid, and so is the pseudonym key") {
  const SchemaTools tools = FindSchemaTools();
  if (!CanRun(tools)) return;
  testing::TempDir dir;
  const std::string case_dir = dir.File("review");
  const auto created = Dhr("new " + ShellQuote(case_dir));
  REQUIRE_MESSAGE(created.exit_code == 0, created.output);
  const std::string key = dir.File("key.docx");
  const auto keyed = Dhr("key " + ShellQuote(testing::SourceDir() + "/examples/adult-x-review") + " -o " +
                         ShellQuote(key));
  REQUIRE_MESSAGE(keyed.exit_code == 0, keyed.output);
  const std::vector<std::string> files = {case_dir + "/imr/" + kImrTemplateFile, key};
  const auto errors = SchemaErrors(tools, files, dir);
  for (const std::string& file : files) {
    CAPTURE(file);
    const auto found = errors.find(file);
    CHECK_MESSAGE(found == errors.end(), Describe(found == errors.end() ? PartErrors{} : found->second));
  }
}

// The errors of `output` its input (`input_errors`) did not have, part by part.
PartErrors NewErrors(const PartErrors& output_errors, const PartErrors& input_errors) {
  PartErrors added;
  for (const auto& [part, messages] : output_errors) {
    const auto before = input_errors.find(part);
    for (const std::string& message : messages)
      if (before == input_errors.end() || before->second.count(message) == 0) added[part].insert(message);
  }
  return added;
}

TEST_CASE("schema: anonymise, mark, strip and publish add no schema error to any corpus document") {
  const SchemaTools tools = FindSchemaTools();
  if (!CanRun(tools)) return;
  testing::TempDir dir;
  const std::string case_arg = " --case " + ShellQuote(testing::TestCaseFolder());
  std::vector<std::string> inputs = DocxIn(testing::CorpusDir());
  REQUIRE(inputs.size() == 85);
  std::map<std::string, std::string> input_of;  // output -> input
  size_t published = 0;
  for (const std::string& input : inputs) {
    const std::string stem = fs::path(input).stem().string();
    const std::string anonymised = dir.File(stem + ".anonymised.docx"), marked = dir.File(stem + ".marked.docx"),
                      stripped = dir.File(stem + ".stripped.docx"), published_copy = dir.File(stem + ".public.docx");
    CAPTURE(input);
    const auto anonymise = Dhr("anonymise " + ShellQuote(input) + case_arg + " -o " + ShellQuote(anonymised));
    CHECK_MESSAGE(anonymise.exit_code == 0, anonymise.output);
    const auto mark = Dhr("mark " + ShellQuote(input) + " --marking OFFICIAL-SENSITIVE --draft 2 -o " + ShellQuote(marked));
    CHECK_MESSAGE(mark.exit_code == 0, mark.output);
    const auto strip = Dhr("mark " + ShellQuote(marked) + " --strip -o " + ShellQuote(stripped));
    CHECK_MESSAGE(strip.exit_code == 0, strip.output);
    // Publish may refuse a document for what it finds in it; those it accepts are checked.
    if (Dhr("publish " + ShellQuote(input) + case_arg + " -o " + ShellQuote(published_copy)).exit_code == 0) ++published;
    for (const std::string& output : {anonymised, marked, stripped, published_copy})
      if (fs::exists(output)) input_of[output] = input;
  }
  MESSAGE("schema check: " << input_of.size() << " outputs of " << inputs.size() << " corpus documents, "
                           << published << " of them published");
  std::vector<std::string> files = inputs;
  for (const auto& [output, input] : input_of) files.push_back(output);
  const auto errors = SchemaErrors(tools, files, dir);
  for (const auto& [output, input] : input_of) {
    CAPTURE(output);
    const auto out_errors = errors.find(output), in_errors = errors.find(input);
    const PartErrors added = NewErrors(out_errors == errors.end() ? PartErrors{} : out_errors->second,
                                       in_errors == errors.end() ? PartErrors{} : in_errors->second);
    CHECK_MESSAGE(added.empty(), "errors the input did not have:\n" << Describe(added));
  }
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
