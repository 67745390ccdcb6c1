// Image metadata: what a picture says about itself and no reader of the page sees. EXIF (the
// camera's owner, the GPS position, the date taken), IPTC and XMP (author, caption, keywords), PNG
// text chunks and JPEG comments regularly carry the name of whoever took or edited a photo, and
// sometimes of who is in it.
//
// Input: a Package. Output: every picture part exiv2 can write (JPEG, PNG, TIFF, WebP...) with all
// of its metadata removed and its pixels untouched; PNG text chunks (tEXt, zTXt, iTXt) and time
// stamps are dropped whatever their keyword, since exiv2 keeps those it does not know. Pictures
// exiv2 cannot read (EMF, WMF) are left as they are (the leak scan still reads them). The count
// goes to the report under clean_category::kImageMetadata. Covered by image_metadata_test.cpp and
// tests/publication_matrix_test.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

// The picture without its metadata; nullopt when it has none, or is not a picture exiv2 can write.
std::optional<std::string> WithoutImageMetadata(std::string_view bytes);

void RemoveImageMetadata(Package& package, CleanReport& report);

}  // namespace dhr::publish
