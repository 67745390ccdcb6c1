#include "pipeline/scan/paragraph_text.h"

#include <cstdint>

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

uint8_t FlagsOf(const xmlNode* element) {
  if (IsElement(element, ns::kW, "ins") || IsElement(element, ns::kW, "moveTo")) return kInserted;
  if (IsElement(element, ns::kW, "del") || IsElement(element, ns::kW, "moveFrom") ||
      IsElement(element, ns::kW, "delText") || IsElement(element, ns::kW, "delInstrText"))
    return kDeleted;
  return 0;
}

// The character an empty element stands for, or 0.
char CharacterOf(const xmlNode* element) {
  if (IsElement(element, ns::kW, "tab") || IsElement(element, ns::kW, "ptab") ||
      IsElement(element, ns::kW, "br") || IsElement(element, ns::kW, "cr") || IsElement(element, ns::kA, "br"))
    return ' ';
  if (IsElement(element, ns::kW, "noBreakHyphen")) return '-';
  return 0;
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
  std::vector<uint8_t> flags;
  auto append = [&](const char* text, uint8_t flag) {
    for (; *text; ++text) {
      out.text += *text;
      flags.push_back(flag);
    }
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
    if (const char c = CharacterOf(node)) {
      const char text[2] = {c, 0};
      append(text, top.flags);
      continue;
    }
    const uint8_t inner = top.flags | FlagsOf(node);
    for (const xmlNode* c = node->last; c; c = c->prev) stack.push_back({c, inner});
  }

  uint8_t seen = 0;
  for (uint8_t f : flags) seen |= f;
  if (seen & kDeleted) out.others.push_back(Without(out.text, flags, kDeleted));
  if (seen & kInserted) out.others.push_back(Without(out.text, flags, kInserted));
  return out;
}

}  // namespace dhr::scan
