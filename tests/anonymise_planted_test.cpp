// The anonymiser against identifiers planted in every place Word keeps text, checked by the
// independent leak scan (pipeline/scan, its own folding, variants and regex engine).
#include <doctest/doctest.h>

#include <cctype>

#include "pipeline/prepare/prepared_case.h"
#include "anonymiser/document_anonymiser.h"
#include "pipeline/case/case_loader.h"
#include "pipeline/scan/package_scan.h"
#include "tests/planted_fixtures.h"
#include "tests/real_readers.h"

// Runs real readers or other programs: the readers suite (see CMakeLists.txt).
TEST_SUITE_BEGIN("readers");

namespace dhr {
namespace {

std::string Describe(const scan::ScanReport& report) {
  std::string out;
  for (const auto& f : report.findings) out += f.part + " " + f.location + ": " + f.rule + ": " + f.matched + "\n";
  return out;
}

TEST_CASE("anonymise: every planted identifier is replaced, and the independent scan finds none after") {
  auto prepared = PrepareCase(Disk(), testing::TestCaseFolder());
  REQUIRE_MESSAGE(prepared.ok(), prepared.status().Describe());
  auto target = scan::CompileScanTarget(prepared->the_case);
  REQUIRE(target.ok());
  testing::TempDir out;
  std::vector<std::string> outputs;
  for (const auto& fixture : testing::PlantedFixtures()) {
    CAPTURE(fixture.name);
    auto package = Package::Open(fixture.bytes);
    REQUIRE_MESSAGE(package.ok(), package.status().Describe());
    auto before = scan::ScanPackage(*package, *target, {});
    REQUIRE(before.ok());
    CHECK_MESSAGE(!before->findings.empty(), "the scan sees nothing planted in " << fixture.name);

    std::vector<AuditRow> audit;
    REQUIRE(AnonymiseDocument(*package, *prepared->matcher, &audit).ok());
    CHECK(!audit.empty());
    auto saved = package->Save();
    REQUIRE(saved.ok());
    auto reopened = Package::Open(*saved);
    REQUIRE_MESSAGE(reopened.ok(), reopened.status().Describe());
    auto after = scan::ScanPackage(*reopened, *target, {});
    REQUIRE(after.ok());
    CHECK_MESSAGE(after->findings.empty(), "left in " << fixture.name << ":\n" << Describe(*after));

    // A third, cruder check: no part's raw bytes hold a fragment of a real name.
    for (const PartInfo& part : reopened->parts()) {
      std::string raw = reopened->Bytes(part.name);
      for (char& c : raw) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const char* fragment : {"sian", "si\u00e2n", "shan", "delacroix", "kieran", "kez", "arcy", "eileen", "lena",
                                   "noah", "nowak", "tomasz", "okafor", "quarry bank", "aidan", "07700", "ls1 4ap",
                                   "8 june", "2022-06-08", "08/06/2022", "943 476"}) {
        CAPTURE(part.name);
        CHECK_MESSAGE(raw.find(fragment) == std::string::npos, fragment);
      }
    }

    std::string path = out.File(fixture.name + ".docx");
    for (char& c : path) c = c == ' ' ? '_' : c;
    testing::WriteFile(path, *saved);
    outputs.push_back(path);
  }
  // Every anonymised file opens in LibreOffice and python-docx.
  CHECK(testing::LibreOfficeText(outputs).size() == outputs.size());
  CHECK(testing::PythonDocxOpens(outputs) == "");
}

}  // namespace
}  // namespace dhr

TEST_SUITE_END();
