// Excerpts: the text around a finding, as the person at the terminal sees it and as shared reports
// carry it.
//
// Input: a text, the byte range of a finding in it, and the ranges of every identifying hit of
// that text with the label that hides it. Output: about `radius` characters either side of the
// finding, on one line (line breaks and tabs become spaces, runs of spaces one), with "…" where the
// text was cut; and the same excerpt with every identifying range that reaches into it replaced
// by its label ("[name]", "[date]"), so no part of an identifier survives in it.
// Covered by excerpt_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr::scan {

struct MaskSpan {
  size_t begin = 0;  // byte range in the text
  size_t end = 0;
  std::string label;
};

struct Excerpt {
  std::string raw;
  std::string masked;
};

Excerpt ExcerptAround(std::string_view text, size_t begin, size_t end, const std::vector<MaskSpan>& masks,
                      size_t radius = 30);

}  // namespace dhr::scan
