// Printer settings: the binary device settings Word stores for the printer last used
// (word/printerSettings/*.bin), which name that printer and often its server and office.
//
// Input: a Package. Output: the same package without any part a relationship of type
// printerSettings points at, nor those relationships and overrides; Word uses the reader's own
// printer without them. Each part removed is recorded in the report.
// Covered by printer_settings_test.cpp.
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void RemovePrinterSettings(Package& package, CleanReport& report);

}  // namespace dhr::publish
