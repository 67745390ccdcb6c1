// Recognising security markings and draft numbering in the text of one paragraph.
//
// Input: a paragraph's text (ParagraphText::text, UTF-8). Output: whether the text is nothing but
// markings, and the byte ranges to cut to take markings out of longer text.
//
// A marking is   [label] CLASS [descriptor...]   or   DRAFT [number]
//   label       "Classification:", "Security classification:", "Protective marking:"...
//   CLASS       OFFICIAL, OFFICIAL-SENSITIVE (any dash, a space or a colon between the words),
//               RESTRICTED, PROTECT, NOT PROTECTIVELY MARKED, FOR OFFICIAL USE ONLY
//   descriptor  PERSONAL, COMMERCIAL, LOCSEN and the other known descriptors, bare or in brackets
//   DRAFT       DRAFT, DRAFT 3, Draft v2, Draft version 0.3, Draft No. 4
// Two strengths:
//   kAnyCase     words in any case ("Official", "Draft") and any descriptor in capitals; used to
//                decide that a whole paragraph is a marking, and inside our own paragraphs.
//   kCapitals    used inside other text: CLASS, descriptors and DRAFT in capitals only, or "Draft"
//                followed by a number, so the word "official" in a sentence is never touched.
// Words are whole words: OFFICIALLY and UNOFFICIAL are not markings. Covered by
// marking_text_test.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace dhr {

enum class MarkingStrength { kAnyCase, kCapitals };

struct TextRange {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const TextRange&) const = default;
};

// True when the text holds at least one marking and nothing else but spaces and punctuation;
// with kCapitals, markings in capitals only (how a body paragraph is judged).
bool IsWholeMarking(std::string_view text, MarkingStrength strength = MarkingStrength::kAnyCase);

// The ranges to delete to take every marking out of text that also holds other words: markings
// next to each other are joined, and each range takes the separator (" - ", " | ", ": ") on the
// side of the other words with it, plus brackets around the marking. Tabs and line breaks stay.
// In order, not overlapping.
std::vector<TextRange> MarkingCuts(std::string_view text, MarkingStrength strength);

// True when `word` (a descriptor the user gave) is capitals and would be recognised by
// IsWholeMarking after a CLASS: one to three words of two or more letters A-Z, none of them a
// marking keyword.
bool IsRecognisedDescriptor(std::string_view descriptor);

}  // namespace dhr
