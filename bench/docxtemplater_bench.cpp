// Benchmark: dhr's fill stage against docxtemplater, the usual JavaScript engine, in one run.
//
// The same template (a heading and a chronology table with seed 004's columns: date from, date
// to, client code, staff code, source, event, seen, action; a header row and one row that repeats
// per item), written twice with each engine's tag syntax, and the same JSON data file of 1,000,
// 10,000 and 50,000 rows. Each side runs as its own process, which reads the template and the
// JSON file, fills the table and writes a deflated .docx:
//   dhr:           this program run again with --dhr (Package::Open, nlohmann::json, FillToDocx);
//   docxtemplater: node bench/docxtemplater/fill.js (PizZip, Docxtemplater.render, generate).
// Reported for each: wall time (the fastest of the repeats, process start included), CPU time,
// peak memory (the largest max RSS of its runs, from wait4) and time per row; then the ratios.
// Both outputs must hold the expected number of rows with the last row's text in place and no
// tag left over, and ours (1,000 rows) must open with python-docx, or the benchmark fails.
// Targets at 50,000 rows: dhr at least 10x faster and at most a third of docxtemplater's peak
// memory; dhr's cost linear in rows (time per row at 50,000 rows within 1.25x of that at 10,000).
// Usage: dhr_docxtemplater_bench [REPEATS]
//        dhr_docxtemplater_bench --dhr TEMPLATE DATA OUT   (one fill, for the measurement)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/scratch_dir.h"
#include "docx/archive.h"
#include "docx/file_io.h"
#include "docx/package.h"
#include "pipeline/fill/fill.h"
#include "tests/docx_fixture.h"

#ifndef DHR_BENCH_DIR
#define DHR_BENCH_DIR "bench"
#endif

