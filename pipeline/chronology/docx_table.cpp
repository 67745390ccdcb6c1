#include "docx/package.h"
#include "docx/text.h"
#include "docx/xml.h"
#include "pipeline/chronology/rows.h"
#include "pipeline/chronology/table.h"

namespace dhr {
namespace {

// The text of a table cell: its paragraphs joined by line breaks (nested tables included).
std::string CellText(xmlNode* cell) {
  std::string text;
  bool first = true;
  for (xmlNode* p : Paragraphs(cell)) {
    if (!first) text += '\n';
    text += ReadParagraph(p).text;
    first = false;
  }
  return text;
}

std::vector<xmlNode*> ChildElements(xmlNode* parent, const char* local) {
  std::vector<xmlNode*> out;
  for (xmlNode* n = parent ? parent->children : nullptr; n; n = n->next)
    if (IsElement(n, ns::kW, local)) out.push_back(n);
  return out;
}

// Every w:tbl of the body in document order, tables nested in cells after their parent.
void CollectTables(xmlNode* n, std::vector<xmlNode*>& out) {
  for (xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (IsElement(c, ns::kW, "tbl")) out.push_back(c);
    CollectTables(c, out);
  }
}

Table ReadWordTable(xmlNode* tbl) {
  Table table;
  int number = 0;
  for (xmlNode* tr : ChildElements(tbl, "tr")) {
    TableRow row;
    row.number = ++number;
    for (xmlNode* tc : ChildElements(tr, "tc")) {
      TableCell cell;
      cell.text = CellText(tc);
      // A cell spanning several grid columns still counts as one column of the chronology.
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

Result<Table> ReadDocxTable(std::string_view bytes, const std::string& file_name) {
  OpenOptions open;
  open.file_name = file_name;
  auto package = Package::Open(bytes, open);
  if (!package.ok()) return package.status();
  XmlDocument* document = package->Xml(package->main_document());
  std::vector<xmlNode*> tables;
  CollectTables(document ? document->root() : nullptr, tables);
  for (xmlNode* tbl : tables) {
    Table table = ReadWordTable(tbl);
    for (const TableRow& row : table.rows)
      if (LooksLikeChronologyHeader(row)) return table;
  }
  return Status::Error("chronology.no_table",
                       tables.empty() ? "the document has no table: the chronology must be a table whose first row "
                                        "holds its headings (Date from, Event, Source of information...)"
                                      : "none of the document's " + std::to_string(tables.size()) +
                                            " tables has a row of chronology headings (Date from, Event, Source of "
                                            "information...)",
                       InFile(file_name, package->main_document()));
}

}  // namespace dhr
