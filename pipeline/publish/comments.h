// Comments: removes every comment and every trace of one, as Word's "Delete All Comments" does,
// and the list of people who commented or edited.
//
// Input: a Package. Output: the same package without
//   - the comment parts (comments, commentsExtended, commentsIds, commentsExtensible) and
//     people.xml, with their relationships and content-type overrides;
//   - in every text part, w:commentRangeStart, w:commentRangeEnd and w:commentReference, the
//     reference's run going with it when it holds nothing else.
// The text around the anchors is left as it was. Counts go to the report under
// clean_category::kComments (w:comment elements) and kCommentAnchors.
// Covered by comments_test.cpp.
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void RemoveComments(Package& package, CleanReport& report);

}  // namespace dhr::publish
