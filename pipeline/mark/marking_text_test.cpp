#include "pipeline/mark/marking_text.h"

#include <doctest/doctest.h>

#include <string>

namespace dhr {
namespace {

// The text left once the cuts are made.
std::string AfterCuts(std::string text, MarkingStrength strength = MarkingStrength::kCapitals) {
  const auto cuts = MarkingCuts(text, strength);
  for (auto cut = cuts.rbegin(); cut != cuts.rend(); ++cut) text.erase(cut->begin, cut->end - cut->begin);
  return text;
}

TEST_CASE("marking text: whole paragraphs of markings, in the spellings people type") {
  for (const char* text :
       {"OFFICIAL", "Official", "official", "OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "OFFICIAL – SENSITIVE",
        "OFFICIAL\u2011SENSITIVE", "OFFICIAL: SENSITIVE", "Official Sensitive", "OFFICIAL-SENSITIVE PERSONAL",
        "OFFICIAL-SENSITIVE: PERSONAL", "OFFICIAL-SENSITIVE [PERSONAL]", "OFFICIAL-SENSITIVE (COMMERCIAL)",
        "OFFICIAL-SENSITIVE LOCSEN", "OFFICIAL-SENSITIVE FAMILY", "Official-Sensitive - Personal", "RESTRICTED",
        "Restricted - Personal", "PROTECT", "NOT PROTECTIVELY MARKED", "DRAFT", "Draft", "DRAFT 3", "Draft v2",
        "Draft V.2", "Draft version 0.3", "Draft No. 4", "DRAFT3", "OFFICIAL-SENSITIVE DRAFT 3", "DRAFT 2 - OFFICIAL",
        "Classification: OFFICIAL", "Security classification: OFFICIAL-SENSITIVE", "Protective Marking: RESTRICTED",
        "Government Security Classification: OFFICIAL", "  OFFICIAL  ", "\tOFFICIAL\t", "OFFICIAL.", "[OFFICIAL]",
        "\u201cOFFICIAL\u201d", "OFFICIAL\u00a0SENSITIVE", "FOR OFFICIAL USE ONLY", "For Official Use Only"}) {
    CAPTURE(text);
    CHECK(IsWholeMarking(text));
  }
}

TEST_CASE("marking text: in capitals only, as body paragraphs are judged") {
  for (const char* text : {"OFFICIAL", "OFFICIAL-SENSITIVE: PERSONAL", "RESTRICTED", "FOR OFFICIAL USE ONLY",
                           "OFFICIAL SENSITIVE", "[OFFICIAL]"}) {
    CAPTURE(text);
    CHECK(IsWholeMarking(text, MarkingStrength::kCapitals));
  }
  for (const char* text : {"Official", "Restricted", "For official use only", "The OFFICIAL record", "FOR USE ONLY",
                           "OFFICIAL USE"}) {
    CAPTURE(text);
    CHECK_FALSE(IsWholeMarking(text, MarkingStrength::kCapitals));
  }
}

TEST_CASE("marking text: other header text is not a marking") {
  for (const char* text : {"", "   ", "Official statistics", "OFFICIALLY", "UNOFFICIAL", "Overview Report",
                           "Page 3 of 12", "OFFICIAL-SENSITIVE Family", "Classification", "Draft Overview Report",
                           "PROTECTED", "Official Sensitive page 3", "Classification OFFICIAL", "OFFICIAL2x",
                           "Sensitive", "Marking: Adult X", "Drafted"}) {
    CAPTURE(text);
    CHECK_FALSE(IsWholeMarking(text));
  }
}

TEST_CASE("marking text: markings in capitals are cut out of longer text with the separator beside them") {
  CHECK(AfterCuts("OFFICIAL - Page 3") == "Page 3");
  CHECK(AfterCuts("Page 3 | OFFICIAL-SENSITIVE") == "Page 3");
  CHECK(AfterCuts("Overview Report \u2013 DRAFT 3") == "Overview Report");
  CHECK(AfterCuts("Overview Report Draft v2") == "Overview Report");
  CHECK(AfterCuts("DRAFT Overview Report") == "Overview Report");
  CHECK(AfterCuts("Report (OFFICIAL) 2019") == "Report 2019");
  CHECK(AfterCuts("Report\tOFFICIAL - Page 3") == "Report\tPage 3");
  CHECK(AfterCuts("Report \u2013 OFFICIAL\tPage 3") == "Report\tPage 3");
  CHECK(AfterCuts("OFFICIAL-SENSITIVE [PERSONAL] - Page 3") == "Page 3");
  CHECK(AfterCuts("Classification: OFFICIAL - Page 3") == "Page 3");
  CHECK(AfterCuts("OFFICIAL-SENSITIVE DRAFT 3 \u2013 Overview report") == "Overview report");
  CHECK(AfterCuts("OFFICIAL\tSmith review\tOFFICIAL") == "\tSmith review\t");
  CHECK(AfterCuts("Review of Adult X, RESTRICTED, 2016") == "Review of Adult X, 2016");
  // A marking on a line of its own goes with a line break.
  CHECK(AfterCuts("OFFICIAL\nReview of Adult X") == "Review of Adult X");
  CHECK(AfterCuts("Review of Adult X\n DRAFT 3 ") == "Review of Adult X");
  CHECK(AfterCuts("Review\nOFFICIAL-SENSITIVE\nPage 2") == "Review\nPage 2");
  CHECK(AfterCuts("Review\n\tOFFICIAL") == "Review\n\t");
}

TEST_CASE("marking text: words in ordinary case inside other text are left alone") {
  for (const char* text : {"Official statistics published", "Draft Overview Report", "The official record",
                           "Restricted access", "Protect the child", "OFFICIALLY released", "UNOFFICIAL copy",
                           "DRAFTING note"}) {
    CAPTURE(text);
    CHECK(MarkingCuts(text, MarkingStrength::kCapitals).empty());
  }
}

TEST_CASE("marking text: in any case strength, ordinary-case markings and open descriptors are cut too") {
  CHECK(AfterCuts("Official Sensitive - Page 3", MarkingStrength::kAnyCase) == "Page 3");
  CHECK(AfterCuts("OFFICIAL-SENSITIVE FAMILY Page 3", MarkingStrength::kAnyCase) == "Page 3");
  CHECK(AfterCuts("OFFICIAL-SENSITIVE FAMILY Page 3", MarkingStrength::kCapitals) == "FAMILY Page 3");
}

TEST_CASE("marking text: descriptors the marking stage can write and strip find again") {
  CHECK(IsRecognisedDescriptor("PERSONAL"));
  CHECK(IsRecognisedDescriptor("LOCSEN"));
  CHECK(IsRecognisedDescriptor("FAMILY"));
  CHECK(IsRecognisedDescriptor("HEALTH AND CARE"));
  CHECK_FALSE(IsRecognisedDescriptor(""));
  CHECK_FALSE(IsRecognisedDescriptor("Personal"));
  CHECK_FALSE(IsRecognisedDescriptor("DRAFT"));
  CHECK_FALSE(IsRecognisedDescriptor("PERSONAL 2"));
  CHECK_FALSE(IsRecognisedDescriptor("A B C D"));
}

}  // namespace
}  // namespace dhr
