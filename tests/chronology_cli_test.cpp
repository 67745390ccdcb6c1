// dhr chronology on the bundled example: the three readers, the three stages, real readers, the
// independent scan; and a bad row that stops everything with its place.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

using testing::ShellQuote;

using testing::ExampleDir;

using testing::Dhr;

size_t CountOf(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST_CASE("dhr chronology: the example's agency files (.csv, .xlsx, .docx) become one document at every stage") {
  bool csv = false, xlsx = false, docx = false;
  for (const auto& entry : std::filesystem::directory_iterator(ExampleDir() + "/chronology")) {
    csv |= entry.path().extension() == ".csv";
    xlsx |= entry.path().extension() == ".xlsx";
    docx |= entry.path().extension() == ".docx";
  }
  CHECK(csv);
  CHECK(xlsx);
  CHECK(docx);

  testing::TempDir dir;
  const std::string draft = dir.File("draft.docx"), submission = dir.File("submission.docx"),
                    publication = dir.File("publication.docx");
  for (const auto& [out, stage] : {std::pair{draft, "draft"}, {submission, "submission"}, {publication, "publication"}}) {
    const auto run = Dhr("chronology " + ShellQuote(ExampleDir()) + " -o " + ShellQuote(out) + " --stage " + stage);
    CHECK_MESSAGE(run.exit_code == 0, run.output);
    // The scope warning names its file, row and column; the contact stays in.
    CHECK_MESSAGE(run.output.find("childrens-social-care.csv: row 3, column 2 (Date from): 21 November 2022 is outside "
                                  "the review's scope period") != std::string::npos,
                  run.output);
    REQUIRE(std::filesystem::exists(out));
  }
  const std::vector<std::string> outputs = {draft, submission, publication};
  CHECK(testing::PythonDocxOpens(outputs) == "");

  const auto pdfs = testing::ConvertWithLibreOffice(outputs, "pdf", dir.path());
  REQUIRE(pdfs.size() == 3);
  for (const std::string& out : outputs) {
    CAPTURE(out);
    // The timeline picture is in LibreOffice's PDF: one image.
    const auto list = testing::RunCommand("pdfimages -list " + ShellQuote(pdfs.at(out)));
    REQUIRE(list.exit_code == 0);
    CHECK_MESSAGE(CountOf(list.output, "\n") == 3, list.output);
    std::string text;
    for (const std::string& page : testing::PdfPages(pdfs.at(out))) text += page;
    CHECK(text.find("{{") == std::string::npos);
    CHECK(text.find("Contacts by agency and year") != std::string::npos);
    CHECK(text.find("Westshire Police") != std::string::npos);
    CHECK(text.find("Northbrook Education Safeguarding Team") != std::string::npos);  // from the .docx
    CHECK(text.find("Northbrook Domestic Abuse Service") != std::string::npos);
  }
  std::string draft_text, public_text;
  for (const std::string& page : testing::PdfPages(pdfs.at(draft))) draft_text += page;
  for (const std::string& page : testing::PdfPages(pdfs.at(publication))) public_text += page;
  CHECK(draft_text.find("Joanne Hartley") != std::string::npos);  // the draft is named
  CHECK(draft_text.find("OFFICIAL-SENSITIVE") != std::string::npos);
  CHECK(draft_text.find("?22 May") != std::string::npos);  // approximate, shown so (the year may wrap)
  CHECK(public_text.find("Joanne") == std::string::npos);
  CHECK(public_text.find("Adult XAP") != std::string::npos);
  CHECK(public_text.find("OFFICIAL") == std::string::npos);

  // The independent leak scan finds no name of the case in the anonymised copies.
  const std::string case_arg = " --case " + ShellQuote(ExampleDir());
  const auto scan_submission = Dhr("scan " + ShellQuote(submission) + case_arg);
  CHECK_MESSAGE(scan_submission.exit_code == 0, scan_submission.output);
  const auto scan_publication = Dhr("scan " + ShellQuote(publication) + case_arg + " --publication");
  CHECK_MESSAGE(scan_publication.exit_code == 0, scan_publication.output);
  const auto scan_draft = Dhr("scan " + ShellQuote(draft) + case_arg);
  CHECK(scan_draft.exit_code == 1);  // the scan does see names where they are
}

TEST_CASE("dhr build: the overview report carries the combined chronology and, as case.yaml asks, its timeline") {
  testing::TempDir dir;
  const auto run = Dhr("build " + ShellQuote(ExampleDir()) + " --stage publication --out " + ShellQuote(dir.File("out")));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  const std::string report = dir.File("out/overview-report.docx");
  const auto pdfs = testing::ConvertWithLibreOffice({report}, "pdf", dir.path());
  REQUIRE(pdfs.count(report));
  const auto list = testing::RunCommand("pdfimages -list " + ShellQuote(pdfs.at(report)));
  CHECK_MESSAGE(CountOf(list.output, " 1600 ") == 1, list.output);  // the timeline, 1600 pixels wide
  std::string text;
  for (const std::string& page : testing::PdfPages(pdfs.at(report))) text += page;
  CHECK(text.find("Northbrook Education Safeguarding Team") != std::string::npos);  // a row from the .docx
  CHECK(text.find("Joanne") == std::string::npos);
}

TEST_CASE("dhr build: a 20,000-row chronology builds at publication (its XML compresses far more than 100 times, "
          "and is no zip bomb)") {
  testing::TempDir dir;
  const std::string case_dir = dir.File("case");
  std::filesystem::copy(ExampleDir(), case_dir, std::filesystem::copy_options::recursive);
  std::string csv = "Agency,Date from,Date to,Client code,Staff code,Source of information,Event,Client seen,Action\n";
  const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"};
  for (int i = 0; i < 20000; ++i) {
    const std::string date = std::to_string(1 + i % 28) + " " + kMonths[(i / 28) % 12] + " " +
                             std::to_string(2019 + (i / 336) % 3);
    csv += "Westshire Police," + date + "," + date + ",Adult X,PO1,Incident log,Routine welfare contact number " +
           std::to_string(i) + " with no concerns raised.,Yes,None.\n";
  }
  testing::WriteFile(case_dir + "/chronology/long-police.csv", csv);
  const auto run = Dhr("build " + ShellQuote(case_dir) + " --stage publication --out " + ShellQuote(dir.File("out")));
  REQUIRE_MESSAGE(run.exit_code == 0, run.output);
  const auto text = Dhr("text " + ShellQuote(dir.File("out/overview-report.docx")));
  CHECK(text.output.find("Routine welfare contact number 19999 ") != std::string::npos);
  CHECK(text.output.find("Joanne") == std::string::npos);
}

TEST_CASE("dhr chronology: a bad row stops it with file, row and column, and nothing is written") {
  testing::TempDir dir;
  std::filesystem::copy(ExampleDir(), dir.File("case"), std::filesystem::copy_options::recursive);
  const std::string police = dir.File("case/chronology/police.csv");
  testing::WriteFile(police, testing::ReadFile(police) +
                                 "Westshire Police,30/02/2021,,Adult X,PO1,Incident log,Bad day,Yes,\n"
                                 "Westshire Police,1 March 2021,,Adult Y,PO1,,No source,Yes,\n");
  const std::string out = dir.File("out.docx");
  const auto run = Dhr("chronology " + ShellQuote(dir.File("case")) + " -o " + ShellQuote(out));
  CHECK(run.exit_code == 2);
  CHECK_MESSAGE(run.output.find("police.csv: row 5, column 2 (Date from): \"30/02/2021\": there is no such day as "
                                "30/2/2021") != std::string::npos,
                run.output);
  CHECK(run.output.find("police.csv: row 6, column 4 (Client code): \"Adult Y\" is not the code of anyone") !=
        std::string::npos);
  CHECK(run.output.find("police.csv: row 6, column 6 (Source of information): the source of information is missing") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
