// Chronology benchmark: 50 agency files of 2,000 rows each (40 CSV, 10 spreadsheets) merged into the
// chronology document, against reading the same files into tables without merging.
//
// Generates the files in memory (CSV with quoted events holding commas; .xlsx with shared strings
// and dates stored as serial numbers under a date format, as spreadsheet programs write them),
// then times, best of three:
//   read     every file parsed into a table (ReadTable), nothing else: the floor;
//   merge    read + every row checked + merged and counted (ReadChronology);
//   report   merge + the chronology document filled from the built-in template (100,000 rows, the
//            timeline picture, marking) and saved to .docx bytes (WriteChronologyDocument).
// Prints the times and the ratios merge/read and report/read of the same run.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "pipeline/prepare/prepared_case.h"
#include "docx/archive.h"
#include "pipeline/chronology/chronology.h"
#include "pipeline/stages/chronology_document.h"
#include "pipeline/templates/templates.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kFiles = 50, kRows = 2000, kSpreadsheets = 10;
const char* kSources[] = {"Case record", "Incident log", "GP record", "Health visiting record", "Assessment"};
const char* kActions[] = {"No further action", "Referral made", "Letter sent", "Safety plan", "Logged"};

std::string Agency(int f) { return "Agency " + std::to_string(f + 1); }

dhr::Date DateOf(int f, int r) {
  // Spread over 2015-2022, a different day for every row of a file.
  return dhr::CivilFromDays(dhr::DaysFromCivil({2015, 1, 1}) + (r * 7 + f * 3) % 2900);
}

std::string Event(int f, int r) {
  return "Contact " + std::to_string(r + 1) + " of " + Agency(f) + ": seen at home, spoke about money, housing and "
         "the children; said she was \"fine\"";
}

std::string CsvFile(int f) {
  std::string out = "Agency,Date from,Date to,Client code,Staff code,Source of information,Event,Client seen,Action\n";
  for (int r = 0; r < kRows; ++r) {
    const dhr::Date d = DateOf(f, r);
    char date[16];
    std::snprintf(date, sizeof date, "%02d/%02d/%04d", d.day, d.month, d.year);
    std::string event = Event(f, r);
    for (size_t at = event.find('"'); at != std::string::npos; at = event.find('"', at + 2)) event.insert(at, "\"");
    out += Agency(f) + "," + date + ",," + (r % 3 ? "Adult X" : "Adult X; Child X1") + ",W" +
           std::to_string(r % 9 + 1) + "," + kSources[r % 5] + ",\"" + event + "\"," + (r % 2 ? "Yes" : "No") + "," +
           kActions[r % 5] + "\n";
  }
  return out;
}

std::string Escaped(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '"' ? "&quot;" : std::string(1, c);
  return out;
}

