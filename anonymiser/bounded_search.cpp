#include "anonymiser/bounded_search.h"

#include "anonymiser/normalise.h"

namespace dhr {
namespace {

bool OpenBefore(std::string_view text, size_t pos, WordBoundary boundary) {
  switch (boundary) {
    case WordBoundary::kNone: return true;
    case WordBoundary::kLetter: return !LetterBefore(text, pos);
    case WordBoundary::kAlnum: return !AlnumBefore(text, pos);
    case WordBoundary::kDigit: return pos == 0 || text[pos - 1] < '0' || text[pos - 1] > '9';
  }
  return true;
}

bool OpenAfter(std::string_view text, size_t pos, WordBoundary boundary) {
  switch (boundary) {
    case WordBoundary::kNone: return true;
    case WordBoundary::kLetter: return !LetterAt(text, pos);
    case WordBoundary::kAlnum: return !AlnumAt(text, pos);
    case WordBoundary::kDigit: return pos >= text.size() || text[pos] < '0' || text[pos] > '9';
  }
  return true;
}

// The end of the longest match starting at `start` that ends no later than `end` and is open
// after, or 0 when there is none. `longest` is the end of the longest match at `start`.
size_t OpenEnd(const RE2& re, std::string_view text, size_t start, size_t longest,
               WordBoundary boundary) {
  size_t end = longest;
  while (!OpenAfter(text, end, boundary)) {
    re2::StringPiece match;
    if (end <= start + 1 ||
        !re.Match(text, start, end - 1, RE2::ANCHOR_START, &match, 1) || match.empty()) {
      return 0;
    }
    end = start + match.size();
  }
  return end;
}

}  // namespace

std::vector<Span> FindBounded(const RE2& re, std::string_view text, size_t begin, size_t end,
                              WordBoundary boundary, const std::function<bool(Span)>& accept) {
  std::vector<Span> out;
  size_t pos = begin;
  while (pos < end) {
    re2::StringPiece match;
    if (!re.Match(text, pos, end, RE2::UNANCHORED, &match, 1)) break;
    const size_t start = static_cast<size_t>(match.data() - text.data());
    if (match.empty() || !OpenBefore(text, start, boundary)) {
      pos = start < end ? NextCodePoint(text, start) : end;
      continue;
    }
    const size_t stop = OpenEnd(re, text, start, start + match.size(), boundary);
    if (stop == 0 || (accept && !accept({start, stop}))) {
      pos = NextCodePoint(text, start);
      continue;
    }
    out.push_back({start, stop});
    pos = stop;
  }
  return out;
}

}  // namespace dhr
