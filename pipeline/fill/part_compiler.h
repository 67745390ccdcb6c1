// Part compilation: one text part of a template (document, header, footer, footnotes, endnotes)
// becomes a Program, once, before any data is seen.
//
// Input: the part's parsed XML (changed in place: each tag gets a run of its own) and its name.
// Output: the Program that renders the part (program.h), or every error of the part at once:
// tag syntax, block structure and placement, {{markdown}} not alone in its paragraph. A part
// without tags has `has_tags` false and needs no rendering. Covered by part_compiler_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "docx/xml.h"
#include "pipeline/fill/program.h"
#include "pipeline/fill/template_error.h"

namespace dhr {

struct CompiledPart {
  std::string name;
  bool has_tags = false;
  Program program;  // empty when there are errors or no tags
  std::vector<TemplateError> errors;
};

CompiledPart CompilePart(XmlDocument& document, const std::string& part_name);

}  // namespace dhr
