// What publication adds so that a public copy can be read with a screen reader (GOV.UK's guidance
// for accessible documents; Public Sector Bodies Accessibility Regulations 2018), where the
// document leaves it out and it can be supplied without guessing:
//   - a document title (dc:title of the core properties) when it has none: the text of its first
//     paragraph styled Title, else of its first level-1 heading; none when it has neither;
//   - a default language (w:lang in the styles' w:docDefaults) when it has none: en-GB, the
//     language of the reviews of England and Wales; a document without a styles part gets none.
// What cannot be supplied (alt text, header rows, heading levels) is reported by the publication
// scan as accessibility warnings (pipeline/scan/accessibility.h). Run after anonymisation, so that
// the title taken from the text is already anonymised. Covered by accessible_copy_test.cpp.
#pragma once

#include "base/status.h"
#include "docx/package.h"

namespace dhr::publish {

inline constexpr const char* kPublicationLanguage = "en-GB";

Status AddMissingTitleAndLanguage(Package& package);

}  // namespace dhr::publish
