// Where tests find the project's files and the dhr binary.
#pragma once

#include <string>

namespace dhr::testing {

inline std::string SourceDir() { return DHR_SOURCE_DIR; }
inline std::string CorpusDir() { return SourceDir() + "/tests/corpus/word-docs"; }
inline std::string DhrBinary() { return DHR_BINARY; }

}  // namespace dhr::testing
