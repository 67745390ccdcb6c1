// The built-in templates' .docx bytes, compiled into the program. The definitions are generated at
// build time by dhr_pack_templates (tools/pack_templates.cpp) from the folders in templates/; use
// templates.h, not this header, outside the templates stage.
#pragma once

#include <cstddef>

namespace dhr {

struct EmbeddedTemplate {
  const char* name;             // the folder's name: "overview-report"
  const unsigned char* bytes;   // the packed .docx; static storage
  size_t size;
};

// In name order.
extern const EmbeddedTemplate kEmbeddedTemplates[];
extern const size_t kEmbeddedTemplateCount;

}  // namespace dhr
