#include <csv.h>

#include "pipeline/chronology/table.h"

namespace dhr {
namespace {

// libcsv calls back once per field and once per record end.
struct CsvCollector {
  Table table;
  TableRow row;
  int records = 0;
};

void OnField(void* data, size_t length, void* collector) {
  auto* c = static_cast<CsvCollector*>(collector);
  TableCell cell;
  if (data) cell.text.assign(static_cast<const char*>(data), length);
  c->row.cells.push_back(std::move(cell));
}

void OnRecordEnd(int, void* collector) {
  auto* c = static_cast<CsvCollector*>(collector);
  c->row.number = ++c->records;
  c->table.rows.push_back(std::move(c->row));
  c->row = TableRow{};
}

}  // namespace

Result<Table> ReadCsvTable(std::string_view bytes, const std::string& file_name) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  csv_parser parser;
  // Strict: a quote inside an unquoted field, or a field still open at the end, is an error and
  // not a guess.
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    return Status::Error("chronology.csv", "could not start the CSV reader", InFile(file_name));
  CsvCollector collector;
  const size_t used = csv_parse(&parser, bytes.data(), bytes.size(), OnField, OnRecordEnd, &collector);
  const bool fine = used == bytes.size() && csv_fini(&parser, OnField, OnRecordEnd, &collector) == 0;
  const int error = csv_error(&parser);
  csv_free(&parser);
  if (!fine) {
    return Status::Error("chronology.csv",
                         "row " + std::to_string(collector.records + 1) + ": not valid CSV (" + csv_strerror(error) +
                             "): a field with a comma, a quote or a line break must be in double quotes, and a quote "
                             "inside it doubled",
                         InFile(file_name));
  }
  collector.table.spreadsheet = false;
  return std::move(collector.table);
}

}  // namespace dhr
