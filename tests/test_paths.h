// Where tests find the project's files and the dhr binary.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace dhr::testing {

inline std::string SourceDir() { return DHR_SOURCE_DIR; }
inline std::string CorpusDir() { return SourceDir() + "/tests/corpus/word-docs"; }
inline std::string DhrBinary() { return DHR_BINARY; }
// The bundled example case folder.
inline std::string ExampleDir() { return SourceDir() + "/examples/adult-x-review"; }

// The real-world Word documents of the corpus (tests/corpus/word-docs/*.docx), sorted by name.
inline std::vector<std::string> CorpusFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(CorpusDir()))
    if (entry.path().extension() == ".docx") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace dhr::testing
