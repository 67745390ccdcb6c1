#include "pipeline/chronology/chronology.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "pipeline/chronology/rows.h"

namespace dhr {
namespace {

std::string ColumnLabel(const ChronologyProblem& p) {
  if (p.column <= 0) return p.column_name.empty() ? "" : "column " + p.column_name;
  std::string label;
  if (p.spreadsheet) {
    for (int n = p.column; n > 0; n = (n - 1) / 26) label.insert(label.begin(), static_cast<char>('A' + (n - 1) % 26));
  } else {
    label = std::to_string(p.column);
  }
  return "column " + label + (p.column_name.empty() ? "" : " (" + p.column_name + ")");
}

// The text of an event as compared for duplicates: case and runs of spaces do not count.
std::string EventKey(const std::string& event) {
  std::string key;
  bool space = false;
  for (unsigned char c : event) {
    if (std::isspace(c)) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += static_cast<char>(std::tolower(c));
  }
  return key;
}

void ReportDuplicates(const std::vector<ChronologyEntry>& entries, std::vector<ChronologyProblem>& errors) {
  std::map<std::tuple<std::string, Date, std::string>, const ChronologyEntry*> seen;
  for (const ChronologyEntry& e : entries) {
    auto [at, fresh] = seen.emplace(std::make_tuple(e.agency, e.from.date, EventKey(e.event)), &e);
    if (fresh) continue;
    const ChronologyEntry& first = *at->second;
    ChronologyProblem p;
    p.id = "chronology.duplicate";
    p.file = e.file;
    p.row = e.row;
    p.message = "the same contact twice: " + e.agency + " already reports this event on " + e.from.Text() +
                " (" + (first.file == e.file ? "" : first.file + ", ") + "row " + std::to_string(first.row) +
                "); remove one of them";
    errors.push_back(std::move(p));
  }
}

std::vector<AgencyYearCount> Counts(const std::vector<ChronologyEntry>& entries,
                                    const std::vector<std::string>& agencies) {
  std::map<std::pair<size_t, int>, AgencyYearCount> counts;
  std::map<std::string, size_t> order;
  for (size_t i = 0; i < agencies.size(); ++i) order[agencies[i]] = i;
  for (const ChronologyEntry& e : entries) {
    AgencyYearCount& c = counts[{order[e.agency], e.from.date.year}];
    c.agency = e.agency;
    c.year = e.from.date.year;
    ++c.contacts;
    c.seen += e.seen.value_or(false);
  }
  std::vector<AgencyYearCount> out;
  for (auto& [key, c] : counts) out.push_back(std::move(c));
  return out;
}

}  // namespace

std::string ChronologyProblem::Describe() const {
  std::string place = file;
  if (row > 0) place += ": row " + std::to_string(row);
  if (const std::string column_label = ColumnLabel(*this); !column_label.empty())
    place += (row > 0 ? ", " : ": ") + column_label;
  return place + ": " + message;
}

ChronologyReading ReadChronology(const std::vector<ChronologyFile>& files, const ChronologyRules& rules) {
  ChronologyReading reading;
  std::vector<ChronologyEntry> entries;
  for (const ChronologyFile& file : files) {
    auto table = ReadTable(file.bytes, file.name, rules.table);
    if (!table.ok()) {
      ChronologyProblem p;
      p.id = table.status().id();
      p.file = file.name;
      const std::string described = table.status().Describe();
      p.message = described.rfind(file.name + ": ", 0) == 0 ? described.substr(file.name.size() + 2) : described;
      reading.errors.push_back(std::move(p));
      continue;
    }
    RowReader reader(file.name, *table, rules);
    for (auto& e : reader.errors()) reading.errors.push_back(std::move(e));
    for (auto& w : reader.warnings()) reading.chronology.warnings.push_back(std::move(w));
    entries.reserve(entries.size() + reader.entries().size());
    for (auto& e : reader.entries()) entries.push_back(std::move(e));
  }
  ReportDuplicates(entries, reading.errors);

  Chronology& c = reading.chronology;
  // File order within a day and agency is the agency's own order.
  std::stable_sort(entries.begin(), entries.end(), [](const ChronologyEntry& a, const ChronologyEntry& b) {
    return std::tie(a.from.date, a.agency) < std::tie(b.from.date, b.agency);
  });
  for (const ChronologyEntry& e : entries)
    if (std::find(c.agencies.begin(), c.agencies.end(), e.agency) == c.agencies.end()) c.agencies.push_back(e.agency);
  c.counts = Counts(entries, c.agencies);
  c.entries = std::move(entries);
  return reading;
}

Result<Chronology> BuildChronology(const std::vector<ChronologyFile>& files, const ChronologyRules& rules) {
  ChronologyReading reading = ReadChronology(files, rules);
  if (reading.errors.empty()) return std::move(reading.chronology);
  std::string message;
  for (const ChronologyProblem& p : reading.errors) message += p.Describe() + "\n";
  message.pop_back();
  const ChronologyProblem& first = reading.errors.front();
  Location where = InFile(first.file);
  return Status::Error("chronology.invalid", message, where);
}

Result<std::vector<ChronologyFile>> ChronologyFolderFiles(FileSystem& fs, const std::string& folder) {
  auto listed = fs.ListFiles(folder);
  if (!listed.ok())
    return Status::Error("chronology.folder", "cannot read the chronology folder", InFile(folder));
  std::vector<std::string> names;
  for (const std::string& name : *listed)
    if (IsChronologyFileName(name)) names.push_back(name);
  if (names.empty())
    return Status::Error("chronology.no_files",
                         "the folder holds no agency chronology (.xlsx, .csv or .docx files)", InFile(folder));
  std::sort(names.begin(), names.end());
  std::vector<ChronologyFile> files;
  for (const std::string& name : names) {
    const std::string path = folder + (folder.empty() || folder.back() == '/' ? "" : "/") + name;
    auto bytes = fs.Read(path);
    if (!bytes.ok()) return bytes.status();
    files.push_back({path, std::move(bytes).value()});
  }
  return files;
}

nlohmann::json ChronologyData(const Chronology& chronology) { return ChronologyData(Chronology(chronology)); }

const std::vector<std::string>& ChronologyRowFields() {
  static const std::vector<std::string> fields = {"date",       "date_to", "approximate", "agency", "codes",
                                                  "staff_code", "source",  "event",       "seen",   "action"};
  return fields;
}

nlohmann::json ChronologyData(Chronology&& chronology) {
  nlohmann::json data = nlohmann::json::object();
  nlohmann::json rows = nlohmann::json::array();
  rows.get_ref<nlohmann::json::array_t&>().reserve(chronology.entries.size());
  for (ChronologyEntry& e : chronology.entries) {
    std::string codes;
    for (const std::string& code : e.client_codes) codes += (codes.empty() ? "" : "; ") + code;
    // A table's row (fill/data_scope.h): the values in ChronologyRowFields' order.
    nlohmann::json row = nlohmann::json::array();
    nlohmann::json::array_t& values = row.get_ref<nlohmann::json::array_t&>();
    values.reserve(ChronologyRowFields().size());
    values.emplace_back(e.from.Text());
    values.emplace_back(e.to ? e.to->Text() : std::string());
    values.emplace_back(e.from.approximate || (e.to && e.to->approximate));
    values.emplace_back(std::move(e.agency));
    values.emplace_back(std::move(codes));
    values.emplace_back(std::move(e.staff_code));
    values.emplace_back(std::move(e.source));
    values.emplace_back(std::move(e.event));
    values.emplace_back(e.seen ? (*e.seen ? "Yes" : "No") : "");
    values.emplace_back(std::move(e.action));
    rows.push_back(std::move(row));
  }
  data["rows"] = std::move(rows);
  nlohmann::json counts = nlohmann::json::array();
  std::map<std::string, std::pair<int, int>> totals;
  int all_contacts = 0, all_seen = 0;
  for (const AgencyYearCount& c : chronology.counts) {
    counts.push_back({{"agency", c.agency}, {"year", c.year}, {"contacts", c.contacts}, {"seen", c.seen}});
    totals[c.agency].first += c.contacts;
    totals[c.agency].second += c.seen;
    all_contacts += c.contacts;
    all_seen += c.seen;
  }
  data["counts"] = std::move(counts);
  nlohmann::json agency_totals = nlohmann::json::array();
  for (const std::string& agency : chronology.agencies)
    agency_totals.push_back(
        {{"agency", agency}, {"contacts", totals[agency].first}, {"seen", totals[agency].second}});
  data["totals"] = std::move(agency_totals);
  data["total"] = {{"contacts", all_contacts}, {"seen", all_seen}};
  data["agencies"] = chronology.agencies;
  data["first_date"] = chronology.entries.empty() ? "" : chronology.entries.front().from.Text();
  data["last_date"] = chronology.entries.empty() ? "" : chronology.entries.back().from.Text();
  return data;
}

}  // namespace dhr
