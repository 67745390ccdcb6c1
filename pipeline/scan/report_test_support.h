// Test support for the report writers: scans of a leaky and a clean package, and a list of the
// raw identifiers that must never appear in a shared report.
#pragma once

#include <string>
#include <vector>

#include "pipeline/scan/scan_fixtures_test_support.h"

namespace dhr::scan::testing {

inline std::vector<FileScan> LeakyAndCleanScans() {
  FileScan leaky;
  leaky.file = "review one.docx";
  leaky.report = ScanFixture(
      WithTitleAndLanguage(DocxFixture())
          .Body(Paragraph("On 8 June 2022 Siân Delacroix-Webb met Connor D'Arcy at 14 Acacia Avenue, LS1 4AB.") +
                Paragraph("OFFICIAL-SENSITIVE") + Paragraph("Child X1 said that she was frightened."))
          .Part("word/media/sian_webb.png", "image/png", "x"),
      true);
  leaky.report.file = leaky.file;
  for (Finding& f : leaky.report.findings) f.file = leaky.file;
  FileScan clean;
  clean.file = "clean.docx";
  clean.report = ScanFixture(WithTitleAndLanguage(WithCleanSettings(DocxFixture().Body(Paragraph("Adult X")))), true);
  FileScan broken;
  broken.file = "broken.docx";
  broken.status = Status::Error("zip.not_zip", "not a Word document: the file is not a zip archive",
                                Location{"broken.docx", {}, 0, 0});
  return {leaky, clean, broken};
}

inline const std::vector<std::string>& RawIdentifiers() {
  static const std::vector<std::string> raw = {"Siân", "Sian", "sian", "Delacroix", "Webb", "Connor", "Arcy",
                                               "8 June 2022", "Acacia", "LS1 4AB"};
  return raw;
}

}  // namespace dhr::scan::testing
