// Document properties: docProps/core.xml (Dublin Core), app.xml (extended) and custom.xml.
//
// Properties are addressed by their element name as written in the part ("dc:creator",
// "cp:lastModifiedBy", "Company", "Manager") or, for custom properties, by their name attribute.
// Setters create the part (with its content type and package relationship) when it is missing.
// Covered by package_test.cpp.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "docx/package.h"

namespace dhr {

struct Property {
  std::string name;   // "dc:creator", "Company", or a custom property's name
  std::string value;  // text content
};

std::vector<Property> CoreProperties(Package& package);
std::vector<Property> AppProperties(Package& package);
std::vector<Property> CustomProperties(Package& package);

Status SetCoreProperty(Package& package, const std::string& name, const std::string& value);
Status SetAppProperty(Package& package, const std::string& name, const std::string& value);
// Sets a custom string property (vt:lpwstr), creating it if needed.
Status SetCustomProperty(Package& package, const std::string& name, const std::string& value);
// Removes properties; missing ones are ignored.
void RemoveCoreProperty(Package& package, const std::string& name);
void RemoveAppProperty(Package& package, const std::string& name);
void RemoveCustomProperty(Package& package, const std::string& name);

}  // namespace dhr
