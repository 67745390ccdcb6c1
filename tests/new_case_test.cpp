// dhr new end to end, with the readers users have: the new folder builds a draft that LibreOffice
// shows with every section's guidance; the return form opens in LibreOffice Calc, and filled in
// (rows written with libxlsxwriter, then saved again by Calc) dhr chronology merges it; the IMR
// template passes the ECMA-376 validator and opens in python-docx; a folder that is not empty is
// refused; dhr templates export writes both forms.
#include <doctest/doctest.h>

#include <filesystem>

#include "pipeline/new/new_case.h"
#include "pipeline/new/return_form.h"
#include "pipeline/stages/section_guidance.h"
#include "tests/real_readers.h"
#include "tests/test_paths.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

namespace fs = std::filesystem;
using namespace testing;

// The text LibreOffice reads, with its line breaks and non-breaking spaces made plain spaces.
std::string Flattened(std::string text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xA0") == 0) {
      out += ' ';
      ++i;
    } else {
      out += text[i] == '\n' ? ' ' : text[i];
    }
  }
  return out;
}

TEST_CASE("dhr new: the new folder builds a draft at once, and the draft shows each required section's guidance to be written") {
  testing::TempDir dir;
  const std::string case_dir = dir.File("review");
  const auto created = Dhr("new " + ShellQuote(case_dir));
  REQUIRE_MESSAGE(created.exit_code == 0, created.output);
  CHECK(fs::exists(case_dir + "/case.yaml"));
  CHECK((fs::status(case_dir + "/case.yaml").permissions() & fs::perms::others_read) == fs::perms::none);

  const auto built = Dhr("build " + ShellQuote(case_dir) + " --stage draft --out " + ShellQuote(dir.File("out")));
  REQUIRE_MESSAGE(built.exit_code == 0, built.output);
  CHECK(built.output.find("not written yet") != std::string::npos);
  const auto texts = testing::LibreOfficeText({dir.File("out/overview-report.docx"), dir.File("out/executive-summary.docx")});
  REQUIRE(texts.size() == 2);
  for (const SectionGuidance& section : BuiltInSectionGuidance()) {
    if (!section.required) continue;  // an optional section adds to what case.yaml gives: no placeholder
    CAPTURE(section.file);
    const std::string text =
        Flattened(texts.at(dir.File(section.document == "overview-report" ? "out/overview-report.docx"
                                                                          : "out/executive-summary.docx")));
    CHECK(text.find("To be written in sections/" + section.folder + "/" + section.file) != std::string::npos);
  }
}

TEST_CASE("dhr new: a folder that is not empty is refused in one line, exit 2, nothing written; --force writes into it") {
  testing::TempDir dir;
  const std::string case_dir = dir.File("review");
  fs::create_directories(case_dir);
  testing::WriteFile(case_dir + "/notes.txt", "the referral");
  const auto refused = Dhr("new " + ShellQuote(case_dir));
  CHECK(refused.exit_code == 2);
  CHECK(refused.output == "dhr: error: " + case_dir +
                              ": the folder is not empty: give an empty or new folder, or --force to write the new "
                              "case's files into it (replacing files of the same names)\n");
  CHECK_FALSE(fs::exists(case_dir + "/case.yaml"));

  const auto forced = Dhr("new " + ShellQuote(case_dir) + " --force");
  REQUIRE_MESSAGE(forced.exit_code == 0, forced.output);
  CHECK(fs::exists(case_dir + "/case.yaml"));
  CHECK(testing::ReadFile(case_dir + "/notes.txt") == "the referral");

  testing::WriteFile(dir.File("a-file"), "x");
  const auto on_file = Dhr("new " + ShellQuote(dir.File("a-file")));
  CHECK(on_file.exit_code == 2);
  CHECK(on_file.output.find("this is a file, not a folder") != std::string::npos);
}

