// Which kind of part a package entry is, from its name and content type.
#pragma once

#include <string_view>

#include "docx/package.h"

namespace dhr {

PartKind KindOfPart(std::string_view name, std::string_view content_type);

}  // namespace dhr
