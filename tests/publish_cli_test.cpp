// dhr publish and dhr scan through the command line: fail closed, never touch the input.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "docx/archive.h"
#include "tests/docx_fixture.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

using testing::ShellQuote;

using testing::Dhr;

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

// A content control whose placeholder is a building block of the glossary, which has its own
// settings (as Word writes it): the glossary's settings lack "remove personal information".
std::string WithGlossary() {
  const std::string wordml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  const auto root = [](const std::string& element, const std::string& content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + element + " " +
           testing::kWordNamespaces + ">" + content + "</" + element + ">";
  };
  return testing::DocxFixture()
      .Body("<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val=\"DefaultPlaceholder_1081868574\"/></w:placeholder>"
            "<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Click here to enter text.</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>")
      .Part("word/glossary/document.xml", wordml + "document.glossary+xml",
            root("w:glossaryDocument",
                 "<w:docParts><w:docPart><w:docPartPr><w:name w:val=\"DefaultPlaceholder_1081868574\"/>"
                 "<w:guid w:val=\"{6A2E6D7A-6C35-4E5B-9F0E-3C2B55D0C0F1}\"/></w:docPartPr><w:docPartBody><w:p><w:r>"
                 "<w:t>Click here to enter text.</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>"),
            "glossaryDocument", "rId25")
      .Part("word/glossary/settings.xml", wordml + "settings+xml",
            root("w:settings", "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
                               "<w:rsids><w:rsidRoot w:val=\"00F32A8F\"/></w:rsids>"))
      .Part("word/glossary/_rels/document.xml.rels", "",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
            "Target=\"settings.xml\"/></Relationships>")
      .Bytes();
}

TEST_CASE("publish: a document with a glossary is published with the glossary cleaned and kept") {
  testing::TempDir dir;
  const std::string in = dir.File("in.docx"), out = dir.File("out.docx");
  const std::string bytes = WithGlossary();
  testing::WriteFile(in, bytes);
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK_MESSAGE(run.exit_code == 0, run.output);
  CHECK(testing::ReadFile(in) == bytes);
  REQUIRE(std::filesystem::exists(out));
  Result<Archive> published = ReadArchive(testing::ReadFile(out));
  REQUIRE(published.ok());
  // The placeholder the content control names is still there.
  REQUIRE(published->Find("word/glossary/document.xml") != nullptr);
  CHECK(published->Find("word/glossary/document.xml")->data.find("DefaultPlaceholder_1081868574") != std::string::npos);
  REQUIRE(published->Find("word/glossary/settings.xml") != nullptr);
  const std::string& settings = published->Find("word/glossary/settings.xml")->data;
  CHECK(settings.find("<w:zoom w:percent=\"100\"/><w:removePersonalInformation/><w:removeDateAndTime/>"
                      "<w:defaultTabStop") != std::string::npos);
  CHECK(settings.find("rsid") == std::string::npos);
  const auto scan = Dhr("scan " + ShellQuote(out) + CaseArg() + " --publication");
  CHECK_MESSAGE(scan.exit_code == 0, scan.output);
  CHECK(testing::PythonDocxOpens({out}) == "");
}

TEST_CASE("publish: a marking typed alone in a body paragraph is stripped; the text around it stays") {
  testing::TempDir dir;
  const std::string in = dir.File("in.docx"), out = dir.File("out.docx");
  testing::WriteFile(in, testing::DocxFixture()
                             .Body("<w:p><w:r><w:t>OFFICIAL-SENSITIVE: PERSONAL</w:t></w:r></w:p>"
                                   "<w:p><w:r><w:t>The review followed the official guidance.</w:t></w:r></w:p>")
                             .Bytes());
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK_MESSAGE(run.exit_code == 0, run.output);
  REQUIRE(std::filesystem::exists(out));
  const auto text = Dhr("text " + ShellQuote(out));
  CHECK(text.output.find("PERSONAL") == std::string::npos);
  CHECK(text.output.find("The review followed the official guidance.") != std::string::npos);
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

// A report as long as a large review's: a chronology table of `rows` rows (about 12 MB of
// document.xml, past the size at which publish reads the body in pieces), with `planted` in the
// text of one row near the end.
std::string LongReport(int rows, const std::string& planted) {
  std::string body = "<w:p><w:r><w:t>Chronology</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>"
                     "</w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"7000\"/></w:tblGrid>";
  for (int i = 0; i < rows; ++i) {
    const std::string event = i == rows - rows / 7 ? planted : "Routine welfare contact number " + std::to_string(i) + ".";
    body += "<w:tr><w:tc><w:p><w:r><w:t>Row " + std::to_string(i) + "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" +
            event + "</w:t></w:r></w:p></w:tc></w:tr>";
  }
  body += "</w:tbl><w:p><w:r><w:t>End of the chronology.</w:t></w:r></w:p>";
  return testing::DocxFixture().Body(body).Bytes();
}

TEST_CASE("publish: a long report is published, anonymised in every row, without its body made one tree") {
  testing::TempDir dir;
  const std::string in = dir.File("long.docx"), out = dir.File("long.public.docx");
  const std::string bytes = LongReport(60000, "Siân Delacroix-Webb was seen.");
  testing::WriteFile(in, bytes);
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK_MESSAGE(run.exit_code == 0, run.output);
  CHECK(testing::ReadFile(in) == bytes);
  REQUIRE(std::filesystem::exists(out));
  const auto text = Dhr("text " + ShellQuote(out));
  CHECK(text.output.find("Adult X was seen.") != std::string::npos);
  CHECK(text.output.find("Delacroix") == std::string::npos);
  CHECK(text.output.find("End of the chronology.") != std::string::npos);
  CHECK(text.output.find("Routine welfare contact number 59999.") != std::string::npos);
}

TEST_CASE("publish and scan: a long report with a malformed body is bad input, reported once, nothing written") {
  testing::TempDir dir;
  const std::string in = dir.File("long.docx"), out = dir.File("long.public.docx");
  const std::string bytes = LongReport(60000, "An &undefined; entity.");
  testing::WriteFile(in, bytes);
  const auto run = Dhr("publish " + ShellQuote(in) + CaseArg() + " -o " + ShellQuote(out));
  CHECK(run.exit_code == 2);
  CHECK_MESSAGE(run.output.rfind("dhr: error: " + in + ": word/document.xml", 0) == 0, run.output);
  CHECK(run.output.find("malformed") != std::string::npos);
  CHECK(std::count(run.output.begin(), run.output.end(), '\n') == 1);
  CHECK(!std::filesystem::exists(out));
  CHECK(testing::ReadFile(in) == bytes);
  const auto scan = Dhr("scan " + ShellQuote(in) + CaseArg() + " --publication");
  CHECK_MESSAGE(scan.exit_code == 2, scan.output);
  CHECK(scan.output.find("malformed") != std::string::npos);
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

TEST_SUITE_END();
