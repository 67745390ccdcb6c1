// The sections an author writes in a case folder's sections/, and the seeds' guidance for each
// (templates/section-guidance.yaml, built into the program).
//
// Input: the guidance file's text. Output: the sections of the overview report and the executive
// summary in order, each with its key, file name, heading, whether it is required, and its guidance
// (Markdown). A draft shows the guidance where a section is not written yet; the submission and
// the publication refuse a case whose required sections are not all written. Covered by
// section_guidance_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dhr {

struct SectionGuidance {
  std::string document;  // "overview-report" or "executive-summary"
  std::string folder;    // under sections/: "overview" or "executive-summary"
  std::string key;       // "involvement_of_family"
  std::string file;      // "05-involvement-of-family.md"
  std::string heading;   // the built-in template's heading
  bool required = true;
  std::string guidance;  // Markdown
};

// Parses a guidance file; "guidance.invalid" naming the place of the first mistake.
Result<std::vector<SectionGuidance>> ParseSectionGuidance(std::string_view yaml, const std::string& file_name);

// The built-in guidance (templates/section-guidance.yaml), parsed once.
const std::vector<SectionGuidance>& BuiltInSectionGuidance();

// What a draft shows where the section is not written: a line saying which file to write, then the
// guidance, every paragraph a paragraph of its own (list items too, marked with a bullet), so the
// template's placeholder style applies to all of it.
std::string PlaceholderMarkdown(const SectionGuidance& section);

// The file a new case folder holds for a section not written yet (`dhr new`): the seeds' guidance
// inside an HTML comment, which the author writes below and then deletes. Until the file holds
// more than comments, the section counts as not written (IsUnwrittenSectionText).
std::string UnwrittenSectionFile(const SectionGuidance& section);

// A section's Markdown without its HTML comments ("<!-- ... -->"): notes to the author, such as the
// guidance of a new case, which no document shows. An unclosed comment is kept as text.
std::string WithoutHtmlComments(std::string_view text);

// True when a section's Markdown holds nothing but whitespace and HTML comments: the author has
// not written it yet.
bool IsUnwrittenSectionText(std::string_view text);

}  // namespace dhr
