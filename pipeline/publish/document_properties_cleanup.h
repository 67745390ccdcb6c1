// Document properties and the thumbnail: what docProps/ says about a document beyond its text.
//
// Input: a Package. Output: the same package where
//   core (core.xml)   keeps only dc:title, dc:subject and dc:language. Title and subject may be
//                     the report's own (the anonymiser rewrites them like any text). Removed:
//                     dc:creator, cp:lastModifiedBy (people), cp:keywords, dc:description,
//                     cp:category, cp:contentStatus (free text that drafts fill with names and
//                     case notes), cp:lastPrinted, dcterms:created, dcterms:modified, cp:revision
//                     (when and how long it was drafted), dc:identifier, cp:version and anything
//                     else;
//   app (app.xml)     keeps only the application's name and version, security flags and the
//                     statistics (pages, words, lines...). Removed: Company, Manager,
//                     HyperlinkBase, Template, TotalTime, HLinks (a copy of every link target),
//                     TitlesOfParts with its HeadingPairs (a copy of the title Word rewrites on
//                     save), DigSig and anything else;
//   custom.xml        is removed whole: custom properties are where case systems put names and
//                     references;
//   the thumbnail     (docProps/thumbnail.*, or whatever the package's thumbnail relationship
//                     names) is removed: it is a picture of the first page as it was.
// Each property is recorded in the report ("core dc:creator", "app Company", "custom Client").
// Covered by document_properties_cleanup_test.cpp.
#pragma once

#include "docx/package.h"
#include "pipeline/publish/clean_report.h"

namespace dhr::publish {

void RemoveIdentifyingProperties(Package& package, CleanReport& report);
void RemoveThumbnail(Package& package, CleanReport& report);

}  // namespace dhr::publish
