#include "pipeline/fill/fill.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>

#include "pipeline/fill/docx_writer.h"
#include "pipeline/fill/footnote_collector.h"
#include "pipeline/fill/list_numbering.h"
#include "pipeline/fill/package_word_target.h"
#include "pipeline/fill/part_compiler.h"
#include "pipeline/fill/renderer.h"
#include "pipeline/fill/style_catalog.h"

namespace dhr {
namespace {

// The parts tags may stand in, main document first: Markdown there may add footnotes, which the
// footnotes part (last) then receives.
std::vector<std::string> TemplateParts(const Package& package) {
  std::vector<std::string> parts;
  for (PartKind kind : {PartKind::kMainDocument, PartKind::kHeader, PartKind::kFooter, PartKind::kComments,
                        PartKind::kEndnotes, PartKind::kFootnotes})
    for (std::string& name : package.PartsOfKind(kind)) parts.push_back(std::move(name));
  return parts;
}

// Tags written where the fill does not look (charts, SmartArt, building blocks, document
// properties) would stay in the output: each such part is a warning.
void WarnAboutUnfilledParts(const Package& package, const std::vector<std::string>& filled,
                            std::vector<TemplateError>& warnings) {
  std::vector<std::string> others = package.TextParts();
  for (PartKind kind : {PartKind::kCoreProperties, PartKind::kAppProperties, PartKind::kCustomProperties})
    for (std::string& name : package.PartsOfKind(kind)) others.push_back(std::move(name));
  for (const std::string& name : others) {
    if (std::find(filled.begin(), filled.end(), name) != filled.end()) continue;
    if (package.Bytes(name).find("{{") == std::string::npos) continue;
    TemplateError w;
    w.id = "template.part_not_filled";
    w.part = name;
    w.message = "this part holds \"{{\" but tags are filled only in the document, headers, footers, comments, "
                "footnotes and endnotes: it is left as it is";
    w.warning = true;
    warnings.push_back(std::move(w));
  }
}

// Compiles every template part on its own copy of the part's XML (the package is not changed).
Result<std::vector<CompiledPart>> CompileParts(const Package& package, FillReport& report) {
  std::vector<CompiledPart> compiled;
  const std::vector<std::string> names = TemplateParts(package);
  for (const std::string& name : names) {
    auto document = XmlDocument::Parse(package.Bytes(name), name);
    if (!document.ok()) return document.status().At(package.file_name(), name);
    CompiledPart part = CompilePart(*document, name);
    report.errors.insert(report.errors.end(), part.errors.begin(), part.errors.end());
    if (part.has_tags) compiled.push_back(std::move(part));
  }
  WarnAboutUnfilledParts(package, names, report.warnings);
  return compiled;
}

// A part rendered while the zip is written: its own scope, so parts never share loop state.
struct StreamedPart {
  StreamedPart(const Program& program, const nlohmann::json& data, ProblemLog& problems, bool strict)
      : scope(data), context{scope, problems, nullptr, strict}, renderer(program, context) {}
  DataScope scope;
  RenderContext context;
  PartRenderer renderer;
};

// One fill of one package. Not copyable; everything it is given is borrowed.
class FillSession {
 public:
  FillSession(Package& package, const nlohmann::json& data, const FillOptions& options, FillReport& report)
      : package_(package), data_(data), options_(options), report_(report), numbering_(package),
        styles_(package, numbering_), footnotes_(package), problems_(report) {}
  FillSession(const FillSession&) = delete;
  FillSession& operator=(const FillSession&) = delete;

