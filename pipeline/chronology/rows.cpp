// Header matching and the conversion of table rows into entries, with the checks of one row.
#include "pipeline/chronology/rows.h"

#include <algorithm>

#include "pipeline/chronology/uk_date.h"

namespace dhr {
namespace {

// "Date  from", "DATE_FROM", "Date from:" -> "datefrom".
std::string HeadingKey(std::string_view heading) {
  std::string key;
  for (unsigned char c : heading)
    if (std::isalnum(c)) key += static_cast<char>(std::tolower(c));
  return key;
}

std::optional<Column> ColumnOfHeading(std::string_view heading) {
  static const std::vector<std::pair<const char*, Column>> kNames = {
      {"agency", Column::kAgency},           {"agencyname", Column::kAgency},
      {"organisation", Column::kAgency},     {"datefrom", Column::kDateFrom},
      {"date", Column::kDateFrom},           {"from", Column::kDateFrom},
      {"startdate", Column::kDateFrom},      {"datestart", Column::kDateFrom},
      {"dateto", Column::kDateTo},           {"to", Column::kDateTo},
      {"enddate", Column::kDateTo},          {"dateend", Column::kDateTo},
      {"clientcode", Column::kClientCode},   {"clientcodes", Column::kClientCode},
      {"client", Column::kClientCode},       {"staffcode", Column::kStaffCode},
      {"staff", Column::kStaffCode},         {"staffcodes", Column::kStaffCode},
      {"sourceofinformation", Column::kSource}, {"source", Column::kSource},
      {"informationsource", Column::kSource}, {"event", Column::kEvent},
      {"events", Column::kEvent},            {"eventdetails", Column::kEvent},
      {"clientseen", Column::kSeen},         {"seen", Column::kSeen},
      {"action", Column::kAction},           {"actiontaken", Column::kAction},
      {"actions", Column::kAction},
  };
  const std::string key = HeadingKey(heading);
  for (const auto& [name, column] : kNames)
    if (key == name) return column;
  return std::nullopt;
}

std::string Trimmed(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string AgencyFromFileName(const std::string& path) {
  std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  base = base.substr(0, base.rfind('.'));
  std::string out;
  bool word_start = true;
  for (char c : base) {
    if (c == '-' || c == '_' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      word_start = true;
      continue;
    }
    out += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    word_start = false;
  }
  return Trimmed(out);
}

std::optional<std::optional<bool>> ParseSeen(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  text = Trimmed(text);
  if (text.empty() || text == "n/a" || text == "not known" || text == "unknown")
    return std::optional<std::optional<bool>>(std::in_place, std::nullopt);
  for (const char* yes : {"yes", "y", "true", "seen", "seen in person"})
    if (text == yes) return std::optional<bool>(true);
  for (const char* no : {"no", "n", "false", "not seen"})
    if (text == no) return std::optional<bool>(false);
  return std::nullopt;
}

}  // namespace

bool LooksLikeChronologyHeader(const TableRow& row) {
  bool date = false, event = false;
  for (const TableCell& cell : row.cells) {
    const auto column = ColumnOfHeading(cell.text);
    date |= column == Column::kDateFrom;
    event |= column == Column::kEvent;
  }
  return date && event;
}

const char* ColumnTitle(Column column) {
  switch (column) {
    case Column::kAgency: return "Agency";
    case Column::kDateFrom: return "Date from";
    case Column::kDateTo: return "Date to";
    case Column::kClientCode: return "Client code";
    case Column::kStaffCode: return "Staff code";
    case Column::kSource: return "Source of information";
    case Column::kEvent: return "Event";
    case Column::kSeen: return "Client seen";
    case Column::kAction: return "Action";
  }
  return "";
}

void RowReader::Problem(const TableRow& row, std::optional<Column> column, std::string id, std::string message,
                        bool warning) {
  ChronologyProblem p;
  p.id = std::move(id);
  p.file = file_;
  p.row = row.number;
  p.spreadsheet = spreadsheet_;
  if (column) {
    const auto at = columns_.find(*column);
    if (at != columns_.end()) {
      p.column = at->second.index + 1;
      p.column_name = at->second.heading;
    } else {
      p.column_name = ColumnTitle(*column);
    }
  }
  p.message = std::move(message);
  p.warning = warning;
  (warning ? warnings_ : errors_).push_back(std::move(p));
}

RowReader::RowReader(std::string file, const Table& table, const ChronologyRules& rules)
    : file_(std::move(file)), rules_(rules), spreadsheet_(table.spreadsheet) {
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (!LooksLikeChronologyHeader(table.rows[r])) continue;
    header_row_ = static_cast<int>(r);
    const TableRow& header = table.rows[r];
    for (size_t c = 0; c < header.cells.size(); ++c) {
      const auto column = ColumnOfHeading(header.cells[c].text);
      if (column && !columns_.count(*column)) columns_[*column] = {c, Trimmed(header.cells[c].text)};
    }
    break;
  }
  if (header_row_ < 0) {
    ChronologyProblem p;
    p.id = "chronology.no_headings";
    p.file = file_;
    p.message = "no row of headings found: the chronology needs at least \"Date from\" and \"Event\" columns, "
                "with \"Source of information\", \"Client code\", \"Client seen\" and the others beside them";
    errors_.push_back(std::move(p));
    return;
  }
  // A form's header fields above the headings ("Agency:" and the agency beside it, as the return
  // form of seed 004 Template 20 has) name the agency of rows whose Agency cell is blank.
  for (int r = 0; r < header_row_ && header_agency_.empty(); ++r) {
    const std::vector<TableCell>& cells = table.rows[r].cells;
    for (size_t c = 0; c + 1 < cells.size() && header_agency_.empty(); ++c) {
      if (ColumnOfHeading(cells[c].text) != Column::kAgency) continue;
      for (size_t v = c + 1; v < cells.size() && header_agency_.empty(); ++v) header_agency_ = Trimmed(cells[v].text);
    }
  }
  for (Column required : {Column::kSource}) {
    if (columns_.count(required)) continue;
    ChronologyProblem p;
    p.id = "chronology.missing_column";
    p.file = file_;
    p.row = table.rows[header_row_].number;
    p.message = std::string("the headings have no \"") + ColumnTitle(required) + "\" column";
    errors_.push_back(std::move(p));
  }
  for (size_t r = header_row_ + 1; r < table.rows.size(); ++r) ReadRow(table.rows[r]);
}

std::string RowReader::Cell(const TableRow& row, Column column) const {
  const auto at = columns_.find(column);
  if (at == columns_.end() || at->second.index >= row.cells.size()) return {};
  return Trimmed(row.cells[at->second.index].text);
}

const TableCell* RowReader::RawCell(const TableRow& row, Column column) const {
  const auto at = columns_.find(column);
  if (at == columns_.end() || at->second.index >= row.cells.size()) return nullptr;
  return &row.cells[at->second.index];
}

std::optional<ChronologyDate> RowReader::DateOf(const TableRow& row, Column column) {
  const TableCell* cell = RawCell(row, column);
  if (cell && cell->date) return ChronologyDate{*cell->date, false};
  auto date = ParseUkDate(cell ? cell->text : std::string());
  if (!date.ok()) {
    if (column == Column::kDateTo && date.status().id() == "chronology.missing_date") return std::nullopt;
    std::string quoted = "\"";
    if (cell) quoted += Trimmed(cell->text);
    quoted += "\": ";
    quoted += date.status().message();
    Problem(row, column, date.status().id(),
            date.status().id() == "chronology.missing_date"
                ? "the date is missing: every contact needs the date it happened (\"?22 May 2016\" when uncertain)"
                : quoted);
    return std::nullopt;
  }
  return *date;
}

void RowReader::ReadRow(const TableRow& row) {
  bool blank = true;
  for (const TableCell& cell : row.cells) blank = blank && Trimmed(cell.text).empty();
  if (blank) return;
  const size_t errors_before = errors_.size();

  ChronologyEntry entry;
  entry.file = file_;
  entry.row = row.number;
  entry.agency = Cell(row, Column::kAgency);
  if (entry.agency.empty()) entry.agency = header_agency_.empty() ? AgencyFromFileName(file_) : header_agency_;
  const auto from = DateOf(row, Column::kDateFrom);
  const auto to = DateOf(row, Column::kDateTo);
  if (from) entry.from = *from;
  if (to && !(from && to->date == from->date && to->approximate == from->approximate)) entry.to = *to;
  if (from && to && to->date < from->date)
    Problem(row, Column::kDateTo, "chronology.date_order",
            "\"Date to\" (" + to->Text() + ") is before \"Date from\" (" + from->Text() + ")");

  entry.source = Cell(row, Column::kSource);
  entry.event = Cell(row, Column::kEvent);
  entry.staff_code = Cell(row, Column::kStaffCode);
  entry.action = Cell(row, Column::kAction);
  if (entry.source.empty())
    Problem(row, Column::kSource, "chronology.missing_source",
            "the source of information is missing: say which record this contact comes from");
  if (entry.event.empty())
    Problem(row, Column::kEvent, "chronology.missing_event", "the event is missing: say what happened");

  const std::string codes = Cell(row, Column::kClientCode);
  size_t start = 0;
  while (start <= codes.size()) {
    size_t end = codes.find_first_of(";,\n", start);
    if (end == std::string::npos) end = codes.size();
    const std::string code = Trimmed(std::string_view(codes).substr(start, end - start));
    if (!code.empty()) {
      if (!rules_.client_codes.empty() && !rules_.client_codes.count(code))
        Problem(row, Column::kClientCode, "chronology.unknown_code",
                "\"" + code + "\" is not the code of anyone in the case (the case's codes: " + KnownCodes() + ")");
      entry.client_codes.push_back(code);
    }
    start = end + 1;
  }

  const std::string seen = Cell(row, Column::kSeen);
  const auto parsed_seen = ParseSeen(seen);
  if (!parsed_seen)
    Problem(row, Column::kSeen, "chronology.bad_seen", "\"" + seen + "\": write Yes or No (or leave it empty)");
  else
    entry.seen = *parsed_seen;

  if (from && (rules_.scope_from || rules_.scope_to)) {
    const Date last = entry.to ? entry.to->date : from->date;
    if ((rules_.scope_from && last < *rules_.scope_from) || (rules_.scope_to && from->date > *rules_.scope_to))
      Problem(row, Column::kDateFrom, "chronology.out_of_scope",
              from->Text() + " is outside the review's scope period (" +
                  (rules_.scope_from ? UkDateText(*rules_.scope_from) : std::string("the start")) + " to " +
                  (rules_.scope_to ? UkDateText(*rules_.scope_to) : std::string("the end")) +
                  "): kept in the chronology; check it belongs",
              /*warning=*/true);
  }
  if (errors_.size() == errors_before) entries_.push_back(std::move(entry));
}

std::string RowReader::KnownCodes() const {
  std::string out;
  for (const std::string& code : rules_.client_codes) out += (out.empty() ? "" : ", ") + code;
  return out;
}

}  // namespace dhr
