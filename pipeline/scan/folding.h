// Folding: the form of a text that the leak scan matches against.
//
// Input: UTF-8 text taken from a document (a paragraph, an attribute value, a part name...).
// Output: a FoldedText, an icu::UnicodeString in which spelling differences that do not change a
// name are gone, with a map from every UTF-16 unit back to the source bytes it came from:
//   - compatibility decomposition (NFKD), then every combining mark removed ("Siân" -> "Sian",
//     the ligature "ﬁ" -> "fi", full-width letters -> ASCII);
//   - curly and modifier apostrophes (’ ‘ ʼ ´ ` ′) -> ', no-break and narrow no-break spaces ->
//     space, the hyphens and dashes U+2010..U+2013 and the minus sign -> '-';
//   - soft hyphens and zero-width characters dropped.
// Case is kept: the patterns match case-insensitively. Invalid UTF-8 becomes U+FFFD.
// With `split_joined_words` (for identifiers written without spaces: bookmark names, tags, file
// names, URLs) '_', '-' and '.' become spaces, and a space is inserted where a lower-case letter
// meets an upper-case one or a letter meets a digit ("ConnorWalsh_2" -> "Connor Walsh 2").
// With `decode_percent`, "%20"-style escapes (URLs, relationship targets) are decoded first.
// Covered by folding_test.cpp.
#pragma once

#include <unicode/unistr.h>

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace dhr::scan {

struct FoldOptions {
  bool split_joined_words = false;
  bool decode_percent = false;
};

struct FoldedText {
  icu::UnicodeString text;
  // For unit i of `text`, the source byte range [source_begin[i], source_end[i]) it came from.
  // An inserted space maps to an empty range. Empty when `identity`.
  std::vector<size_t> source_begin;
  std::vector<size_t> source_end;
  size_t source_size = 0;
  // The text is the source unchanged (ASCII with nothing to fold): unit i came from byte i.
  bool identity = false;

  // The source byte range covered by the units [start, limit) of `text`.
  std::pair<size_t, size_t> SourceRange(int32_t start, int32_t limit) const;
};

FoldedText FoldForScan(std::string_view utf8, const FoldOptions& options = {});

// Whether splitting joined words and decoding escapes would change nothing: the text is ASCII
// without '_', '-', '.', '%' or a grave accent, and no lower-case letter meets an upper-case one
// and no letter meets a digit ("123", "preserve", "single"). FoldForScan then gives the same text
// with either options, so a reading of it with them finds what the plain reading found.
bool SplitChangesNothing(std::string_view utf8);

// The folded text as UTF-8, for building patterns from the case's names.
std::string FoldToUtf8(std::string_view utf8);

}  // namespace dhr::scan
