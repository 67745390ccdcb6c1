// Test support for the leak scan: a case with the usual traps, small Word packages built from
// inline XML (on tests/docx_fixture.h), and a one-call scan of them.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "docx/package.h"
#include "pipeline/scan/package_scan.h"
#include "tests/docx_fixture.h"

namespace dhr::scan::testing {

using dhr::testing::DocxFixture;
using dhr::testing::kWordNamespaces;

inline constexpr const char* kWordml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
inline std::string WordType(const char* what) { return std::string(kWordml) + what + "+xml"; }
inline constexpr const char* kPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships/";
inline constexpr const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A case whose victim has an accented, hyphenated name, whose perpetrator's surname has an
// apostrophe, and whose chair shares the perpetrator's first name.
inline Case TrapCase() {
  Case c;
  c.file = "case.yaml";
  Person victim;
  victim.name = "Siân Delacroix-Webb";
  victim.role = "victim";
  Person perpetrator;
  perpetrator.name = "Connor D'Arcy";
  perpetrator.role = "perpetrator";
  c.people = {victim, perpetrator};
  Professional officer;
  officer.name = "Grace Okonkwo";
  officer.role = "Police Officer";
  c.professionals = {officer};
  Place home;
  home.name = "14 Acacia Avenue";
  home.replacement = "the family home";
  c.places = {home};
  c.keep = {"Connor Walsh"};
  return c;
}

inline const ScanTarget& TrapTarget() {
  static const ScanTarget target = [] {
    auto compiled = CompileScanTarget(TrapCase());
    REQUIRE(compiled.ok());
    return std::move(compiled).value();
  }();
  return target;
}

inline std::string Paragraph(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

// A part whose root element is `root` with the Word namespaces declared.
inline std::string WordPart(const std::string& root, const std::string& content) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root + " " + kWordNamespaces + ">" +
         content + "</" + root + ">";
}

// A settings part that asks Word to remove personal information, as a public copy should.
inline std::string CleanSettings() { return WordPart("w:settings", "<w:removePersonalInformation/>"); }

inline DocxFixture WithCleanSettings(DocxFixture fixture) {
  fixture.Part("word/settings.xml", WordType("settings"), CleanSettings(), "settings", "rIdSettings");
  return fixture;
}

// Core properties with `title_element` (a dc:title, or nothing) in them.
inline std::string CoreProperties(const std::string& title_element) {
  return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
         title_element + "</cp:coreProperties>";
}

// A document title and a default language (en-GB), as an accessible public copy has: a
// publication scan then warns of neither.
inline DocxFixture WithTitleAndLanguage(DocxFixture fixture) {
  fixture.Part("word/styles.xml", WordType("styles"),
               WordPart("w:styles",
                        "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
                        "</w:docDefaults>"),
               "styles", "rIdStyles");
  fixture.PackagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                      CoreProperties("<dc:title>Overview report</dc:title>"),
                      std::string(kPackageRel) + "core-properties");
  return fixture;
}

inline ScanReport ScanFixture(const DocxFixture& fixture, bool publication = false) {
  const std::string bytes = fixture.Bytes();
  REQUIRE(!bytes.empty());
  OpenOptions open;
  open.file_name = "review.docx";
  auto package = Package::Open(bytes, open);
  REQUIRE_MESSAGE(package.ok(), package.status().Describe());
  ScanOptions options;
  options.publication = publication;
  auto report = ScanPackage(*package, TrapTarget(), options);
  REQUIRE_MESSAGE(report.ok(), report.status().Describe());
  return std::move(report).value();
}

inline std::vector<Finding> FindingsIn(const ScanReport& report, const std::string& part) {
  std::vector<Finding> out;
  for (const Finding& f : report.findings)
    if (f.part == part) out.push_back(f);
  return out;
}

inline bool HasFinding(const ScanReport& report, const std::string& part, const std::string& location,
                       const std::string& matched) {
  return std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
    return f.part == part && f.location == location && f.matched == matched;
  });
}

// Every finding on one line, for failure messages.
inline std::string Dump(const ScanReport& report) {
  std::string out;
  for (const Finding& f : report.findings)
    out += f.part + " | " + f.location + " | " + f.rule + " | " + f.matched + " | " + f.context + "\n";
  return out;
}

}  // namespace dhr::scan::testing
