// Fill benchmark: a chronology table of 1,000 / 10,000 / 50,000 rows filled from data.
//
// Generates the template (a title, a header row and one template row whose five cells hold
// {{#each chronology}} ... {{/each}}, one tag split across runs the way Word splits words) and the
// data, then, each size in a fresh process, times opening the template and filling it to the bytes
// of a .docx (FillToDocx), and (up to 10,000 rows) the in-place Fill followed by Save. Prints
// seconds (wall and CPU), output size and
// peak resident memory (getrusage ru_maxrss), before and after the data is built.
// Usage: dhr_fill_bench [ROWS [package]]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "docx/archive.h"
#include "docx/package.h"
#include "pipeline/fill/fill.h"
#include "tests/docx_fixture.h"

namespace {

std::string Cell(int width, const std::string& runs) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) +
         "\" w:type=\"dxa\"/></w:tcPr><w:p w:rsidR=\"00A77B3E\" w:rsidRDefault=\"00A77B3E\"><w:pPr><w:spacing "
         "w:after=\"0\"/></w:pPr>" + runs + "</w:p></w:tc>";
}

std::string Run(const std::string& text) {
  return "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string TemplateDocx() {
  const std::string header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell(1400, Run("Date")) +
                             Cell(1400, Run("Agency")) + Cell(3400, Run("Event")) + Cell(1400, Run("Source")) +
                             Cell(1400, Run("Action")) + "</w:tr>";
  const std::string row =
      "<w:tr>" + Cell(1400, Run("{{#each chronology}}{{ date | date }}")) + Cell(1400, Run("{{agency}}")) +
      Cell(3400, Run("{{ev") + "<w:proofErr w:type=\"spellStart\"/>" + Run("ent}}") +
               "<w:proofErr w:type=\"spellEnd\"/>") +
      Cell(1400, Run("{{source}}")) + Cell(1400, Run("{{action}}{{/each}}")) + "</w:tr>";
  const std::string body =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + Run("Combined chronology: {{victim}}") + "</w:p>"
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
      "<w:gridCol w:w=\"1400\"/><w:gridCol w:w=\"1400\"/><w:gridCol w:w=\"3400\"/><w:gridCol w:w=\"1400\"/>"
      "<w:gridCol w:w=\"1400\"/></w:tblGrid>" + header + row + "</w:tbl>"
      "<w:p/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";
  return dhr::testing::DocxFixture().Body(body).Bytes();
}

nlohmann::json Data(int rows) {
  static const char* kAgencies[] = {"Police", "GP surgery", "Adult social care", "Probation", "IDVA service"};
  nlohmann::json data;
  data["victim"] = "Adult X";
  nlohmann::json& list = data["chronology"] = nlohmann::json::array();
  for (int i = 0; i < rows; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 15 + i % 8, 1 + i % 12, 1 + i % 28);
    list.push_back({{"date", date},
                    {"agency", kAgencies[i % 5]},
                    {"event", "Contact " + std::to_string(i) + ": Adult X attended & was seen <alone>."},
                    {"source", "Record " + std::to_string(i % 977)},
                    {"action", i % 3 ? "None" : "Referral to MARAC"}});
  }
  return data;
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long PeakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// One measurement in this process; returns a process exit code.
int Measure(int rows, bool through_package) {
  const std::string docx = TemplateDocx();
  const nlohmann::json data = Data(rows);
  const long before = PeakKilobytes();
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = CpuSeconds();
  auto package = dhr::Package::Open(docx);
  if (!package.ok()) return 1;
  size_t size = 0;
  std::string docx_bytes;
  if (through_package) {
    if (!dhr::Fill(*package, data, {}, nullptr).ok()) return 1;
    auto bytes = package->Save();
    if (!bytes.ok()) return 1;
    size = bytes->size();
    docx_bytes = std::move(bytes).value();
  } else {
    auto bytes = dhr::FillToDocx(std::move(package).value(), data, {}, nullptr);
    if (!bytes.ok()) {
      std::fprintf(stderr, "%s\n", bytes.status().Describe().c_str());
      return 1;
    }
    size = bytes->size();
    docx_bytes = std::move(bytes).value();
  }
  const double seconds = Seconds(start);
  const double cpu = CpuSeconds() - cpu_start;
  const long peak = PeakKilobytes();
  auto filled = dhr::ReadArchive(docx_bytes);
  const dhr::ArchiveEntry* document = filled.ok() ? filled->Find("word/document.xml") : nullptr;
  const double xml_bytes = document ? static_cast<double>(document->data.size()) : 0.0;
  std::printf("%-20s %6d rows  %6.3f s (cpu %6.3f s)  %5.2f us/row  xml %5.1f MB  docx %5.2f MB  peak RSS %6.1f MB (data built: %5.1f MB, "
              "fill added %5.1f MB)\n",
              through_package ? "Fill + Package::Save" : "FillToDocx", rows, seconds, cpu, cpu * 1e6 / rows,
              xml_bytes / 1e6, static_cast<double>(size) / 1e6, peak / 1024.0, before / 1024.0, (peak - before) / 1024.0);
  std::fflush(stdout);
  return 0;
}

}  // namespace

// With arguments ("50000", "50000 package"), one measurement in this process (for profilers).
int main(int argc, char** argv) {
  if (argc > 1) return Measure(std::atoi(argv[1]), argc > 2 && std::string(argv[2]) == "package");
  for (bool through_package : {false, true}) {
    for (int rows : {1000, 10000, 50000}) {
      if (through_package && rows > 10000) continue;  // the filled XML tree needs about 20 KB a row
      const pid_t child = fork();
      if (child == 0) _exit(Measure(rows, through_package));
      int status = 0;
      waitpid(child, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) std::printf("%d rows: failed\n", rows);
    }
  }
  return 0;
}
