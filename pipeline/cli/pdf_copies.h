// Tagged PDF copies of written documents, made by LibreOffice (`dhr build --pdf`).
//
// Input: the .docx files just written (all in one folder) and the mode their copies get. Output:
// NAME.pdf beside each NAME.docx, tagged (LibreOffice's writer_pdf_Export with UseTaggedPDF, so
// screen readers get the headings, tables and alt text), written atomically with `mode`, or an
// error naming the document that could not be converted (and none of the PDFs written).
// LibreOffice runs headless with a private, temporary profile (so it neither disturbs nor waits for
// a LibreOffice the user has open) and writes into a private temporary folder first: a PDF of a
// draft holds real names and is never readable by others, even for a moment.
// Errors: "pdf.no_soffice" when soffice is not on the PATH (the caller says so and carries on),
// "pdf.convert" when LibreOffice made no PDF of a document, or a write error.
// Covered by tests/accessible_copies_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "docx/file_io.h"

namespace dhr {

// The soffice export filter, as given to --convert-to.
inline constexpr const char* kTaggedPdfFilter =
    "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";

// The PDFs written, in the order of `documents`.
Result<std::vector<std::string>> WriteTaggedPdfs(FileSystem& fs, const std::vector<std::string>& documents,
                                                 unsigned mode);

}  // namespace dhr