namespace {

constexpr const char* kColumns[] = {"date_from", "date_to", "client_code", "staff_code",
                                    "source",    "event",   "seen",        "action"};
constexpr const char* kHeadings[] = {"Date from", "Date to", "Client code", "Staff code",
                                     "Source",    "Event",   "Seen",        "Action"};
constexpr int kWidths[] = {1100, 1100, 1000, 1000, 1300, 3000, 700, 1800};

std::string Run(const std::string& text) {
  return "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string Cell(int width, const std::string& runs) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) +
         "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>" + runs + "</w:p></w:tc>";
}

struct Syntax {
  std::string open, close;       // around a value: "{{" "}}" or "{" "}"
  std::string loop_start, loop_end;  // the whole tags opening and closing the row loop
};

// The template: a heading with the victim's code, then the table. The event tag is split across
// two runs at a spell-check mark, as Word leaves it. The layout is the same for both engines.
std::string TemplateDocx(const Syntax& s) {
  std::string header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>";
  for (int c = 0; c < 8; ++c) header += Cell(kWidths[c], Run(kHeadings[c]));
  header += "</w:tr>";
  std::string row = "<w:tr>";
  for (int c = 0; c < 8; ++c) {
    const std::string column = kColumns[c];
    std::string runs;
    if (column == "event") {
      runs = Run(s.open + "ev") + "<w:proofErr w:type=\"spellStart\"/>" + Run("ent" + s.close) +
             "<w:proofErr w:type=\"spellEnd\"/>";
    } else {
      runs = Run((c == 0 ? s.loop_start : "") + s.open + column + s.close + (c == 7 ? s.loop_end : ""));
    }
    row += Cell(kWidths[c], runs);
  }
  row += "</w:tr>";
  std::string grid;
  for (int w : kWidths) grid += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  const std::string body =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + Run("Combined chronology: " + s.open + "victim" + s.close) +
      "</w:p><w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" +
      grid + "</w:tblGrid>" + header + row + "</w:tbl><w:p/><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
      "<w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\"/></w:sectPr>";
  return dhr::testing::DocxFixture().Body(body).Bytes();
}

std::string EventText(int i) { return "Contact " + std::to_string(i) + ": Adult X attended & was seen <alone>."; }

std::string DataJson(int rows) {
  static const char* kSources[] = {"Police records", "GP records", "Health visiting", "Children's social care",
                                   "IDVA case notes"};
  static const char* kStaff[] = {"PC1", "GP1", "HV1", "SW1", "IDVA1"};
  static const char* kClients[] = {"Adult X", "Adult Y", "Child Z1", "Child Z2"};
  nlohmann::json data;
  data["victim"] = "Adult X";
  nlohmann::json& list = data["chronology"] = nlohmann::json::array();
  for (int i = 0; i < rows; ++i) {
    char from[16], to[16];
    std::snprintf(from, sizeof from, "20%02d-%02d-%02d", 15 + i % 8, 1 + i % 12, 1 + i % 28);
    std::snprintf(to, sizeof to, "20%02d-%02d-%02d", 15 + i % 8, 1 + i % 12, 1 + (i + 3) % 28);
    list.push_back({{"date_from", from},
                    {"date_to", i % 4 ? from : to},
                    {"client_code", kClients[i % 4]},
                    {"staff_code", kStaff[i % 5]},
                    {"source", kSources[i % 5]},
                    {"event", EventText(i)},
                    {"seen", i % 2 ? "Yes" : "No"},
                    {"action", i % 3 ? "None" : "Referral to MARAC; risk assessment (DASH) completed"}});
  }
  return data.dump();
}

// One fill by dhr, in this process: the side measured as "dhr".
int FillWithDhr(const std::string& template_path, const std::string& data_path, const std::string& out_path) {
  auto fail = [](const dhr::Status& status) {
    std::fprintf(stderr, "%s\n", status.Describe().c_str());
    return 2;
  };
  auto template_package = dhr::Package::OpenFile(dhr::Disk(), template_path);
  if (!template_package.ok()) return fail(template_package.status());
  nlohmann::json data;
  {
    auto text = dhr::Disk().Read(data_path);
    if (!text.ok()) return fail(text.status());
    data = nlohmann::json::parse(*text, nullptr, false);
    if (data.is_discarded()) {
      std::fprintf(stderr, "%s: not JSON\n", data_path.c_str());
      return 2;
    }
  }
  auto bytes = dhr::FillToDocx(std::move(template_package).value(), data, {}, nullptr);
  if (!bytes.ok()) return fail(bytes.status());
  const dhr::Status written = dhr::Disk().WriteAtomic(out_path, *bytes);
  return written.ok() ? 0 : fail(written);
}

struct Measure {
  double wall = 1e30;  // seconds, fastest run
  double cpu = 1e30;   // CPU seconds (user + system), fastest run
  long peak_kb = 0;    // largest max RSS of the runs
  bool ok = true;
};

// Runs `argv` as a child process and folds its wall time, CPU time and max RSS into `m`.
void RunChild(const std::vector<std::string>& args, Measure& m) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::fflush(stdout);
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    execvp(argv[0], argv.data());
    std::perror(argv[0]);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "%s failed (status %d)\n", args[0].c_str(), status);
    m.ok = false;
    return;
  }
  const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  m.wall = std::min(m.wall, wall);
  m.cpu = std::min(m.cpu, cpu);
  m.peak_kb = std::max(m.peak_kb, static_cast<long>(usage.ru_maxrss));
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The filled document holds the header row and `rows` rows, the last row's event (escaped) and no
// tag of either syntax.
// `sizes` gets "N MB .docx (M MB XML)".
bool CheckOutput(const char* engine, const std::string& path, int rows, std::string& sizes) {
  auto bytes = dhr::Disk().Read(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s: %s\n", engine, bytes.status().Describe().c_str());
    return false;
  }
  auto archive = dhr::ReadArchive(*bytes);
  const dhr::ArchiveEntry* document = archive.ok() ? archive->Find("word/document.xml") : nullptr;
  if (!document) {
    std::fprintf(stderr, "%s: %s has no word/document.xml\n", engine, path.c_str());
    return false;
  }
  const std::string& xml = document->data;
  char line[64];
  std::snprintf(line, sizeof line, "%.2f MB .docx (%.1f MB XML)", bytes->size() / 1e6, xml.size() / 1e6);
  sizes = line;
  const size_t table_rows = Count(xml, "<w:tr>") + Count(xml, "<w:tr ");
  std::string text;  // the document's text: the XML without its tags (entities left as they are)
  bool in_tag = false;
  for (char c : xml) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) text += c;
  }
  std::string last = EventText(rows - 1);
  last.replace(last.find('&'), 1, "&amp;");
  last.replace(last.find('<'), 1, "&lt;");
  last.replace(last.find('>'), 1, "&gt;");
  const bool ok = table_rows == size_t(rows) + 1 && text.find(last) != std::string::npos &&
                  text.find('{') == std::string::npos && text.find('}') == std::string::npos &&
                  text.find("Combined chronology: Adult X") != std::string::npos;
  if (!ok)
    std::fprintf(stderr, "%s: %s has %zu table rows (expected %d + 1 header), or a tag left, or text missing\n",
                 engine, path.c_str(), table_rows, rows);
  return ok;
}

// python-docx opens the file and finds the table with its rows.
bool OpensWithPythonDocx(const std::string& path, int rows) {
  const std::string command =
      "/usr/bin/python3 -c 'import sys, docx; d = docx.Document(sys.argv[1]); print(len(d.tables[0].rows))' '" + path + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return false;
  char line[256] = {0};
  std::string output;
  while (std::fgets(line, sizeof line, pipe)) output += line;
  const int status = pclose(pipe);
  const bool ok = status == 0 && std::atoi(output.c_str()) == rows + 1;
  std::printf("python-docx opens the dhr output of %d rows: %s (table rows: %s)\n", rows, ok ? "yes" : "NO",
              output.empty() ? "none" : output.substr(0, output.find('\n')).c_str());
  return ok;
}

