// The bundled example case folder copied into a MemoryFileSystem, so that a whole run (prepare,
// build, chronology) can be tested without touching the disk.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "docx/file_io.h"
#include "tests/test_paths.h"

namespace dhr::testing {

// Every file of examples/adult-x-review (but its out/ folder), under `as` + "/".
inline MemoryFileSystem ExampleCaseInMemory(const std::string& as = "case") {
  MemoryFileSystem fs;
  const std::filesystem::path root = SourceDir() + "/examples/adult-x-review";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const std::string relative = std::filesystem::relative(entry.path(), root).string();
    if (relative.rfind("out/", 0) == 0) continue;
    auto bytes = Disk().Read(entry.path().string());
    REQUIRE(bytes.ok());
    fs.files[as + "/" + relative] = *bytes;
  }
  return fs;
}

}  // namespace dhr::testing
