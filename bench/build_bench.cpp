// Benchmark: the commands users run on a long review, against docxtemplater, in one run.
//
// The bundled example case (examples/adult-x-review) with one more agency chronology of N rows
// (N = 1,000, 10,000, 50,000; rows as tests/chronology_cli_test.cpp writes them), and, for the
// peer, a template holding the overview report's chronology table (six columns: date, agency,
// codes, event, seen, action; a header row and one row repeated per item, in the report's layout)
// with docxtemplater's tags, and a JSON file of the same N rows. Each command is its own process,
// measured from outside (wall time, CPU time and max RSS from wait4), the fastest of the repeats
// (three times as many below 50,000 rows: the cost per row divides small differences of CPU time,
// and a shared machine's slow run at 1,000 rows alone had moved it by half), the order of the
// commands turning by one from repeat to repeat:
//   dhr build CASE --stage draft | submission | publication      (all four documents)
//   dhr publish DRAFT/overview-report.docx --case CASE -o OUT     (the draft report's public copy)
//   dhr scan PUBLIC/overview-report.docx --case CASE --publication
//   node bench/docxtemplater/fill.js TEMPLATE DATA OUT            (docxtemplater 3.71.0, PizZip)
// Each output is checked (the last row's event in the report, nothing left of the tags; the scan
// finds nothing in the public copy), or the benchmark fails.
// Targets at 50,000 rows: the draft within a third of docxtemplater's time and half its peak
// memory; the publication within 1.5 times its time and no more memory; the cost of a row flat:
// for every command, CPU time per added row from 10,000 to 50,000 rows within 1.25 times that
// from 1,000 to 10,000. Each target is printed as a line "@target NAME | MEASURED | GOAL | met"
// (or MISSED), which bench/run.sh gathers into its summary.
// Usage: dhr_build_bench [REPEATS [ROWS...]]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/scratch_dir.h"
#include "docx/archive.h"
#include "docx/file_io.h"
#include "tests/docx_fixture.h"

#ifndef DHR_SOURCE_DIR
#define DHR_SOURCE_DIR "."
#endif

namespace {

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string RowDate(int i) {
  return std::to_string(1 + i % 28) + " " + kMonths[(i / 28) % 12] + " " + std::to_string(2019 + (i / 336) % 3);
}
std::string RowEvent(int i) { return "Routine welfare contact number " + std::to_string(i) + " with no concerns raised."; }

// The agency file added to the example case: N rows of the Westshire Police.
std::string ChronologyCsv(int rows) {
  std::string csv = "Agency,Date from,Date to,Client code,Staff code,Source of information,Event,Client seen,Action\n";
  for (int i = 0; i < rows; ++i)
    csv += "Westshire Police," + RowDate(i) + "," + RowDate(i) + ",Adult X,PO1,Incident log," + RowEvent(i) + ",Yes,None.\n";
  return csv;
}

// The same rows as the report shows them, for docxtemplater.
std::string DataJson(int rows) {
  nlohmann::json data;
  nlohmann::json& list = data["chronology"] = nlohmann::json::array();
  for (int i = 0; i < rows; ++i)
    list.push_back({{"date", RowDate(i)},
                    {"agency", "Westshire Police"},
                    {"codes", "Adult X"},
                    {"event", RowEvent(i)},
                    {"seen", "Yes"},
                    {"action", "None."}});
  return data.dump();
}

std::string Cell(int width, const std::string& style, const std::string& text) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"" +
         style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:tc>";
}

// The overview report's chronology table (templates/overview-report) with docxtemplater's tags.
std::string PeerTemplate() {
  constexpr int kWidths[] = {1700, 2400, 1800, 5570, 900, 2200};
  constexpr const char* kHeadings[] = {"Date", "Agency", "Codes", "Event", "Seen", "Action or outcome"};
  constexpr const char* kTags[] = {"{#chronology}{date}", "{agency}", "{codes}", "{event}", "{seen}", "{action}{/chronology}"};
  std::string header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>";
  std::string row = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
  std::string grid;
  for (int c = 0; c < 6; ++c) {
    header += Cell(kWidths[c], "TableHeading", kHeadings[c]);
    row += Cell(kWidths[c], "TableText", kTags[c]);
    grid += "<w:gridCol w:w=\"" + std::to_string(kWidths[c]) + "\"/>";
  }
  header += "</w:tr>";
  const std::string body =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Combined chronology</w:t></w:r></w:p>"
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" +
      grid + "</w:tblGrid>" + header + row + "</w:tr></w:tbl><w:p/>";
  return dhr::testing::DocxFixture().Body(body).Bytes();
}

struct Measure {
  double wall = 1e30;  // seconds, fastest run
  double cpu = 1e30;   // user + system seconds, fastest run
  long peak_kb = 0;    // largest max RSS of the runs
  bool ok = true;
};

