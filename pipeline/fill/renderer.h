// Rendering: runs a compiled part (program.h) against the data and writes the part's bytes.
//
// Input: a Program, the data scope, the strict flag and a Markdown writer. Output: the filled
// part's XML, all at once (RenderProgram) or piece by piece (PartRenderer, for writing straight
// into a zip entry without holding the whole part), and the fill-time problems in a FillReport:
// a missing value (a warning, or an error when strict), a loop over something that is not a list,
// a date filter on a text that is not a date, a list where a text was expected, a {{shade}} value
// that is not a colour. A problem met on
// every row of a loop is reported once, with its count. Cost: the literal bytes copied plus one
// lookup per value per item; nothing is parsed. The program runs on an explicit stack, so nested
// loops are not nested calls. Covered by renderer_test.cpp and fill_test.cpp.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/fill/data_scope.h"
#include "pipeline/fill/program.h"
#include "pipeline/fill/template_error.h"

namespace dhr {

// Turns the Markdown text of a {{markdown}} tag into WordprocessingML blocks.
class MarkdownWriter {
 public:
  virtual ~MarkdownWriter() = default;
  // `paragraph_style` is the style id of the paragraph the tag stood in ("" for none).
  virtual std::string Blocks(const std::string& markdown, const std::string& paragraph_style) = 0;
};

// Turns the picture of an {{image}} tag (an object: png or png_base64, width_mm, description) into
// a paragraph holding it, adding the picture's part and relationship to the package.
class ImageWriter {
 public:
  virtual ~ImageWriter() = default;
  virtual Result<std::string> Paragraph(const nlohmann::json& image, const std::string& paragraph_style) = 0;
};

// Collects fill-time problems into a report, once per tag and kind of problem.
class ProblemLog {
 public:
  explicit ProblemLog(FillReport& report) : report_(report) {}  // borrowed
  void Add(const TagOrigin& origin, const std::string& id, const std::string& message, bool warning);

 private:
  FillReport& report_;
  std::map<std::pair<const TagOrigin*, std::string>, std::pair<bool, size_t>> seen_;
};

struct RenderContext {
  DataScope& scope;
  ProblemLog& problems;
  MarkdownWriter* markdown = nullptr;  // may be null when the program has no Markdown tag
  bool strict = false;
  ImageWriter* images = nullptr;       // may be null when the program has no image tag
};

// Renders one program in pieces. The program and the context are borrowed for its lifetime.
class PartRenderer {
 public:
  PartRenderer(const Program& program, RenderContext& context);
  PartRenderer(const PartRenderer&) = delete;
  PartRenderer& operator=(const PartRenderer&) = delete;

  // Runs until at least `want` bytes are ready or the program ends; returns a view of the bytes
  // ready (valid until the next call), empty once everything has been given.
  std::string_view Next(size_t want);
  bool done() const { return stack_.empty() && given_ == out_.size(); }
  // Runs to the end and gives everything not given yet, moved out rather than copied (a long
  // chronology's part is tens of megabytes). The renderer is done afterwards.
  std::string TakeRest();

 private:
  enum class FrameKind { kBody, kLoop, kParagraphGuard, kTableGuard };
  struct Frame {
    const Program* program;
    size_t next = 0;
    FrameKind kind = FrameKind::kBody;
    const nlohmann::json* list = nullptr;  // kLoop: the list and the item being rendered
    size_t item = 0;
    size_t start = 0;       // guards: where their output began in out_
    bool resolved = false;  // kTableGuard: a row has been written, the table stays
  };
  void Step();
  void Push(const Program& program, FrameKind kind);
  void Finish(Frame& frame);
  void Value(const Instruction& i);
  void Each(const Instruction& i);
  void Markdown(const Instruction& i);
  void Shade(const Instruction& i);
  void Image(const Instruction& i);
  const nlohmann::json* Find(const Instruction& i, bool has_default = false);
  size_t HeldFrom() const;  // the first byte a guard may still change
  void ResolveTableGuard();
  static constexpr size_t kItemsBeforeEstimate = 32;
  void ReserveForLoop(const Frame& loop);

  RenderContext& c_;
  std::vector<Frame> stack_;
  std::string out_;
  size_t given_ = 0;    // bytes of out_ already handed out
  bool whole_ = false;  // TakeRest: the whole part is wanted at once, so long loops reserve room
};

// Renders the whole program, appending to `out`.
void RenderProgram(const Program& program, RenderContext& context, std::string& out);

}  // namespace dhr
