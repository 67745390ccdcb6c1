#include <cmath>
#include <cstdio>
#include <map>

#include "docx/package.h"
#include "docx/xml.h"
#include "pipeline/chronology/table.h"

namespace dhr {
namespace {

constexpr size_t kMaxColumns = 64;
constexpr const char* kSheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

Status XlsxError(const std::string& file, const std::string& part, const std::string& message) {
  return Status::Error("chronology.xlsx", message, InFile(file, part));
}

// The related part of the workbook whose relationship type ends with "/<short_type>".
std::string RelatedPart(const Package& package, const std::string& source, const std::string& short_type) {
  for (const Relationship& rel : package.Relationships(source))
    if (!rel.external && rel.type.size() > short_type.size() &&
        rel.type.compare(rel.type.size() - short_type.size() - 1, std::string::npos, "/" + short_type) == 0)
      return rel.resolved;
  return {};
}

// The text of a shared string or inline string: its t, or the t of each run; phonetic guides
// (rPh) are not part of the text.
std::string StringItemText(const xmlNode* item) {
  std::string text;
  for (const xmlNode* n = item ? item->children : nullptr; n; n = n->next) {
    if (IsElement(n, kSheetMain, "t")) {
      text += Content(n);
    } else if (IsElement(n, kSheetMain, "r")) {
      text += Content(Child(n, kSheetMain, "t"));
    }
  }
  return text;
}

// True when a number format's code shows a date: a d or y outside quotes, brackets and escapes,
// or an m (month) in a code without h or s (where m is minutes): "dd/mm/yyyy" and "mmm-yy" are
// dates, "[h]:mm", "mm:ss" and "0.00" are not.
bool FormatCodeIsDate(const std::string& code) {
  bool quoted = false, day_or_year = false, month = false, time = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
    if (quoted) {
      quoted = c != '"';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const size_t close = code.find(']', i);
      if (close == std::string::npos) return false;
      // "[h]", "[mm]", "[ss]": elapsed time; "[$-809]", "[Red]": a locale or a colour.
      const std::string inside = code.substr(i + 1, close - i - 1);
      time |= !inside.empty() && inside.find_first_not_of("hHmMsS") == std::string::npos;
      i = close;
    } else {
      day_or_year |= c == 'd' || c == 'y';
      month |= c == 'm';
      time |= c == 'h' || c == 's';
    }
  }
  return day_or_year || (month && !time);
}

bool BuiltInDateFormat(int id) { return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58); }

// For each cell format (cellXfs index): whether it shows a date.
std::vector<bool> DateStyles(Package& package, const std::string& styles_part) {
  std::vector<bool> dates;
  XmlDocument* styles = styles_part.empty() ? nullptr : package.Xml(styles_part);
  if (!styles || !styles->root()) return dates;
  std::map<int, bool> custom;
  for (const xmlNode* f = Child(Child(styles->root(), kSheetMain, "numFmts"), kSheetMain, "numFmt"); f; f = f->next)
    if (IsElement(f, kSheetMain, "numFmt"))
      custom[std::atoi(Attr(f, nullptr, "numFmtId").c_str())] = FormatCodeIsDate(Attr(f, nullptr, "formatCode"));
  for (const xmlNode* xf = Child(Child(styles->root(), kSheetMain, "cellXfs"), kSheetMain, "xf"); xf; xf = xf->next) {
    if (!IsElement(xf, kSheetMain, "xf")) continue;
    const int id = std::atoi(Attr(xf, nullptr, "numFmtId").c_str());
    const auto c = custom.find(id);
    dates.push_back(c != custom.end() ? c->second : BuiltInDateFormat(id));
  }
  return dates;
}

// "BC12" -> 55 (1-based column); 0 when the reference has no letters.
int ColumnOfReference(const std::string& reference) {
  int column = 0;
  for (char c : reference) {
    if (c >= 'A' && c <= 'Z') {
      column = column * 26 + (c - 'A' + 1);
    } else if (c >= 'a' && c <= 'z') {
      column = column * 26 + (c - 'a' + 1);
    } else {
      break;
    }
    if (column > 16384) return 0;
  }
  return column;
}