// Runs `args` as a child process (output to `log`) and folds its costs into `m`.
void RunChild(const std::vector<std::string>& args, const std::string& log, Measure& m) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::fflush(stdout);
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    if (!std::freopen(log.c_str(), "w", stdout) || !std::freopen(log.c_str(), "a", stderr)) _exit(126);
    execvp(argv[0], argv.data());
    std::perror(argv[0]);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string command;
    for (const std::string& a : args) command += a + " ";
    std::fprintf(stderr, "failed (status %d): %s; its output is in %s:\n", status, command.c_str(), log.c_str());
    if (auto text = dhr::Disk().Read(log); text.ok()) std::fprintf(stderr, "%s\n", text->substr(0, 2000).c_str());
    m.ok = false;
    return;
  }
  const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  m.wall = std::min(m.wall, wall);
  m.cpu = std::min(m.cpu, cpu);
  m.peak_kb = std::max(m.peak_kb, static_cast<long>(usage.ru_maxrss));
}

// The text of a .docx's main part (tags dropped, entities left), or "" when it cannot be read.
std::string DocumentText(const std::string& path) {
  auto bytes = dhr::Disk().Read(path);
  if (!bytes.ok()) return {};
  dhr::ArchiveLimits limits;
  limits.max_ratio = ~0ull;  // our own output: any compression ratio
  auto archive = dhr::ReadArchive(*bytes, limits);
  const dhr::ArchiveEntry* document = archive.ok() ? archive->Find("word/document.xml") : nullptr;
  if (!document) return {};
  std::string text;
  bool in_tag = false;
  for (char c : document->data) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) text += c;
  }
  return text;
}

bool HoldsLastRow(const char* what, const std::string& path, int rows) {
  const std::string text = DocumentText(path);
  const bool ok = text.find(RowEvent(rows - 1)) != std::string::npos && text.find("{{") == std::string::npos &&
                  text.find("{#") == std::string::npos;
  if (!ok) std::fprintf(stderr, "%s: %s lacks the last row's event, or holds a tag\n", what, path.c_str());
  return ok;
}

std::string SelfDir(const char* argv0) {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return (error ? std::filesystem::path(argv0) : self).parent_path().string();
}

const std::vector<std::string> kCommands = {"draft", "submission", "publication", "publish", "scan"};

struct Row {
  int rows = 0;
  std::map<std::string, Measure> dhr;
  Measure peer;
};

void Target(const std::string& name, double measured, const char* format, double goal, bool at_most, bool& all) {
  const bool met = at_most ? measured <= goal : measured >= goal;
  all = all && met;
  char value[32], target[32];
  std::snprintf(value, sizeof value, format, measured);
  std::snprintf(target, sizeof target, format, goal);
  std::printf("@target %s | %s | %s | %s\n", name.c_str(), value, target, met ? "met" : "MISSED");
}

}  // namespace

