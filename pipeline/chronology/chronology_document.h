// The chronology document: the combined chronology as a Word document of its own, for the panel.
//
// Input: a merged Chronology (chronology.h), the prepared case (anonymiser/case_matcher.h: the case,
// its people's codes and the compiled matcher), the chronology template (templates/chronology, or a
// partnership's own) and the document's stage. Output: the bytes of the filled .docx:
//   draft        named (what the agencies wrote), marked OFFICIAL-SENSITIVE on every page, with
//                the draft number when the case gives one;
//   submission   anonymised with the case's matcher (every part, as `dhr anonymise`), marked
//                OFFICIAL-SENSITIVE;
//   publication  through the publication stage (pipeline/publish: cleaned, anonymised, unmarked,
//                and scanned afresh); "chronology.leak" when the scan still finds anything.
// The document holds a counts table (per agency and year: contacts and contacts where the client was
// seen), the timeline picture (timeline.h) and the chronology table. The picture's text is only
// agency names and years; in an anonymised document each agency name is drawn with the matcher's
// replacements already made (a practice that is one of the case's places becomes its replacement),
// so no name of the case is ever drawn into pixels that cannot be anonymised afterwards.
// Covered by tests/chronology_cli_test.cpp (every stage, read by LibreOffice, python-docx and the
// independent scan).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/case_matcher.h"
#include "docx/package.h"
#include "pipeline/chronology/chronology.h"

namespace dhr {

enum class DocumentStage { kDraft, kSubmission, kPublication };

// "draft", "submission", "publication"; "chronology.bad_stage" otherwise.
Result<DocumentStage> ParseDocumentStage(std::string_view text);

// The rules of a case: its people's codes (as the anonymiser assigns them, and the scheme's codes
// of people who have a pseudonym) and its scope period.
ChronologyRules CaseChronologyRules(FileSystem& fs, const CaseMatcher& prepared);

// The case folder's chronology/ files, read, checked and merged under the case's rules; every
// error of every file at once ("chronology.invalid", one per line), or "chronology.no_files".
Result<Chronology> CaseChronology(FileSystem& fs, const CaseMatcher& prepared, const TableOptions& table = {});

// The timeline of the chronology as fill data for an {{image}} tag ({png, width_mm, description}).
// With `matcher`, each agency label is drawn as the anonymised text writes it (its matches replaced
// by their codes: "Riverside Medical Practice" -> "the GP practice").
Result<nlohmann::json> TimelineImageData(const Chronology& chronology, const Matcher* matcher, double width_mm);

// The data the chronology template is filled from: review {title, partnership, local_reference,
// fictional, scope_from, scope_to}, stage_note, and chronology (ChronologyData, agency_count and
// timeline).
Result<nlohmann::json> ChronologyDocumentData(const Chronology& chronology, const CaseMatcher& prepared,
                                              DocumentStage stage);

// Fills, anonymises and marks as the stage says. `warnings` (may be null) receives the fill's.
Result<std::string> WriteChronologyDocument(const Chronology& chronology, const CaseMatcher& prepared,
                                            Package template_package, DocumentStage stage,
                                            std::vector<std::string>* warnings);

}  // namespace dhr