std::string SelfPath(const char* argv0) {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::string(argv0) : self.string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 5 && std::string(argv[1]) == "--dhr") return FillWithDhr(argv[2], argv[3], argv[4]);
  const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2;

  const std::string peer = std::string(DHR_BENCH_DIR) + "/docxtemplater";
  if (!std::filesystem::exists(peer + "/node_modules/docxtemplater/package.json")) {
    std::fprintf(stderr, "docxtemplater is not installed in %s/node_modules: bench/run.sh installs it\n", peer.c_str());
    return 2;
  }
  const dhr::bench::ScratchDir scratch("dhr-docxtemplater-bench");
  if (!scratch.ok()) return 2;
  const std::string& folder = scratch.path();

  const std::string ours_template = folder + "/template-dhr.docx";
  const std::string their_template = folder + "/template-docxtemplater.docx";
  if (!dhr::Disk().WriteAtomic(ours_template, TemplateDocx({"{{", "}}", "{{#each chronology}}", "{{/each}}"})).ok() ||
      !dhr::Disk().WriteAtomic(their_template, TemplateDocx({"{", "}", "{#chronology}", "{/chronology}"})).ok()) {
    std::fprintf(stderr, "cannot write the templates in %s\n", folder.c_str());
    return 2;
  }
  const std::string self = SelfPath(argv[0]);

  std::printf("%6s | %-39s | %-39s | %s\n", "rows", "dhr (FillToDocx)", "docxtemplater (node)", "docxtemplater / dhr");
  std::printf("%6s | %8s %8s %9s %10s | %8s %8s %9s %10s | %6s %6s %6s\n", "", "wall s", "cpu s", "peak MB", "us/row",
              "wall s", "cpu s", "peak MB", "us/row", "wall", "cpu", "memory");
  bool ok = true;
  double ours_per_row_10k = 0, ours_per_row_50k = 0, speedup_50k = 0, memory_50k = 0;
  for (int rows : {1000, 10000, 50000}) {
    const std::string data = folder + "/data-" + std::to_string(rows) + ".json";
    if (!dhr::Disk().WriteAtomic(data, DataJson(rows)).ok()) return 2;
    const std::string ours_out = folder + "/dhr-" + std::to_string(rows) + ".docx";
    const std::string their_out = folder + "/docxtemplater-" + std::to_string(rows) + ".docx";
    Measure ours, theirs;
    for (int r = 0; r < repeats; ++r) {
      RunChild({self, "--dhr", ours_template, data, ours_out}, ours);
      RunChild({"node", peer + "/fill.js", their_template, data, their_out}, theirs);
    }
    std::string ours_size, their_size;
    if (!ours.ok || !theirs.ok) {
      ok = false;
      break;
    }
    const bool ours_right = CheckOutput("dhr", ours_out, rows, ours_size);
    const bool theirs_right = CheckOutput("docxtemplater", their_out, rows, their_size);
    ok = ok && ours_right && theirs_right;
    std::printf("%6d | %8.3f %8.3f %9.1f %10.2f | %8.3f %8.3f %9.1f %10.2f | %5.1fx %5.1fx %5.1fx\n", rows,
                ours.wall, ours.cpu, ours.peak_kb / 1024.0, ours.wall * 1e6 / rows, theirs.wall, theirs.cpu,
                theirs.peak_kb / 1024.0, theirs.wall * 1e6 / rows, theirs.wall / ours.wall, theirs.cpu / ours.cpu,
                double(theirs.peak_kb) / double(ours.peak_kb));
    std::printf("%6s   outputs (rows, last row, no tag left): dhr %s %s, docxtemplater %s %s\n", "",
                ours_right ? "right," : "WRONG", ours_size.c_str(), theirs_right ? "right," : "WRONG",
                their_size.c_str());
    std::fflush(stdout);
    if (rows == 1000) ok = OpensWithPythonDocx(ours_out, rows) && ok;
    if (rows == 10000) ours_per_row_10k = ours.wall / rows;
    if (rows == 50000) {
      ours_per_row_50k = ours.wall / rows;
      speedup_50k = theirs.wall / ours.wall;
      memory_50k = double(ours.peak_kb) / double(theirs.peak_kb);
    }
  }
  if (!ok) {
    std::printf("FAILED: a fill failed or an output is not what was asked for (see above)\n");
    return 1;
  }
  const double linearity = ours_per_row_50k / ours_per_row_10k;
  std::printf("at 50,000 rows: dhr %.1fx faster (target >= 10), %.2f of docxtemplater's peak memory (target <= 0.33)\n",
              speedup_50k, memory_50k);
  std::printf("dhr time per row, 50,000 vs 10,000 rows: %.2f (linear: target <= 1.25)\n", linearity);
  return speedup_50k >= 10 && memory_50k <= 1.0 / 3 && linearity <= 1.25 ? 0 : 1;
}