int main(int argc, char** argv) {
  const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2;
  std::vector<int> sizes;
  for (int i = 2; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
  if (sizes.empty()) sizes = {1000, 10000, 50000};

  const std::string source = DHR_SOURCE_DIR;
  const std::string peer = source + "/bench/docxtemplater";
  const std::string dhr = SelfDir(argv[0]) + "/dhr";
  if (!std::filesystem::exists(peer + "/node_modules/docxtemplater/package.json")) {
    std::fprintf(stderr, "docxtemplater is not installed in %s/node_modules: bench/run.sh installs it\n", peer.c_str());
    return 2;
  }
  if (!std::filesystem::exists(dhr)) {
    std::fprintf(stderr, "no dhr beside this benchmark (%s)\n", dhr.c_str());
    return 2;
  }
  const dhr::bench::ScratchDir scratch("dhr-build-bench");
  if (!scratch.ok()) return 2;
  const std::string folder = scratch.path();
  const std::string peer_template = folder + "/template-docxtemplater.docx";
  if (!dhr::Disk().WriteAtomic(peer_template, PeerTemplate()).ok()) return 2;

  std::printf("Each cell: wall s / CPU s / peak MB, the fastest of %d runs (%d below 50,000 rows); "
              "[x] = dhr / docxtemplater (wall, peak)\n",
              repeats, 3 * repeats);
  std::printf("%6s | %-22s | %-36s | %-36s | %-36s | %-22s | %-22s\n", "rows", "docxtemplater", "dhr build draft",
              "dhr build submission", "dhr build publication", "dhr publish", "dhr scan");
  std::vector<Row> table;
  bool ok = true;
  for (int rows : sizes) {
    Row row;
    row.rows = rows;
    const std::string n = std::to_string(rows);
    const std::string case_dir = folder + "/case-" + n;
    std::filesystem::copy(source + "/examples/adult-x-review", case_dir, std::filesystem::copy_options::recursive);
    std::filesystem::remove_all(case_dir + "/out");
    if (!dhr::Disk().WriteAtomic(case_dir + "/chronology/long-police.csv", ChronologyCsv(rows)).ok()) return 2;
    const std::string data = folder + "/data-" + n + ".json";
    if (!dhr::Disk().WriteAtomic(data, DataJson(rows)).ok()) return 2;
    const std::string log = folder + "/log.txt";
    const std::string peer_out = folder + "/docxtemplater-" + n + ".docx";
    const std::string public_copy = folder + "/public-" + n + ".docx";
    const int runs = rows < 50000 ? 3 * repeats : repeats;
    // The six commands, in the order a user runs them (publish reads the draft, the scan reads
    // publish's copy). A process that follows docxtemplater's (290 MB at 50,000 rows, given back
    // as it exits) starts slower, so the order turns by one each run after the first: no command
    // always runs in that place. Outputs are the same every run, so a later run may read the one
    // an earlier run wrote.
    std::vector<std::function<void()>> steps;
    steps.push_back([&] { RunChild({"node", peer + "/fill.js", peer_template, data, peer_out}, log, row.peer); });
    for (const char* stage : {"draft", "submission", "publication"}) {
      steps.push_back([&, stage] {
        const std::string out = folder + "/" + stage + "-" + n;
        std::filesystem::remove_all(out);
        RunChild({dhr, "build", case_dir, "--stage", stage, "--out", out}, log, row.dhr[stage]);
      });
    }
    steps.push_back([&] {
      std::filesystem::remove(public_copy);
      RunChild({dhr, "publish", folder + "/draft-" + n + "/overview-report.docx", "--case", case_dir, "-o", public_copy},
               log, row.dhr["publish"]);
    });
    steps.push_back([&] { RunChild({dhr, "scan", public_copy, "--case", case_dir, "--publication"}, log, row.dhr["scan"]); });
    for (int r = 0; r < runs; ++r)
      for (size_t k = 0; k < steps.size(); ++k) steps[(k + static_cast<size_t>(r)) % steps.size()]();
    bool right = row.peer.ok && HoldsLastRow("docxtemplater", peer_out, rows);
    for (const std::string& command : kCommands) right = right && row.dhr[command].ok;
    for (const char* stage : {"draft", "submission", "publication"})
      right = right && HoldsLastRow(stage, folder + "/" + stage + "-" + n + "/overview-report.docx", rows);
    right = right && HoldsLastRow("publish", public_copy, rows);
    ok = ok && right;
    auto cell = [&](const Measure& m, bool ratios) {
      char text[96];
      if (ratios)
        std::snprintf(text, sizeof text, "%6.2f %6.2f %6.0f [%4.2f %4.2f]", m.wall, m.cpu, m.peak_kb / 1024.0,
                      m.wall / row.peer.wall, double(m.peak_kb) / double(row.peer.peak_kb));
      else
        std::snprintf(text, sizeof text, "%6.2f %6.2f %6.0f", m.wall, m.cpu, m.peak_kb / 1024.0);
      return std::string(text);
    };
    std::printf("%6d | %-22s | %-36s | %-36s | %-36s | %-22s | %-22s%s\n", rows, cell(row.peer, false).c_str(),
                cell(row.dhr["draft"], true).c_str(), cell(row.dhr["submission"], true).c_str(),
                cell(row.dhr["publication"], true).c_str(), cell(row.dhr["publish"], false).c_str(),
                cell(row.dhr["scan"], false).c_str(), right ? "" : "  (an output is WRONG: see above)");
    table.push_back(std::move(row));
  }
  if (!ok) {
    std::printf("FAILED: a command failed or an output is not what was asked for (see above)\n");
    return 1;
  }
  bool all = true;
  const Row& last = table.back();
  if (last.rows == 50000) {
    Target("draft time at 50,000 rows / docxtemplater's", last.dhr.at("draft").wall / last.peer.wall, "%.2f", 1.0 / 3,
           true, all);
    Target("draft peak memory at 50,000 rows / docxtemplater's", double(last.dhr.at("draft").peak_kb) / last.peer.peak_kb,
           "%.2f", 0.5, true, all);
    Target("publication time at 50,000 rows / docxtemplater's", last.dhr.at("publication").wall / last.peer.wall,
           "%.2f", 1.5, true, all);
    Target("publication peak memory at 50,000 rows / docxtemplater's",
           double(last.dhr.at("publication").peak_kb) / last.peer.peak_kb, "%.2f", 1.0, true, all);
  }
  if (table.size() == 3) {
    for (const std::string& command : kCommands) {
      const double a = table[0].dhr.at(command).cpu, b = table[1].dhr.at(command).cpu, c = table[2].dhr.at(command).cpu;
      const double early = (b - a) / (table[1].rows - table[0].rows), late = (c - b) / (table[2].rows - table[1].rows);
      std::printf("%s: CPU per added row %.1f us (%d to %d rows), %.1f us (%d to %d rows)\n", command.c_str(),
                  early * 1e6, table[0].rows, table[1].rows, late * 1e6, table[1].rows, table[2].rows);
      Target("cost per row flat, " + command + " (late / early CPU per added row)", late / std::max(early, 1e-9),
             "%.2f", 1.25, true, all);
    }
  }
  return all ? 0 : 1;
}
