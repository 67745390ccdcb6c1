#include "pipeline/fill/part_compiler.h"

#include "docx/text.h"
#include "pipeline/fill/block_structure.h"
#include "pipeline/fill/program_emitter.h"
#include "pipeline/fill/tag_isolation.h"
#include "docx/xml_fragment.h"

namespace dhr {
namespace {

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r\n\xC2\xA0") == std::string_view::npos; }

TemplateError ProblemError(const std::string& part, int paragraph, const std::string& text, const TagProblem& p) {
  TemplateError e;
  e.id = p.id;
  e.part = part;
  e.paragraph = paragraph;
  e.tag = text.substr(p.begin, p.end - p.begin);
  e.context = TextAround(text, p.begin, p.end);
  e.message = p.message;
  return e;
}


}  // namespace

CompiledPart CompilePart(XmlDocument& document, const std::string& part_name) {
  CompiledPart compiled;
  compiled.name = part_name;
  std::vector<TagSite> sites;
  int number = 0;
  for (xmlNode* paragraph : Paragraphs(document.root())) {
    if (!IsElement(paragraph, ns::kW, "p")) continue;
    ++number;
    const ParagraphText text = ReadParagraph(paragraph);
    if (!MayHoldTags(text.text)) continue;
    TagScan scan = FindTags(text.text);
    for (const TagProblem& p : scan.problems)
      compiled.errors.push_back(ProblemError(part_name, number, text.text, p));
    if (scan.tags.empty()) continue;
    std::vector<std::pair<size_t, size_t>> ranges;
    for (const Tag& tag : scan.tags) ranges.emplace_back(tag.begin, tag.end);
    auto isolated = IsolateTags(paragraph, ranges);
    if (!isolated.ok()) {
      compiled.errors.push_back(ProblemError(part_name, number, text.text,
                                             {isolated.status().id(), isolated.status().message(),
                                              ranges.front().first, ranges.front().second}));
      continue;
    }
    const bool alone = scan.tags.size() == 1 &&
                       IsBlank(text.text.substr(0, scan.tags[0].begin)) && IsBlank(text.text.substr(scan.tags[0].end));
    for (size_t i = 0; i < scan.tags.size(); ++i) {
      TagSite site;
      site.tag = std::move(scan.tags[i]);
      site.paragraph_number = number;
      site.context = TextAround(text.text, site.tag.begin, site.tag.end);
      site.paragraph = paragraph;
      site.text = (*isolated)[i];
      site.run = site.text->parent;
      site.alone = alone;
      if (site.tag.kind == TagKind::kMarkdown && !alone)
        compiled.errors.push_back(ErrorAt(site, part_name, "template.markdown_not_alone",
                                          site.tag.text + " must stand alone in its paragraph: the whole paragraph "
                                          "is replaced by the Markdown's paragraphs, lists and tables"));
      if (site.tag.kind == TagKind::kImage && !alone)
        compiled.errors.push_back(ErrorAt(site, part_name, "template.image_not_alone",
                                          site.tag.text + " must stand alone in its paragraph: the whole paragraph "
                                          "is replaced by the picture"));
      sites.push_back(std::move(site));
    }
  }
  compiled.has_tags = !sites.empty() || !compiled.errors.empty();
  if (sites.empty()) return compiled;
  std::vector<Block> blocks = MatchBlocks(sites, part_name, compiled.errors);
  // Programs write "w:" and "r:" names; a part written with other prefixes gets these declared too.
  if (!DeclarePrefix(document.root(), "w", ns::kW) || !DeclarePrefix(document.root(), "r", ns::kR))
    compiled.errors.push_back(ErrorAt(sites.front(), part_name, "template.namespace_prefix",
                                      "the part binds the prefix \"w\" or \"r\" to another namespace than Word's, "
                                      "which the fill stage cannot write into"));
  if (!compiled.errors.empty()) return compiled;
  compiled.program = EmitProgram(document.get(), sites, blocks, part_name, compiled.errors);
  if (!compiled.errors.empty()) compiled.program.clear();
  return compiled;
}

}  // namespace dhr
