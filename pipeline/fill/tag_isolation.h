// Tag isolation: gives each tag of a paragraph a run of its own.
//
// Input: a w:p and the byte ranges of its tags in its visible text (sorted, not overlapping),
// as Word wrote them: possibly split across runs by spell-check marks, bookmarks or formatting.
// Output: for each range, the w:t element whose whole content is now exactly that tag's text, in
// a w:r of its own carrying the formatting of the run where the tag starts. The paragraph's
// visible text is unchanged; text before and after a tag keeps its runs and formatting.
// Covered by tag_isolation_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <utility>
#include <vector>

#include "base/status.h"

namespace dhr {

Result<std::vector<xmlNode*>> IsolateTags(xmlNode* paragraph, const std::vector<std::pair<size_t, size_t>>& ranges);

}  // namespace dhr