  // Compiles every part and renders to bytes those that must be whole before the package is
  // written: all of them, or with `stream` only those whose Markdown edits other parts (and the
  // footnotes part, which receives Markdown's footnotes). The others wait in streamed().
  Status Render(bool stream) {
    auto compiled = CompileParts(package_, report_);
    if (!compiled.ok()) return compiled.status();
    if (!report_.errors.empty()) return Failed();
    compiled_ = std::move(compiled).value();
    for (const CompiledPart& part : compiled_) {
      const PartInfo* info = package_.Find(part.name);
      const bool footnotes_part = info && info->kind == PartKind::kFootnotes;
      if (stream && !footnotes_part && !HasMarkdown(part.program)) {
        streamed_parts_.emplace_back(part.program, data_, problems_, options_.strict);
        streamed_[part.name] = &streamed_parts_.back().renderer;
      } else {
        rendered_[part.name] = RenderWhole(part, info && info->kind == PartKind::kMainDocument);
      }
    }
    for (const Status* s : {&styles_.status(), &numbering_.status()})
      if (!s->ok()) return s->At(package_.file_name());
    if (!report_.errors.empty()) return Failed();
    if (Status s = footnotes_.Apply(rendered_); !s.ok()) return s.At(package_.file_name());
    return {};
  }

  // The errors met so far (streamed parts report theirs while they are written).
  Status Failed() const { return StatusOf(report_.errors, package_.file_name()); }

  std::map<std::string, std::string>& rendered() { return rendered_; }
  const std::map<std::string, PartRenderer*>& streamed() const { return streamed_; }

 private:
  std::string RenderWhole(const CompiledPart& part, bool takes_footnotes) {
    DataScope scope(data_);
    PackageWordTarget target(package_, styles_, numbering_, takes_footnotes ? &footnotes_ : nullptr, part.name);
    PackageMarkdownWriter markdown(target, options_.heading_offset, options_.markdown_body_style);
    PackageImageWriter images(package_, part.name);
    RenderContext context{scope, problems_, &markdown, options_.strict, &images};
    std::string out;
    RenderProgram(part.program, context, out);
    return out;
  }

  Package& package_;
  const nlohmann::json& data_;
  const FillOptions& options_;
  FillReport& report_;
  ListNumbering numbering_;
  StyleCatalog styles_;
  FootnoteCollector footnotes_;
  ProblemLog problems_;
  std::vector<CompiledPart> compiled_;
  std::map<std::string, std::string> rendered_;
  std::deque<StreamedPart> streamed_parts_;
  std::map<std::string, PartRenderer*> streamed_;
};

}  // namespace

Status Fill(Package& package, const nlohmann::json& data, const FillOptions& options, FillReport* report) {
  FillReport local;
  FillSession session(package, data, options, report ? *report : local);
  if (Status s = session.Render(/*stream=*/false); !s.ok()) return s;
  for (auto& [name, bytes] : session.rendered())
    if (Status s = package.PutPart(name, std::move(bytes), {}, Package::PartParsing::kOnFirstUse); !s.ok()) return s;
  return {};
}

Result<Package> FillTemplate(Package template_package, const nlohmann::json& data, const FillOptions& options,
                             FillReport* report) {
  if (Status s = Fill(template_package, data, options, report); !s.ok()) return s;
  return template_package;
}

Result<std::string> FillToDocx(Package template_package, const nlohmann::json& data, const FillOptions& options,
                               FillReport* report) {
  FillReport local;
  FillReport& r = report ? *report : local;
  FillSession session(template_package, data, options, r);
  if (Status s = session.Render(/*stream=*/true); !s.ok()) return s;
  auto bytes = WriteFilledDocx(template_package, session.rendered(), session.streamed());
  if (!bytes.ok()) return bytes.status().At(template_package.file_name());
  if (!r.errors.empty()) return session.Failed();
  return bytes;
}

std::vector<TemplateError> CheckTemplate(Package& template_package) {
  FillReport report;
  auto compiled = CompileParts(template_package, report);
  if (!compiled.ok()) {
    TemplateError e;
    e.id = compiled.status().id();
    e.part = compiled.status().where().part;
    e.message = compiled.status().message();
    report.errors.push_back(std::move(e));
  }
  report.errors.insert(report.errors.end(), report.warnings.begin(), report.warnings.end());
  return report.errors;
}

}  // namespace dhr
