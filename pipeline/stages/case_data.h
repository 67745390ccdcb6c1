// CaseData: the data tree the four review documents are filled from (docs/data.md lists every key).
//
// Input: a loaded case (pipeline/case), the identities the anonymiser gives its people,
// professionals and places (PreparedCase::identities: the same codes the anonymised documents
// carry), the Markdown narrative of the case folder's sections/ (ReadSections), the combined
// chronology's fill data and the stage. Output: a JSON
// object whose keys follow case.yaml's (snake_case, same names), plus the values templates need and
// cannot compute: the document title from review.title, the victim's code and month and year of
// death, each person's code and age, the table rows (pseudonyms, panel, contributors,
// dissemination, recommendations, action plan rows with their RAG status) and the sections' text.
//
// The tree holds real names: it is the draft's content. Anonymised stages anonymise the filled
// document, so a template never has to choose between a name and a code. Dates are "YYYY-MM-DD"
// texts (the fill's `date` and `month_year` filters write them); a value the case does not give is
// null (known to be missing; the fill shows nothing and does not warn).
// Covered by case_data_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "anonymiser/identity.h"
#include "docx/file_io.h"
#include "base/status.h"
#include "pipeline/case/case.h"
#include "pipeline/stages/stage.h"

namespace dhr {

// The narrative of one document: section key ("introduction", "lessons_to_be_learned") -> Markdown.
using SectionTexts = std::map<std::string, std::string>;

struct CaseSections {
  SectionTexts overview;           // sections/overview/NN-<slug>.md
  SectionTexts executive_summary;  // sections/executive-summary/NN-<slug>.md
};

// "07-lessons-to-be-learned.md" -> "lessons_to_be_learned"; "" when the name is not NN-<slug>.md
// (NN: one or more digits; slug: letters, digits and dashes).
std::string SectionKey(const std::string& file_name);

// Reads the sections of a case folder: every sections/overview/*.md and
// sections/executive-summary/*.md named NN-<slug>.md. A missing folder gives no sections. Errors:
// "build.section_name" (a .md file not named NN-<slug>.md, or two files with one key),
// "build.section_text" (not UTF-8), or a read error; each names the file.
Result<CaseSections> ReadSections(FileSystem& fs, const std::string& case_folder);

// Every required section (templates/section-guidance.yaml) the case folder does not hold, one
// error each ("build.section_unwritten"), naming the file to write under `case_folder` and the
// heading it goes under; empty when all are written. The submission and the publication stop on
// them; a draft shows the seeds' guidance in their place.
std::vector<Problem> UnwrittenSections(const CaseSections& sections, const std::string& case_folder);

// The abbreviation of a review title: "Domestic Homicide Review" -> "DHR",
// "Domestic Abuse Related Death Review" -> "DARDR".
std::string TitleAbbreviation(const std::string& title);

// The RAG colour of an action's status, as a hex fill ("FF0000"); "" for no status.
std::string StatusColour(const std::string& status);

// The data tree, the only place it is built. `identities` are PreparedCase::identities of the same
// case (one per person, then professional, then place, in case order); `chronology` the combined
// chronology's fill data (ChronologyData from pipeline/chronology: rows, counts, totals, and the
// timeline picture when the case asks for it; null for none). `stage` is written as "stage", and
// review.draft is null except at draft.
nlohmann::json CaseData(const Case& c, const std::vector<Identity>& identities, const CaseSections& sections,
                        nlohmann::json chronology = nullptr, stages::Stage stage = stages::Stage::kDraft);

}  // namespace dhr
