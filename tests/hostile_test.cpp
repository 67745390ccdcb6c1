// Hostile and broken inputs through the command line: each gets exit status 2, one line naming the
// problem, no output file, and the input untouched.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "docx/archive.h"
#include "tests/docx_fixture.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"
#include "tests/unicode_path_zip.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

using testing::DocxFixture;

struct Hostile {
  const char* name;
  std::string bytes;
  const char* expected;  // a phrase the error must contain
};

std::string WithEntry(const std::string& name, const std::string& data) {
  Archive archive = DocxFixture().Build();
  archive.entries.push_back({name, data, false});
  return *WriteArchive(archive);
}

std::string WithDocument(const std::string& xml) {
  Archive archive = DocxFixture().Build();
  archive.Find("word/document.xml")->data = xml;
  return *WriteArchive(archive);
}

// Word reads the stored names: its main document names the victim. libzip, trusting the Unicode
// Path field, would take a clean copy stored under another name for the main document.
std::string WithTwoMainDocuments() {
  Archive archive = DocxFixture().Body("<w:p><w:r><w:t>Si\u00e2n Delacroix-Webb</w:t></w:r></w:p>").Build();
  archive.entries.push_back({"word/clean.xml", DocxFixture().Body("<w:p><w:r><w:t>Adult X</w:t></w:r></w:p>").DocumentXml(), false});
  return testing::WithUnicodePath(archive, "word/clean.xml", "word/document.xml");
}

std::vector<Hostile> HostileInputs() {
  const std::string valid = DocxFixture().Bytes();
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(4096, '\0');
  return {
      {"zip bomb", WithEntry("word/media/big.bin", std::string(128u << 20, '\0')), "compress"},
      {"Unicode Path field naming another part", WithTwoMainDocuments(), "Unicode Path"},
      {"path with ..", WithEntry("../../evil.xml", "<a/>"), ".."},
      {"absolute path", WithEntry("/etc/evil.xml", "<a/>"), "absolute"},
      {"duplicate part names", WithEntry("WORD/document.xml", "<a/>"), "twice"},
      {"not a zip", "This is a plain text file, not a Word document.\n", "not a zip"},
      {"truncated zip", valid.substr(0, valid.size() / 2), "truncated"},
      {"password-protected", ole, "password"},
      {"external entity",
       WithDocument("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"),
       "DOCTYPE"},
      {"billion laughs",
       WithDocument("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                    "<l>&b;</l>"),
       "DOCTYPE"},
      {"malformed XML", WithDocument("<w:document xmlns:w=\"urn:w\"><w:body></w:document>"), "malformed XML"},
  };
}

TEST_CASE("hostile: every hostile or broken .docx is refused with exit 2, a clear message and no output") {
  testing::TempDir dir;
  for (const Hostile& input : HostileInputs()) {
    CAPTURE(input.name);
    const std::string in = dir.File("input.docx");
    const std::string out = dir.File("output.docx");
    const std::string audit = dir.File("audit.csv");
    testing::WriteFile(in, input.bytes);
    const auto run = testing::RunCommand(testing::ShellQuote(testing::DhrBinary()) + " anonymise " + testing::ShellQuote(in) +
                                         " --case " + testing::ShellQuote(testing::TestCaseFolder()) + " -o " +
                                         testing::ShellQuote(out) + " --audit " + testing::ShellQuote(audit));
    CHECK(run.exit_code == 2);
    CHECK_MESSAGE(run.output.rfind("dhr: error: " + in, 0) == 0, run.output);
    CHECK_MESSAGE(run.output.find(input.expected) != std::string::npos, run.output);
    CHECK(std::count(run.output.begin(), run.output.end(), '\n') == 1);
    CHECK(!std::filesystem::exists(out));
    CHECK(!std::filesystem::exists(audit));
    CHECK(testing::ReadFile(in) == input.bytes);
    // Nothing half-written is left beside the output either.
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    CHECK(files == 1);
  }
}

TEST_CASE("hostile: a case file with errors lists every one with its line and column, exit 2, no output") {
  testing::TempDir dir;
  testing::WriteFile(dir.File("case.yaml"),
                     "review:\n  partnership: P\n  leter: X\npeople:\n  - name: A B\n    role: victim\n    dob: 1988-02-30\n"
                     "  - name: C D\n    relationship: cousinn\n");
  testing::WriteFile(dir.File("in.docx"), DocxFixture().Bytes());
  const auto run = testing::RunCommand(testing::ShellQuote(testing::DhrBinary()) + " anonymise " +
                                       testing::ShellQuote(dir.File("in.docx")) + " --case " + testing::ShellQuote(dir.path()) +
                                       " -o " + testing::ShellQuote(dir.File("out.docx")));
  CHECK(run.exit_code == 2);
  CHECK_MESSAGE(run.output.find("case.yaml:3:3:") != std::string::npos, run.output);
  CHECK_MESSAGE(run.output.find("case.yaml:7:10:") != std::string::npos, run.output);
  CHECK_MESSAGE(run.output.find("case.yaml:9:19:") != std::string::npos, run.output);
  CHECK(!std::filesystem::exists(dir.File("out.docx")));
}

TEST_CASE("hostile: a case file with one error prints one line naming its place once") {
  testing::TempDir dir;
  testing::WriteFile(dir.File("case.yaml"), "review:\n  partnership: P\npeople:\n  - name: A B\n    role: victim\n"
                                            "    dob: 1988-02-30\n");
  testing::WriteFile(dir.File("in.docx"), DocxFixture().Bytes());
  const auto run = testing::RunCommand(testing::ShellQuote(testing::DhrBinary()) + " anonymise " +
                                       testing::ShellQuote(dir.File("in.docx")) + " --case " + testing::ShellQuote(dir.path()) +
                                       " -o " + testing::ShellQuote(dir.File("out.docx")));
  CHECK(run.exit_code == 2);
  CHECK(run.output == "dhr: error: " + dir.File("case.yaml") + ":6:10: dob: not a real date: that month has no such day\n");
  CHECK(!std::filesystem::exists(dir.File("out.docx")));
}

TEST_CASE("hostile: the output may not be the input") {
  testing::TempDir dir;
  const std::string in = dir.File("in.docx");
  testing::WriteFile(in, DocxFixture().Body("<w:p><w:r><w:t>Siân</w:t></w:r></w:p>").Bytes());
  const std::string before = testing::ReadFile(in);
  const auto run = testing::RunCommand(testing::ShellQuote(testing::DhrBinary()) + " anonymise " + testing::ShellQuote(in) +
                                       " --case " + testing::ShellQuote(testing::TestCaseFolder()) + " -o " +
                                       testing::ShellQuote(in));
  CHECK(run.exit_code == 2);
  CHECK(testing::ReadFile(in) == before);
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
