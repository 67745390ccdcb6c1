// Custom XML: the data stores a document carries beside its text (customXml/ parts: SharePoint
// metadata, bibliography sources, content-control data), the bindings to them and the custom
// markup in the text.
//
// Input: a Package. Output: the same package without
//   - any customXml/ part (items and their properties), with their relationships and overrides;
//   - w:dataBinding in content controls (any namespace's, in w:sdtPr), so Word does not refill a
//     control from a store that is gone: the control keeps the text it shows;
//   - w:customXml and w:smartTag wrappers, unwrapped: their content stays, their properties
//     (w:customXmlPr, w:smartTagPr, which hold attribute values such as a person's name) go.
// Counts go to the report under clean_category::kDataBindings and kCustomMarkup, parts by name.
// Covered by custom_xml_test.cpp.
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void RemoveCustomXml(Package& package, CleanReport& report);

}  // namespace dhr::publish
