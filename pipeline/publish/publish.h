// The publication stage: from an approved report (any .docx) and its case, the public copy, or
// nothing at all.
//
// Input: the report's package and the prepared case (pipeline/prepare/prepared_case.h). Output: the bytes
// of the public copy, produced in this order: remove what a public copy must not carry (comments,
// tracked changes, hidden text, identifying properties, customXml, template path, ...: clean.h),
// strip the OFFICIAL markings and draft numbering (pipeline/mark), anonymise every part, give it a
// title and a language where it has none (accessible_copy.h), then run
// the independent leak scan (pipeline/scan, --publication checks included) on those very bytes,
// opened afresh. The outcome carries the scan's findings; the caller writes the bytes only when
// there are none. The Home Office data form and the panel's pseudonym key are refused: they are
// never published.
// Covered by tests/publish_cli_test.cpp, tests/publication_matrix_test.cpp and tests/publish_corpus_test.cpp.
#pragma once

#include <string>

#include "pipeline/prepare/prepared_case.h"
#include "docx/package.h"
#include "pipeline/publish/clean_report.h"
#include "pipeline/scan/finding.h"

namespace dhr::publish {

struct PublishOptions {
  bool reject_on_revisions = false;  // refuse a document with tracked changes instead of accepting them
  std::string output_name;           // the name findings are reported under (the file that would be written)
};

struct PublishOutcome {
  std::string bytes;              // the public copy; meaningful only when `scan.findings` is empty
  scan::ScanReport scan;          // the leak scan of `bytes`
  CleanReport cleaned;            // what the cleaning removed, for the user
  bool clean() const { return scan.findings.empty(); }
};

// True for the Home Office data form: by the property the pipeline writes into it
// (dhr.document = home-office-data-form) or by its own words ("for Home Office data collection only").
bool IsHomeOfficeDataForm(Package& package);

// The property that marks a package as the data form (written by `dhr build`).
inline constexpr const char* kDocumentKindProperty = "dhr.document";
inline constexpr const char* kDataFormKind = "home-office-data-form";
// The same property's value on the panel's pseudonym key (written by `dhr key`), never published.
inline constexpr const char* kPseudonymKeyKind = "pseudonym-key";

// True for the pseudonym key: by that property.
bool IsPseudonymKey(Package& package);

// Runs the whole stage on `package`, which it uses up: once the copy is written to bytes the
// package is emptied, so a long report is not held twice while the copy is scanned. Errors: publish.data_form, publish.pseudonym_key,
// publish.revisions (with reject_on_revisions), and any error of the steps, with its place.
Result<PublishOutcome> PublishPackage(Package& package, const PreparedCase& prepared, const PublishOptions& options);

}  // namespace dhr::publish
