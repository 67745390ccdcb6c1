#include "pipeline/scan/excerpt.h"

#include <algorithm>

namespace dhr::scan {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t BackChars(std::string_view text, size_t from, size_t chars) {
  while (from > 0 && chars > 0) {
    --from;
    while (from > 0 && IsContinuationByte(text[from])) --from;
    --chars;
  }
  return from;
}

size_t ForwardChars(std::string_view text, size_t from, size_t chars) {
  while (from < text.size() && chars > 0) {
    ++from;
    while (from < text.size() && IsContinuationByte(text[from])) ++from;
    --chars;
  }
  return from;
}

// Appends text on one line: control characters become spaces, runs of spaces one.
void AppendOneLine(std::string& out, std::string_view text) {
  for (char c : text) {
    const bool space = c == ' ' || (static_cast<unsigned char>(c) < 0x20) || c == 0x7F;
    if (space) {
      if (!out.empty() && out.back() == ' ') continue;
      out += ' ';
    } else {
      out += c;
    }
  }
}

std::string Trimmed(std::string s) {
  const size_t first = s.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  const size_t last = s.find_last_not_of(' ');
  return s.substr(first, last - first + 1);
}

}  // namespace

Excerpt ExcerptAround(std::string_view text, size_t begin, size_t end, const std::vector<MaskSpan>& masks,
                      size_t radius) {
  begin = std::min(begin, text.size());
  end = std::clamp(end, begin, text.size());
  const size_t from = BackChars(text, begin, radius);
  const size_t to = ForwardChars(text, end, radius);

  std::vector<MaskSpan> inside;
  for (const MaskSpan& m : masks)
    if (m.begin < to && m.end > from && m.end > m.begin) inside.push_back(m);
  std::sort(inside.begin(), inside.end(), [](const MaskSpan& a, const MaskSpan& b) { return a.begin < b.begin; });

  Excerpt out;
  AppendOneLine(out.raw, text.substr(from, to - from));
  size_t at = from;
  for (const MaskSpan& m : inside) {
    const size_t mask_begin = std::max(m.begin, from);
    const size_t mask_end = std::min(m.end, to);
    if (mask_end <= at) continue;  // already hidden by an overlapping span
    if (mask_begin > at) AppendOneLine(out.masked, text.substr(at, mask_begin - at));
    out.masked += m.label;
    at = mask_end;
  }
  if (at < to) AppendOneLine(out.masked, text.substr(at, to - at));

  out.raw = Trimmed(out.raw);
  out.masked = Trimmed(out.masked);
  if (from > 0) {
    out.raw = "…" + out.raw;
    out.masked = "…" + out.masked;
  }
  if (to < text.size()) {
    out.raw += "…";
    out.masked += "…";
  }
  return out;
}

}  // namespace dhr::scan
