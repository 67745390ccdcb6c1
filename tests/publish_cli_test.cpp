// dhr publish and dhr scan through the command line: fail closed, never touch the input.
#include <doctest/doctest.h>

#include <filesystem>

#include "docx/archive.h"
#include "tests/docx_fixture.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr {
namespace {

using testing::ShellQuote;

testing::CommandResult Dhr(const std::string& args) {
  return testing::RunCommand(ShellQuote(testing::DhrBinary()) + " " + args);
}

std::string CaseArg() { return " --case " + ShellQuote(testing::TestCaseFolder()); }

TEST_CASE("publish: every planted fixture gets a public copy that the scan, run apart, finds clean") {
  testing::TempDir dir;
  std::vector<std::string> outputs;
  for (const auto& fixture : testing::PlantedFixtures()) {
    CAPTURE(fixture.name);
    std::string stem = fixture.name;
    for (char& c : stem) c = c == ' ' ? '_' : c;
    const std::string in = dir.File(stem + ".docx"), out = dir.File(stem + ".public.docx");
    testing::WriteFile(in, fixture.bytes);
    const auto before = Dhr("scan " + ShellQuote(in) + CaseArg());
    CHECK_MESSAGE(before.exit_code == 1, before.output);
    const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
    CHECK_MESSAGE(run.exit_code == 0, run.output);
    CHECK(testing::ReadFile(in) == fixture.bytes);
    REQUIRE(std::filesystem::exists(out));
    const auto after = Dhr("scan " + ShellQuote(out) + CaseArg() + " --publication");
    CHECK_MESSAGE(after.exit_code == 0, after.output);
    outputs.push_back(out);
  }
  CHECK(testing::LibreOfficeText(outputs).size() == outputs.size());
  CHECK(testing::PythonDocxOpens(outputs) == "");
}

TEST_CASE("publish: a leak the anonymiser cannot mend leaves no file behind (exit 1)") {
  testing::TempDir dir;
  // A name inside a binary part (an image's metadata) is not text the anonymiser edits.
  Archive archive =
      testing::DocxFixture()
          .Body("<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture 1\"/><a:graphic><a:graphicData>"
                "<a:blip r:embed=\"rId40\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>")
          .Part("word/media/image1.png", "", std::string("\x89PNG\r\n\x1a\n", 8) + std::string("tEXtAuthor\0Eileen Webb", 23),
                "image", "rId40")
          .Build();
  const std::string in = dir.File("in.docx"), out = dir.File("out.docx");
  const std::string bytes = *WriteArchive(archive);
  testing::WriteFile(in, bytes);
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK_MESSAGE(run.exit_code == 1, run.output);
  CHECK(run.output.find("nothing was written") != std::string::npos);
  CHECK(!std::filesystem::exists(out));
  CHECK(testing::ReadFile(in) == bytes);
}

TEST_CASE("publish: the Home Office data form is refused") {
  testing::TempDir dir;
  const std::string in = dir.File("form.docx"), out = dir.File("out.docx");
  testing::WriteFile(in, testing::DocxFixture()
                             .Body("<w:p><w:r><w:t>This form is not for publication – for Home Office data collection "
                                   "only</w:t></w:r></w:p>")
                             .Bytes());
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("never published") != std::string::npos);
  CHECK(!std::filesystem::exists(out));
}

TEST_CASE("publish: --reject-on-revisions refuses a document with tracked changes") {
  testing::TempDir dir;
  const std::string in = dir.File("in.docx"), out = dir.File("out.docx");
  testing::WriteFile(in, testing::DocxFixture()
                             .Body("<w:p><w:ins w:id=\"1\" w:author=\"A\" w:date=\"2023-01-05T10:00:00Z\"><w:r><w:t>new</w:t>"
                                   "</w:r></w:ins></w:p>")
                             .Bytes());
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out) + " --reject-on-revisions");
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("tracked changes") != std::string::npos);
  CHECK(!std::filesystem::exists(out));
  const auto accepted = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK_MESSAGE(accepted.exit_code == 0, accepted.output);
}

TEST_CASE("scan: a corrupt file is bad input (exit 2), and json output parses") {
  testing::TempDir dir;
  const std::string bad = dir.File("bad.docx");
  testing::WriteFile(bad, "not a zip");
  const auto run = Dhr("scan " + ShellQuote(bad) + CaseArg());
  CHECK(run.exit_code == 2);
  CHECK(run.output.rfind("dhr: error: " + bad, 0) == 0);
  const std::string good = dir.File("good.docx");
  testing::WriteFile(good, testing::PlantedFixtures()[0].bytes);
  const auto json = Dhr("scan " + ShellQuote(good) + CaseArg() + " --format json 2>/dev/null | /usr/bin/python3 -c "
                        "'import json,sys; d=json.load(sys.stdin); print(\"ok\")'");
  CHECK_MESSAGE(json.output.find("ok") != std::string::npos, json.output);
}

}  // namespace
}  // namespace dhr
