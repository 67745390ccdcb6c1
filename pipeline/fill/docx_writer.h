// Writing a filled package as the bytes of a .docx, rendered parts streamed into the zip.
//
// Input: the package (for its content types, part order and the parts the fill did not touch),
// the parts rendered in full, and the parts still to render (PartRenderer, read piece by piece
// while libzip compresses them). Output: the .docx bytes. A part streamed this way is never held
// whole in memory, so filling a 50,000-row table costs about the size of the compressed output,
// not of the XML. Entries are deflated at zlib's fastest level (rendered parts are mostly repeated
// rows, which it already shrinks some sixty times; the default level takes nearly three times as
// long for a file a sixth smaller) with a fixed date, so the same input gives the same bytes.
// Covered by fill_test.cpp.
#pragma once

#include <map>
#include <string>

#include "docx/package.h"
#include "pipeline/fill/renderer.h"

namespace dhr {

// Both maps are borrowed; a part in neither is copied from the package.
Result<std::string> WriteFilledDocx(const Package& package, const std::map<std::string, std::string>& rendered,
                                    const std::map<std::string, PartRenderer*>& streamed);

}  // namespace dhr
