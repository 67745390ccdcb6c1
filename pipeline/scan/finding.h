// Findings: what the leak scan reports, and the report of one file.
//
// A Finding says where (file, part, location within the part), what kind of thing (category and
// rule) and shows it: `matched` and `context` hold the document's own text and are for the person
// at the terminal; `masked_context` has every identifier, date and generic identifier of that text
// replaced by a label such as "[name]" and is the only text that shared reports (JSON, SARIF) carry.
// Part names can carry identifiers too ("word/media/sian.png"): `masked_part` is the part name for
// shared reports. Rules and locations never contain an identifier. Covered by package_scan_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace dhr::scan {

enum class Category { kIdentifier, kDate, kGeneric, kPublication, kUndeclared, kAccessibility };

// "identifier", "date", "generic", "publication", "undeclared", "accessibility".
const char* CategoryName(Category category);

struct Finding {
  std::string file;      // as the user named it
  std::string part;      // "word/document.xml"; "" for the package as a whole
  std::string masked_part;  // `part` with identifiers in its name replaced by labels
  std::string location;  // "paragraph 3", "attribute w:author of w:comment", "property dc:creator"...
  int paragraph = 0;     // 1-based index of the paragraph within the part; 0 when not in one
  Category category = Category::kIdentifier;
  std::string rule;      // "person:victim full name", "date:day month year", "publication:comment"
  std::string rule_id;   // stable id from the rule catalogue: "identifier.person"
  std::string matched;   // the text found (raw); empty for structural findings
  std::string context;   // about 30 characters either side (raw), or a description
  std::string masked_context;  // `context` with identifying text replaced by labels
};

// A finding about how the document is made rather than about its words (a comment, a picture
// without alt text): `description` is its context, shown as it is.
Finding StructuralFinding(Category category, std::string part, std::string location, int paragraph,
                          const char* rule_id, const char* rule, std::string description);

struct ScanReport {
  std::string file;
  std::vector<Finding> findings;  // each one fails the check
  std::vector<Finding> warnings;  // for a person to look at; the check still passes
};

// The outcome of scanning one file: a report, or the Status explaining why it could not be read.
struct FileScan {
  std::string file;
  Status status;  // not ok: the file could not be scanned
  ScanReport report;
};

}  // namespace dhr::scan
