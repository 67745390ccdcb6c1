#include "pipeline/fill/template_error.h"

namespace dhr {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string TemplateError::Describe() const {
  std::string out = part.empty() ? std::string("template") : part;
  if (paragraph > 0) out += ", paragraph " + std::to_string(paragraph);
  out += ": " + message;
  if (!context.empty()) out += " (near \"" + context + "\")";
  if (occurrences > 1) out += " (" + std::to_string(occurrences) + " times)";
  return out + " [" + id + "]";
}

std::string TextAround(const std::string& text, size_t begin, size_t end, size_t radius) {
  if (begin > text.size()) begin = text.size();
  if (end > text.size()) end = text.size();
  size_t from = begin;
  for (size_t chars = 0; from > 0 && chars < radius; ++chars) {
    --from;
    while (from > 0 && IsContinuationByte(text[from])) --from;
  }
  size_t to = end;
  for (size_t chars = 0; to < text.size() && chars < radius; ++chars) {
    ++to;
    while (to < text.size() && IsContinuationByte(text[to])) ++to;
  }
  std::string out = text.substr(from, to - from);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return (from > 0 ? "\u2026" : "") + out + (to < text.size() ? "\u2026" : "");
}

Status StatusOf(const std::vector<TemplateError>& errors, const std::string& file_name) {
  if (errors.empty()) return {};
  std::string message;
  if (errors.size() > 1) message = std::to_string(errors.size()) + " problems in the template:";
  for (const TemplateError& e : errors) message += (message.empty() ? "" : "\n  ") + e.Describe();
  const std::string id = errors.size() == 1 ? errors.front().id : "fill.template_errors";
  return Status::Error(id, message, InFile(file_name));
}

}  // namespace dhr
