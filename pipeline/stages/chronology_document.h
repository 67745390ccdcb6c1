// The combined chronology at a stage: as fill data for the review's documents, and as a Word
// document of its own for the panel.
//
// Input: the prepared case (pipeline/prepare/prepared_case.h: the case, its people's codes, the
// compiled matcher), its chronology/ folder read through the FileSystem and merged by
// pipeline/chronology (read, check, merge), the chronology template (templates/chronology, or a
// partnership's own) and the stage. Output: fill data, or the document through the stage's runner
// (stage.h): named and marked at draft, anonymised and marked at submission, published (cleaned,
// anonymised, scanned afresh; findings instead of bytes) at publication.
// The document holds a counts table (per agency and year: contacts and contacts where the client was
// seen), the timeline picture (pipeline/chronology/timeline.h) and the chronology table. The
// picture's text is only agency names and years; in an anonymised document each agency name is
// drawn with the matcher's replacements already made (a practice that is one of the case's places
// becomes its replacement), so no name of the case is ever drawn into pixels that cannot be
// anonymised afterwards.
// Covered by tests/chronology_cli_test.cpp (every stage, read by LibreOffice, python-docx and the
// independent scan) and build_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "docx/package.h"
#include "pipeline/chronology/chronology.h"
#include "pipeline/prepare/prepared_case.h"
#include "pipeline/stages/stage.h"

namespace dhr::stages {

// The case folder's chronology/ files, read, checked and merged under the case's rules (the codes
// agencies may write, the scope period); every error of every file at once ("chronology.invalid",
// one per line), or "chronology.no_files".
Result<Chronology> CaseChronology(FileSystem& fs, const PreparedCase& prepared, const TableOptions& table = {});

// The combined chronology as the review documents' fill data (ChronologyData: rows, counts,
// totals; and the timeline picture when the case asks for it, drawn with the anonymiser's
// replacements unless the stage is a draft); null when the case folder has no agency files. Its
// warnings are appended to `warnings`.
Result<nlohmann::json> CaseChronologyData(FileSystem& fs, const PreparedCase& prepared, Stage stage,
                                          std::vector<Problem>& warnings);

// The timeline of the chronology as fill data for an {{image}} tag ({png, width_mm, description}).
// With `matcher`, each agency label is drawn as the anonymised text writes it (its matches replaced
// by their codes: "Riverside Medical Practice" -> "the GP practice").
Result<nlohmann::json> TimelineImageData(const Chronology& chronology, const Matcher* matcher, double width_mm);

// The data the chronology template is filled from: review {title, partnership, local_reference,
// fictional, scope_from, scope_to}, stage_note, and chronology (ChronologyData, agency_count and
// timeline).
Result<nlohmann::json> ChronologyDocumentData(const Chronology& chronology, const PreparedCase& prepared, Stage stage);

// Fills the chronology template and runs the stage on it (RunStage). `warnings` (may be null)
// receives the fill's.
Result<StagedDocument> WriteChronologyDocument(const Chronology& chronology, const PreparedCase& prepared,
                                               Package template_package, Stage stage, const std::string& file_name,
                                               std::vector<Problem>* warnings);

}  // namespace dhr::stages
