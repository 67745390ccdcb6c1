#include "pipeline/fill/renderer.h"

#include "pipeline/fill/filters.h"
#include "docx/xml_output.h"

namespace dhr {
namespace {

// Six hexadecimal digits: a colour as w:shd's fill takes it.
bool IsHexColour(const std::string& text) {
  return text.size() == 6 && text.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

constexpr std::string_view kReopenText = "<w:t xml:space=\"preserve\">";

// Value text inside an open w:t: line breaks become w:br and tabs w:tab.
void AppendRunText(std::string& out, std::string_view text) {
  if (text.find_first_of("\n\r\t") == std::string_view::npos) {
    AppendEscapedText(out, text);
    return;
  }
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') continue;
    AppendEscapedText(out, text.substr(start, i - start));
    if (i < text.size()) {
      out += "</w:t>";
      out += text[i] == '\t' ? "<w:tab/>" : "<w:br/>";
      out += kReopenText;
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    start = i + 1;
  }
}

bool WritesRow(std::string_view literal) {
  return literal.find("<w:tr>") != std::string_view::npos || literal.find("<w:tr ") != std::string_view::npos;
}

// A container must end with a paragraph: it has none, or its last block is a table.
bool NeedsParagraph(std::string_view written) {
  const size_t end = written.find_last_not_of(" \t\r\n");
  written = written.substr(0, end == std::string_view::npos ? 0 : end + 1);
  if (written.size() >= 8 && written.substr(written.size() - 8) == "</w:tbl>") return true;
  return written.find("<w:p>") == std::string_view::npos && written.find("<w:p ") == std::string_view::npos &&
         written.find("<w:p/>") == std::string_view::npos;
}

}  // namespace

void ProblemLog::Add(const TagOrigin& origin, const std::string& id, const std::string& message, bool warning) {
  auto [it, added] = seen_.try_emplace({&origin, id});
  if (!added) {
    auto& list = it->second.first ? report_.warnings : report_.errors;
    ++list[it->second.second].occurrences;
    return;
  }
  TemplateError e;
  e.id = id;
  e.part = origin.part;
  e.paragraph = origin.paragraph;
  e.tag = origin.tag.text;
  e.context = origin.context;
  e.message = message;
  e.warning = warning;
  auto& list = warning ? report_.warnings : report_.errors;
  list.push_back(std::move(e));
  it->second = {warning, list.size() - 1};
}

PartRenderer::PartRenderer(const Program& program, RenderContext& context) : c_(context) {
  Push(program, FrameKind::kBody);
}

std::string_view PartRenderer::Next(size_t want) {
  if (given_ > 0) {
    out_.erase(0, given_);
    for (Frame& f : stack_) f.start -= std::min(f.start, given_);
    given_ = 0;
  }
  while (!stack_.empty() && HeldFrom() < want) Step();
  given_ = stack_.empty() ? out_.size() : HeldFrom();
  return std::string_view(out_.data(), given_);
}

size_t PartRenderer::HeldFrom() const {
  for (const Frame& f : stack_)
    if (f.kind == FrameKind::kParagraphGuard || (f.kind == FrameKind::kTableGuard && !f.resolved)) return f.start;
  return out_.size();
}

void PartRenderer::Push(const Program& program, FrameKind kind) {
  if (kind == FrameKind::kBody && program.empty()) return;
  Frame frame{&program};
  frame.kind = kind;
  frame.start = out_.size();
  stack_.push_back(frame);
}

void PartRenderer::Step() {
  Frame& frame = stack_.back();
  if (frame.next == frame.program->size()) {
    Finish(frame);
    return;
  }
  const Instruction& i = (*frame.program)[frame.next++];
  switch (i.op) {
    case Op::kLiteral:
      out_ += i.literal;
      ResolveTableGuard();
      break;
    case Op::kValue:
      Value(i);
      break;
    case Op::kEach:
      Each(i);
      break;
    case Op::kIf:
    case Op::kUnless: {
      const bool truthy = IsTruthy(Find(i));
      Push((i.op == Op::kIf) == truthy ? i.body : i.else_body, FrameKind::kBody);
      break;
    }
    case Op::kMarkdown:
      Markdown(i);
      break;
    case Op::kShade:
      Shade(i);
      break;
    case Op::kImage:
      Image(i);
      break;
    case Op::kParagraphGuard:
      Push(i.body, FrameKind::kParagraphGuard);
      break;
    case Op::kTableGuard:
      Push(i.body, FrameKind::kTableGuard);
      break;
  }
}

void PartRenderer::Finish(Frame& frame) {
  switch (frame.kind) {
    case FrameKind::kLoop:
      c_.scope.Leave();
      if (++frame.item < frame.list->size()) {
        if (whole_ && frame.item == kItemsBeforeEstimate) ReserveForLoop(frame);
        c_.scope.Enter(*frame.list, frame.item);
        frame.next = 0;
        return;
      }
      break;
    case FrameKind::kParagraphGuard:
      if (NeedsParagraph(std::string_view(out_).substr(frame.start))) out_ += "<w:p/>";
      break;
    case FrameKind::kTableGuard:
      if (!frame.resolved) out_.resize(frame.start);
      break;
    case FrameKind::kBody:
      break;
  }
  stack_.pop_back();
}

// Rendering a whole part, a long loop would grow the output by doubling, and for a moment hold the
// old buffer beside one twice its size (a 50,000-row chronology: 32 MB beside 64). After its first
// items, the loop's remaining size is estimated from theirs, with headroom, and reserved once.
// Capacity never written costs address space, not memory.
void PartRenderer::ReserveForLoop(const Frame& loop) {
  const size_t remaining = loop.list->size() - loop.item;
  if (remaining < kItemsBeforeEstimate) return;
  const size_t per_item = (out_.size() - loop.start) / loop.item;
  const size_t want = out_.size() + per_item * remaining + per_item * remaining / 4;
  if (want > out_.capacity()) out_.reserve(want);
}

// The innermost table guard still waiting for a row is satisfied by a literal that starts one.
void PartRenderer::ResolveTableGuard() {
  for (auto f = stack_.rbegin(); f != stack_.rend(); ++f) {
    if (f->kind != FrameKind::kTableGuard) continue;
    if (!f->resolved && WritesRow(std::string_view(out_).substr(f->start))) f->resolved = true;
    return;
  }
}

const nlohmann::json* PartRenderer::Find(const Instruction& i, bool has_default) {
  const nlohmann::json* value = c_.scope.Find(i.origin.tag.path);
  if (!value && !has_default)
    c_.problems.Add(i.origin, "fill.missing_value",
                    "\"" + i.origin.tag.path.text + "\" is not in the data" +
                        (c_.strict ? "" : "; it was taken as empty"),
                    !c_.strict);
  return value;
}

void PartRenderer::Value(const Instruction& i) {
  bool has_default = false;
  for (const Filter& f : i.origin.tag.filters) has_default |= f.name == "default";
  const nlohmann::json* value = Find(i, has_default);
  if (value && value->is_string() && i.origin.tag.filters.empty()) {
    AppendRunText(out_, value->get_ref<const std::string&>());
    return;
  }
  std::string text;
  if (value) {
    std::optional<std::string> scalar = ScalarText(*value);
    if (!scalar) {
      c_.problems.Add(i.origin, "fill.not_text",
                      "\"" + i.origin.tag.path.text + "\" is " + KindName(*value) +
                          ", not a text: use {{#each}} to go through a list, or name one of its fields",
                      false);
      return;
    }
    text = std::move(*scalar);
  }
  bool missing = text.empty();
  for (const Filter& f : i.origin.tag.filters) {
    if (Status s = ApplyFilter(f, text, missing); !s.ok()) {
      c_.problems.Add(i.origin, s.id(), s.message(), false);
      return;
    }
  }
  AppendRunText(out_, text);
}

void PartRenderer::Each(const Instruction& i) {
  const nlohmann::json* list = Find(i);
  if (!list || list->is_null()) return;
  if (!list->is_array()) {
    c_.problems.Add(i.origin, "fill.not_a_list",
                    "{{#each}} needs a list, but \"" + i.origin.tag.path.text + "\" is " + KindName(*list), false);
    return;
  }
  if (list->empty() || i.body.empty()) return;
  c_.scope.Enter(*list, 0);
  Push(i.body, FrameKind::kLoop);
  stack_.back().list = list;
}

void PartRenderer::Markdown(const Instruction& i) {
  const nlohmann::json* value = Find(i);
  if (!value || value->is_null()) return;
  if (!value->is_string()) {
    c_.problems.Add(i.origin, "fill.not_text",
                    "{{markdown}} needs a text, but \"" + i.origin.tag.path.text + "\" is " + KindName(*value), false);
    return;
  }
  if (c_.markdown) out_ += c_.markdown->Blocks(value->get_ref<const std::string&>(), i.paragraph_style);
}

void PartRenderer::Shade(const Instruction& i) {
  const nlohmann::json* value = Find(i);
  if (!value || value->is_null() || (value->is_string() && value->get_ref<const std::string&>().empty())) {
    out_ += i.literal;
    return;
  }
  const std::string* colour = value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
  if (!colour || !IsHexColour(*colour)) {
    c_.problems.Add(i.origin, "fill.bad_colour",
                    "{{shade}} needs a colour written as six hexadecimal digits, such as FFC000, but \"" +
                        i.origin.tag.path.text + "\" is " + (colour ? "\"" + *colour + "\"" : KindName(*value)),
                    false);
    out_ += i.literal;
    return;
  }
  out_ += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + *colour + "\"/>";
}

void PartRenderer::Image(const Instruction& i) {
  const nlohmann::json* value = Find(i);
  if (!value || value->is_null()) return;
  if (!value->is_object()) {
    c_.problems.Add(i.origin, "fill.not_an_image",
                    "{{image}} needs a picture ({\"png_base64\": ..., \"width_mm\": ..., \"description\": ...}), but \"" +
                        i.origin.tag.path.text + "\" is " + KindName(*value),
                    false);
    return;
  }
  if (!c_.images) return;
  auto paragraph = c_.images->Paragraph(*value, i.paragraph_style);
  if (!paragraph.ok()) {
    c_.problems.Add(i.origin, paragraph.status().id(), paragraph.status().message(), false);
    return;
  }
  out_ += *paragraph;
}

std::string PartRenderer::TakeRest() {
  whole_ = true;
  Next(std::string::npos);  // everything ready: nothing is held once the program has ended
  std::string rest = std::move(out_);
  out_.clear();
  given_ = 0;
  return rest;
}

void RenderProgram(const Program& program, RenderContext& context, std::string& out) {
  PartRenderer renderer(program, context);
  if (out.empty()) {
    out = renderer.TakeRest();
  } else {
    out += renderer.TakeRest();
  }
}

bool HasMarkdown(const Program& program) {
  for (const Instruction& i : program)
    if (i.op == Op::kMarkdown || i.op == Op::kImage || HasMarkdown(i.body) || HasMarkdown(i.else_body)) return true;
  return false;
}

}  // namespace dhr