std::string XlsxFile(int f) {
  const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::vector<std::string> strings;
  auto shared = [&](const std::string& s) {
    strings.push_back(s);
    return "<c t=\"s\"><v>" + std::to_string(strings.size() - 1) + "</v></c>";
  };
  std::string sheet = "<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\">";
  for (const char* h : {"Agency", "Date from", "Date to", "Client code", "Staff code", "Source of information", "Event",
                        "Client seen", "Action"})
    sheet += shared(h);
  sheet += "</row>";
  const long epoch = dhr::DaysFromCivil({1899, 12, 30});
  for (int r = 0; r < kRows; ++r) {
    sheet += "<row r=\"" + std::to_string(r + 2) + "\">" + shared(Agency(f)) + "<c s=\"1\"><v>" +
             std::to_string(dhr::DaysFromCivil(DateOf(f, r)) - epoch) + "</v></c><c/>" +
             shared(r % 3 ? "Adult X" : "Adult X; Child X1") + shared("W" + std::to_string(r % 9 + 1)) +
             shared(kSources[r % 5]) + shared(Event(f, r)) + shared(r % 2 ? "Yes" : "No") + shared(kActions[r % 5]) +
             "</row>";
  }
  sheet += "</sheetData></worksheet>";
  std::string sst = "<sst xmlns=\"" + main + "\">";
  for (const std::string& s : strings) sst += "<si><t>" + Escaped(s) + "</t></si>";
  sst += "</sst>";
  dhr::Archive a;
  a.entries.push_back({"[Content_Types].xml",
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"});
  a.entries.push_back({"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                      "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                      "</Relationships>"});
  a.entries.push_back({"xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                                              "\"><sheets><sheet name=\"Chronology\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
  a.entries.push_back({"xl/_rels/workbook.xml.rels",
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                       "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                       "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>"});
  a.entries.push_back({"xl/worksheets/sheet1.xml", sheet});
  a.entries.push_back({"xl/sharedStrings.xml", sst});
  a.entries.push_back({"xl/styles.xml", "<styleSheet xmlns=\"" + main +
                                            "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"});
  return *dhr::WriteArchive(a);
}

double Seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

}  // namespace

int main() {
  std::vector<dhr::ChronologyFile> files;
  size_t bytes = 0;
  for (int f = 0; f < kFiles; ++f) {
    const bool spreadsheet = f % (kFiles / kSpreadsheets) == 0;
    files.push_back({"agency-" + std::to_string(f + 1) + (spreadsheet ? ".xlsx" : ".csv"),
                     spreadsheet ? XlsxFile(f) : CsvFile(f)});
    bytes += files.back().bytes.size();
  }
  dhr::ChronologyRules rules;
  rules.client_codes = {"Adult X", "Child X1"};
  dhr::PreparedCase prepared;
  prepared.the_case.review.partnership = "Benchmark Partnership";
  prepared.the_case.review.terms_of_reference.scope_from = dhr::Date{2015, 1, 1};
  prepared.the_case.review.terms_of_reference.scope_to = dhr::Date{2022, 12, 31};
  rules.scope_from = prepared.the_case.review.terms_of_reference.scope_from;
  rules.scope_to = prepared.the_case.review.terms_of_reference.scope_to;

  double best_read = 1e9, best_merge = 1e9, best_report = 1e9;
  size_t rows = 0, document = 0;
  for (int round = 0; round < 3; ++round) {
    auto start = Clock::now();
    size_t read_rows = 0;
    for (const auto& f : files) {
      auto table = dhr::ReadTable(f.bytes, f.name, {});
      if (!table.ok()) {
        std::fprintf(stderr, "read failed: %s\n", table.status().Describe().c_str());
        return 1;
      }
      read_rows += table->rows.size() - 1;
    }
    best_read = std::min(best_read, Seconds(start));

    start = Clock::now();
    dhr::ChronologyReading reading = dhr::ReadChronology(files, rules);
    best_merge = std::min(best_merge, Seconds(start));
    if (!reading.errors.empty() || read_rows != reading.chronology.entries.size()) {
      std::fprintf(stderr, "merge failed: %zu errors, %zu of %zu rows (%s)\n", reading.errors.size(),
                   reading.chronology.entries.size(), read_rows,
                   reading.errors.empty() ? "" : reading.errors[0].Describe().c_str());
      return 1;
    }

    start = Clock::now();
    dhr::ChronologyReading again = dhr::ReadChronology(files, rules);
    auto template_package = dhr::OpenBuiltinTemplate("chronology");
    if (!template_package.ok()) return 1;
    auto docx = dhr::stages::WriteChronologyDocument(again.chronology, prepared, std::move(template_package).value(),
                                             dhr::stages::Stage::kDraft, "chronology.docx", nullptr);
    best_report = std::min(best_report, Seconds(start));
    if (!docx.ok()) {
      std::fprintf(stderr, "report failed: %s\n", docx.status().Describe().c_str());
      return 1;
    }
    rows = again.chronology.entries.size();
    document = docx->bytes.size();
  }
  std::printf("%d agency files (%d spreadsheets), %d rows each: %zu rows, %.1f MB in\n", kFiles, kSpreadsheets, kRows,
              rows, bytes / 1e6);
  std::printf("read only (floor):                 %7.3f s\n", best_read);
  std::printf("read + check + merge:              %7.3f s   ratio %.2fx\n", best_merge, best_merge / best_read);
  std::printf("merge into the chronology report:  %7.3f s   ratio %.2fx   (%.1f MB .docx)\n", best_report,
              best_report / best_read, document / 1e6);
  return 0;
}
