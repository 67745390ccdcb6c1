// Normalisation: the folded form of a text that the matcher's patterns run over, with a map from
// each byte of it back to the original.
//
// Input: UTF-8 text (ill-formed sequences read as U+FFFD). Output: a NormalisedText whose `text`
// has, code point by code point of the original:
//   - every white space (NBSP, U+2007, U+202F, tab, line break...) as one ASCII space;
//   - the hyphens U+2010, U+2011, U+2012, U+2013 and U+2212 as "-";
//   - the apostrophes U+2019, U+2018, U+201B, U+02BC, U+02BB, U+2032, U+0060 and U+00B4 as "'";
//   - default-ignorable code points (soft hyphen U+00AD, zero-width spaces and joiners, bidi
//     controls) dropped;
//   - compatibility decomposition (NFKD: ligatures, full-width forms) with nonspacing and
//     enclosing marks dropped, so "Siân" reads "Sian";
//   - full case folding ("SIÂN" and "Straße" read "sian" and "strasse"), when asked;
//   - a few letters without a decomposition read as their base: ł l, ø o, đ ð d, ħ h, ı i, ŧ t,
//     æ ae, œ oe, þ th (so "Łukasz" and "Lukasz" are one name).
// The same function normalises the names, so text and patterns agree by construction.
// Covered by normalise_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr {

enum class CaseFolding { kFold, kKeep };

struct NormalisedText {
  std::string text;
  // origin[i] is the byte offset in the original of the code point that produced text[i];
  // origin[text.size()] is the original's size.
  std::vector<size_t> origin;

  // The original byte range of the normalised range [begin, end): widened to whole original code
  // points, and running on over any original code points that were dropped after it (a combining
  // accent, a soft hyphen), so that replacing the range leaves nothing of what matched.
  size_t OriginalBegin(size_t begin) const { return origin[begin]; }
  size_t OriginalEnd(size_t end) const;
};

NormalisedText Normalise(std::string_view original, CaseFolding folding = CaseFolding::kFold);

// The normalised text alone (for names, keep entries and rule patterns).
std::string NormaliseString(std::string_view original, CaseFolding folding = CaseFolding::kFold);

// Code points of a normalised text around a position, for word boundaries that RE2's ASCII-only
// \b cannot give. A position outside the text, or the text's edge, reads as no letter.
bool LetterBefore(std::string_view text, size_t pos);
bool LetterAt(std::string_view text, size_t pos);
bool AlnumBefore(std::string_view text, size_t pos);
bool AlnumAt(std::string_view text, size_t pos);

// The offset of the code point after the one starting at `pos` (pos < text.size()).
size_t NextCodePoint(std::string_view text, size_t pos);

}  // namespace dhr
