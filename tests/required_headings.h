// The headings a document must show (tests/data/required-headings/NAME.txt, taken from the seeds)
// and how tests find them, in order, in the text pdftotext gives of LibreOffice's PDF.
#pragma once

#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/real_readers.h"
#include "tests/test_paths.h"

namespace dhr::testing {

// The required headings of a document, from the seeds (comment lines start with '#').
inline std::vector<std::string> RequiredHeadings(const std::string& name) {
  std::ifstream in(SourceDir() + "/tests/data/required-headings/" + name + ".txt");
  REQUIRE_MESSAGE(in.good(), "no required headings for " << name);
  std::vector<std::string> headings;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') headings.push_back(line);
  return headings;
}

// Lower case, runs of blanks made one space, trimmed: how headings are compared.
inline std::string NormalisedHeading(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A piece of the PDF's text as pdftotext -layout places it: runs of two or more spaces separate
// table cells (and columns), so each cell's line is a segment of its own.
struct PdfSegment {
  size_t line = 0;
  size_t column = 0;
  std::string text;  // normalised
};

inline std::vector<PdfSegment> PdfSegments(const std::string& pdf) {
  const CommandResult run = RunCommand("pdftotext -layout " + ShellQuote(pdf) + " -");
  REQUIRE_MESSAGE(run.exit_code == 0, "pdftotext failed: " << run.output);
  std::vector<PdfSegment> segments;
  std::istringstream in(run.output);
  size_t number = 0;
  for (std::string line; std::getline(in, line); ++number) {
    size_t at = 0;
    while ((at = line.find_first_not_of(" \f\r", at)) != std::string::npos) {
      size_t end = line.find("  ", at);
      if (end == std::string::npos) end = line.size();
      if (std::string text = NormalisedHeading(line.substr(at, end - at)); !text.empty())
        segments.push_back({number, at, text});
      at = end;
    }
  }
  return segments;
}

// The headings not found in order. A heading is a segment, or a segment continued by the
// segments that start in the same column on the next lines (a heading or a table cell wrapped
// over up to several lines).
inline std::vector<std::string> MissingHeadings(const std::vector<PdfSegment>& segments,
                                                const std::vector<std::string>& headings) {
  std::vector<std::string> missing;
  size_t from = 0;  // the first segment the next heading may start at
  for (const std::string& heading : headings) {
    const std::string wanted = NormalisedHeading(heading);
    bool found = false;
    for (size_t i = from; i < segments.size() && !found; ++i) {
      std::string joined = segments[i].text;
      size_t line = segments[i].line;
      for (size_t j = i + 1; joined != wanted && joined.size() < wanted.size() && j < segments.size(); ++j) {
        if (segments[j].line > line + 1) break;
        if (segments[j].line == line + 1 && segments[j].column == segments[i].column) {
          joined += " " + segments[j].text;
          line = segments[j].line;
        }
      }
      if (joined == wanted) {
        found = true;
        from = i + 1;
      }
    }
    if (!found) missing.push_back(heading);
  }
  return missing;
}

}  // namespace dhr::testing
