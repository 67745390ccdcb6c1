#include "pipeline/publish/document_properties_cleanup.h"

#include <string_view>

#include "docx/properties.h"

namespace dhr::publish {
namespace {

constexpr std::string_view kKeptCore[] = {"dc:title", "dc:subject", "dc:language"};

constexpr std::string_view kKeptApp[] = {
    "Application", "AppVersion", "DocSecurity", "ScaleCrop", "LinksUpToDate", "SharedDoc",
    "HyperlinksChanged", "Pages", "Words", "Characters", "CharactersWithSpaces", "Lines",
    "Paragraphs", "Notes", "Slides", "HiddenSlides", "MMClips", "PresentationFormat"};

constexpr const char* kThumbnailRelationship =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";

template <size_t N>
bool Kept(const std::string& name, const std::string_view (&kept)[N]) {
  for (std::string_view k : kept)
    if (name == k) return true;
  return false;
}

}  // namespace

void RemoveIdentifyingProperties(Package& package, CleanReport& report) {
  for (const Property& property : CoreProperties(package)) {
    if (Kept(property.name, kKeptCore)) continue;
    RemoveCoreProperty(package, property.name);
    report.AddRemovedProperty("core " + property.name);
  }
  for (const Property& property : AppProperties(package)) {
    if (Kept(property.name, kKeptApp)) continue;
    RemoveAppProperty(package, property.name);
    report.AddRemovedProperty("app " + property.name);
  }
  const std::vector<Property> custom = CustomProperties(package);
  for (const std::string& part : package.PartsOfKind(PartKind::kCustomProperties)) {
    package.RemovePart(part);
    report.AddRemovedPart(part);
  }
  for (const Property& property : custom) report.AddRemovedProperty("custom " + property.name);
}

void RemoveThumbnail(Package& package, CleanReport& report) {
  std::vector<std::string> thumbnails = package.PartsOfKind(PartKind::kThumbnail);
  for (const Relationship& rel : package.Relationships(""))
    if (rel.type == kThumbnailRelationship && !rel.external && package.Find(rel.resolved))
      thumbnails.push_back(rel.resolved);
  for (const std::string& part : thumbnails) {
    if (!package.Find(part)) continue;  // named twice
    package.RemovePart(part);
    report.AddRemovedPart(part);
  }
}

}  // namespace dhr::publish