std::string NumberText(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

struct Workbook {
  std::vector<std::string> shared_strings;
  std::vector<bool> date_styles;
  bool date1904 = false;
};

Result<TableCell> ReadCell(const xmlNode* c, const Workbook& book) {
  TableCell cell;
  const std::string type = Attr(c, nullptr, "t");
  const std::string value = Content(Child(c, kSheetMain, "v"));
  if (type == "s") {
    const long index = std::strtol(value.c_str(), nullptr, 10);
    if (value.empty() || index < 0 || static_cast<size_t>(index) >= book.shared_strings.size())
      return Status::Error("chronology.xlsx", "a cell refers to shared string " + value + ", which does not exist");
    cell.text = book.shared_strings[index];
  } else if (type == "inlineStr") {
    cell.text = StringItemText(Child(c, kSheetMain, "is"));
  } else if (type == "str" || type == "e") {
    cell.text = value;
  } else if (type == "b") {
    cell.text = value == "1" ? "TRUE" : "FALSE";
  } else if (!value.empty()) {  // a number, "n" or no type
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (end == value.c_str()) return Status::Error("chronology.xlsx", "a number cell holds \"" + value + "\"");
    const std::string style = Attr(c, nullptr, "s");
    const size_t s = style.empty() ? 0 : std::strtoul(style.c_str(), nullptr, 10);
    if (s < book.date_styles.size() && book.date_styles[s]) {
      cell.date = SpreadsheetSerialDate(number, book.date1904);
      if (cell.date) {
        cell.text = UkDateText(*cell.date);
        return cell;
      }
    }
    cell.text = NumberText(number);
  }
  return cell;
}

}  // namespace

Result<Table> ReadXlsxTable(std::string_view bytes, const std::string& file_name, const TableOptions& options) {
  OpenOptions open;
  open.file_name = file_name;
  open.any_main_document = true;
  auto package = Package::Open(bytes, open);
  if (!package.ok()) return package.status();
  const std::string workbook_part = package->main_document();
  XmlDocument* workbook = package->Xml(workbook_part);
  if (!workbook || !IsElement(workbook->root(), kSheetMain, "workbook"))
    return XlsxError(file_name, workbook_part, "not a spreadsheet: the package's main part is not a workbook");

  Workbook book;
  const std::string pr = Attr(Child(workbook->root(), kSheetMain, "workbookPr"), nullptr, "date1904");
  book.date1904 = pr == "1" || pr == "true";

  // The sheet: the named one, else the first.
  std::string sheet_id, sheet_names;
  for (const xmlNode* s = Child(Child(workbook->root(), kSheetMain, "sheets"), kSheetMain, "sheet"); s; s = s->next) {
    if (!IsElement(s, kSheetMain, "sheet")) continue;
    const std::string name = Attr(s, nullptr, "name");
    sheet_names += (sheet_names.empty() ? "\"" : ", \"") + name + "\"";
    if (sheet_id.empty() && (options.sheet.empty() || name == options.sheet)) sheet_id = Attr(s, ns::kR, "id");
  }
  if (sheet_id.empty())
    return XlsxError(file_name, workbook_part,
                     options.sheet.empty() ? "the workbook has no sheet"
                                           : "the workbook has no sheet named \"" + options.sheet +
                                                 "\" (its sheets: " + sheet_names + ")");
  std::string sheet_part;
  for (const Relationship& rel : package->Relationships(workbook_part))
    if (rel.id == sheet_id && !rel.external) sheet_part = rel.resolved;
  XmlDocument* sheet = sheet_part.empty() ? nullptr : package->Xml(sheet_part);
  if (!sheet) return XlsxError(file_name, workbook_part, "the sheet's part is missing from the package");

  if (const std::string strings = RelatedPart(*package, workbook_part, "sharedStrings"); !strings.empty()) {
    XmlDocument* sst = package->Xml(strings);
    for (const xmlNode* si = sst ? Child(sst->root(), kSheetMain, "si") : nullptr; si; si = si->next)
      if (IsElement(si, kSheetMain, "si")) book.shared_strings.push_back(StringItemText(si));
  }
  book.date_styles = DateStyles(*package, RelatedPart(*package, workbook_part, "styles"));

  Table table;
  table.spreadsheet = true;
  int previous_row = 0;
  for (const xmlNode* r = Child(Child(sheet->root(), kSheetMain, "sheetData"), kSheetMain, "row"); r; r = r->next) {
    if (!IsElement(r, kSheetMain, "row")) continue;
    TableRow row;
    const std::string number = Attr(r, nullptr, "r");
    row.number = number.empty() ? previous_row + 1 : std::atoi(number.c_str());
    previous_row = row.number;
    for (const xmlNode* c : Children(r, kSheetMain, "c")) {
      const int column = ColumnOfReference(Attr(c, nullptr, "r"));
      const size_t index = column > 0 ? static_cast<size_t>(column - 1) : row.cells.size();
      if (index >= kMaxColumns) continue;  // far to the right of any chronology column
      auto cell = ReadCell(c, book);
      if (!cell.ok()) {
        Location where = InFile(file_name, sheet_part);
        return Status::Error(cell.status().id(), "row " + std::to_string(row.number) + ": " + cell.status().message(),
                             where);
      }
      if (row.cells.size() <= index) row.cells.resize(index + 1);
      row.cells[index] = std::move(cell).value();
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace dhr
