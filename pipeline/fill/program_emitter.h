// Program emission: turns a part whose tags are placed into a Program (see program.h).
//
// Input: the part's document, its tag sites and blocks (block_structure.h). Output: a Program
// whose literals are the part's bytes as libxml2 would write them, with a hole for each value
// and Markdown tag and a sub-program for each block; tag runs, tag paragraphs and tag rows are
// left out. Elements that hold no tag are written by libxml2 in one piece; only the elements on
// the way to a tag are written here. Errors: blocks that cross each other.
// Covered by part_compiler_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "pipeline/fill/block_structure.h"
#include "pipeline/fill/program.h"
#include "pipeline/fill/template_error.h"

namespace dhr {

Program EmitProgram(xmlDoc* doc, const std::vector<TagSite>& sites, const std::vector<Block>& blocks,
                    const std::string& part, std::vector<TemplateError>& errors);

}  // namespace dhr
