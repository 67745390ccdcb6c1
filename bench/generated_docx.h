// Generates large Word documents for benchmarks: paragraphs of prose with words split across runs
// the way Word splits them (spell-check marks, bookmarks, formatting changes), tables, a header and
// a footer. About 45 paragraphs make a page.
#pragma once

#include <string>
#include <vector>

namespace dhr::bench {

struct GeneratedDocxOptions {
  int pages = 500;
  // Phrases planted in the prose, cycled through, one every `plant_every` paragraphs (names,
  // dates...); empty for plain prose.
  std::vector<std::string> planted;
  int plant_every = 3;
  unsigned seed = 1;
};

// The bytes of a .docx.
std::string GenerateDocx(const GeneratedDocxOptions& options);

}  // namespace dhr::bench
