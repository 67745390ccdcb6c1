// Revision session ids: the w:rsid* attributes (w:rsidR, w:rsidRPr, w:rsidDel, w:rsidP,
// w:rsidRDefault, w:rsidSect, w:rsidTr) and w:rsid elements (in styles) that tag each piece of a
// document with the editing session that wrote it. Harmless to the page, but they tell which
// passages were drafted together and match the public copy to its drafts, so they go.
//
// Input: the root of a WordprocessingML part. Output: the same tree without them; returns how many
// were removed. The list of sessions in settings (w:rsids) is settings_cleanup's.
// Covered by revision_session_ids_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <cstddef>

namespace dhr::publish {

size_t RemoveRevisionSessionIds(xmlNode* root);

}  // namespace dhr::publish