TEST_CASE("dhr new: the return form opens in LibreOffice Calc, and filled in, dhr chronology merges it") {
  testing::TempDir dir;
  const std::string case_dir = dir.File("review");
  REQUIRE(Dhr("new " + ShellQuote(case_dir)).exit_code == 0);
  const std::string blank = case_dir + "/chronology/" + kReturnFormFile;

  // Calc reads the blank form: the header fields, then the nine headings.
  const auto csv = testing::ConvertWithLibreOffice({blank}, "csv", dir.File("csv"));
  REQUIRE(csv.count(blank));
  const std::string blank_csv = testing::ReadFile(csv.at(blank));
  CHECK(blank_csv.find("DHR case:") != std::string::npos);
  CHECK(blank_csv.find("Person completing chronology:") != std::string::npos);
  CHECK(blank_csv.find("Agency,Date from,Date to,Client code,Staff code,Source of information,Event,Client seen,Action") !=
        std::string::npos);

  // An agency's return: rows written with libxlsxwriter, the file then saved again by Calc.
  // Each row in the form's column order: agency (blank: the header's), from, to, client, staff, source,
  // event, seen, action.
  const ReturnForm police{
      "SNP DHR 2024/01",
      "Westshire Police",
      "Detective Sergeant 1",
      {{"", Date{2022, 5, 22}, std::nullopt, "Anna", "Police officer 1", "Incident log",
        "A neighbour reported shouting; officers attended.", "Yes", ""},
       {"", Date{2021, 8, 2}, Date{2021, 8, 3}, "Anna", "Police officer 1", "Incident log",
        "Welfare visit after a missed appointment.", "No", ""}}};
  auto bytes = WriteReturnForm(police);
  REQUIRE(bytes.ok());
  const std::string written = dir.File("calc/police.xlsx");
  fs::create_directories(dir.File("calc"));
  testing::WriteFile(written, *bytes);
  const auto resaved = testing::ConvertWithLibreOffice({written}, "xlsx", dir.File("resaved"));
  REQUIRE(resaved.count(written));
  fs::copy_file(resaved.at(written), case_dir + "/chronology/police.xlsx");

  const auto merged = Dhr("chronology " + ShellQuote(case_dir) + " -o " + ShellQuote(dir.File("chronology.docx")));
  REQUIRE_MESSAGE(merged.exit_code == 0, merged.output);
  const auto text = testing::LibreOfficeText({dir.File("chronology.docx")});
  REQUIRE(text.size() == 1);
  const std::string chronology = Flattened(text.begin()->second);
  const size_t visit_at = chronology.find("Welfare visit after a missed appointment.");
  const size_t call_at = chronology.find("A neighbour reported shouting; officers attended.");
  CHECK(visit_at != std::string::npos);
  CHECK(call_at != std::string::npos);
  CHECK(visit_at < call_at);  // in date order
  CHECK(chronology.find("2 August 2021") != std::string::npos);
  CHECK(chronology.find("Westshire Police") != std::string::npos);  // the header field's agency
}

TEST_CASE("dhr new: the IMR template opens in python-docx and LibreOffice with the checklist's anonymisation item") {
  testing::TempDir dir;
  const std::string case_dir = dir.File("review");
  REQUIRE(Dhr("new " + ShellQuote(case_dir)).exit_code == 0);
  const std::string imr = case_dir + "/imr/" + kImrTemplateFile;
  REQUIRE(fs::exists(imr));
  CHECK(testing::PythonDocxOpens({imr}).empty());
  // Its ECMA-376 validation is in schema_test.cpp, with the other schema checks.
  const auto text = testing::LibreOfficeText({imr});
  REQUIRE(text.size() == 1);
  CHECK(Flattened(text.begin()->second).find("fully anonymised using the codes provided") != std::string::npos);
}

TEST_CASE("dhr templates export: writes the IMR template and the return form beside the templates") {
  testing::TempDir dir;
  const auto exported = Dhr("templates export " + ShellQuote(dir.File("t")));
  REQUIRE_MESSAGE(exported.exit_code == 0, exported.output);
  CHECK(fs::exists(dir.File("t/imr.docx")));
  CHECK(fs::exists(dir.File(std::string("t/") + kReturnFormFile)));
  const auto again = Dhr("templates export " + ShellQuote(dir.File("t")));
  CHECK(again.exit_code == 2);
  CHECK(again.output.find("--force") != std::string::npos);
  CHECK(Dhr("templates export " + ShellQuote(dir.File("t")) + " --force").exit_code == 0);
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
