#include "pipeline/scan/paragraph_text.h"

#include <cstdint>
#include <cstring>
#include <string_view>

#include "docx/xml.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {
namespace {

enum ChangeFlag : uint8_t { kInserted = 1, kDeleted = 2 };

bool HasElementChild(const xmlNode* node) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) return true;
  return false;
}

bool IsBlank(const char* text) {
  for (; text && *text; ++text)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r') return false;
  return true;
}

// What an element means to the reading of a paragraph: a character it stands for (tab, break,
// non-breaking hyphen), or text inserted or deleted by a tracked change. Its name is read once.
struct Role {
  char character = 0;
  uint8_t flags = 0;
};

Role RoleOf(const xmlNode* element) {
  // Most elements of a paragraph (r, rPr, t, pPr, proofErr, bookmarkStart...) are none of these:
  // their first letter says so before any comparison.
  const char first = element->name ? static_cast<char>(element->name[0]) : '\0';
  if (std::strchr("tpbcnimd", first) == nullptr || first == '\0') return {};
  const std::string_view name = LocalName(element);
  Role role;
  if (name == "tab" || name == "ptab" || name == "br" || name == "cr") {
    role.character = ' ';
  } else if (name == "noBreakHyphen") {
    role.character = '-';
  } else if (name == "ins" || name == "moveTo") {
    role.flags = kInserted;
  } else if (name == "del" || name == "moveFrom" || name == "delText" || name == "delInstrText") {
    role.flags = kDeleted;
  } else {
    return {};
  }
  if (HasNamespace(element, ns::kW)) return role;
  if (name == "br" && HasNamespace(element, ns::kA)) return role;  // a line break in DrawingML text
  return {};
}

TextReading Without(const std::string& text, const std::vector<uint8_t>& flags, uint8_t excluded) {
  TextReading reading;
  for (size_t i = 0; i < text.size(); ++i) {
    if (flags[i] & excluded) continue;
    reading.text += text[i];
    reading.offsets.push_back(i);
  }
  return reading;
}

}  // namespace

ParagraphReadings ReadParagraph(const xmlNode* paragraph) {
  ParagraphReadings out;
  // A flag per byte of the text, kept from the first tracked change on (most paragraphs have none).
  std::vector<uint8_t> flags;
  bool tracked = false;
  auto append = [&](const char* text, uint8_t flag) {
    const size_t length = std::strlen(text);
    if (flag != 0 && !tracked) {
      flags.assign(out.text.size(), 0);
      tracked = true;
    }
    out.text.append(text, length);
    if (tracked) flags.insert(flags.end(), length, flag);
  };
  struct Pending {
    const xmlNode* node;
    uint8_t flags;
  };
  std::vector<Pending> stack;
  for (const xmlNode* c = paragraph ? paragraph->last : nullptr; c; c = c->prev) stack.push_back({c, 0});
  while (!stack.empty()) {
    const Pending top = stack.back();
    stack.pop_back();
    const xmlNode* node = top.node;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      const char* content = reinterpret_cast<const char*>(node->content);
      if (!content || (IsBlank(content) && HasElementChild(node->parent))) continue;
      append(content, top.flags);
      continue;
    }
    if (node->type != XML_ELEMENT_NODE) continue;
    if (IsParagraph(node)) {
      append(" ", 0);
      continue;
    }
    const Role role = RoleOf(node);
    if (role.character) {
      const char text[2] = {role.character, 0};
      append(text, top.flags);
      continue;
    }
    const uint8_t inner = top.flags | role.flags;
    for (const xmlNode* c = node->last; c; c = c->prev) stack.push_back({c, inner});
  }

  if (!tracked) return out;
  uint8_t seen = 0;
  for (uint8_t f : flags) seen |= f;
  if (seen & kDeleted) out.others.push_back(Without(out.text, flags, kDeleted));
  if (seen & kInserted) out.others.push_back(Without(out.text, flags, kInserted));
  return out;
}

}  // namespace dhr::scan
