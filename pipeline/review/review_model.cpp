#include "pipeline/review/review_model.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "docx/package.h"
#include "pipeline/publish/clean.h"
#include "pipeline/scan/package_scan.h"

namespace dhr::review {
namespace {

// Each stage edits its package in place: each gets its own copy of the document.
Result<Package> OpenCopy(std::string_view bytes, const std::string& file) {
  OpenOptions options;
  options.file_name = file;
  return Package::Open(bytes, options);
}

// The text of every paragraph of every text part, layer by layer, numbered as the anonymiser
// numbers them (every w:p and a:p of the part, nested ones included, from 1).
std::vector<TextBlock> ReadBlocks(Package& package) {
  std::vector<TextBlock> blocks;
  for (const std::string& part : package.TextParts()) {
    XmlDocument* xml = package.Xml(part);
    if (!xml || !xml->root()) continue;
    size_t number = 0;
    for (xmlNode* paragraph : Paragraphs(xml->root())) {
      ++number;
      for (TextLayer layer : {TextLayer::kVisible, TextLayer::kDeleted, TextLayer::kFieldCode}) {
        ParagraphText text = ReadParagraph(paragraph, layer);
        if (text.text.empty()) continue;
        blocks.push_back({.part = part, .paragraph = number, .layer = layer, .text = std::move(text.text)});
      }
    }
  }
  return blocks;
}

// Links each audit row made inside a paragraph to its block. A row whose range does not hold its
// original in the block's text would be a highlight in the wrong place: it stays in the table only.
void LinkReplacements(std::vector<TextBlock>& blocks, const std::vector<AuditRow>& audit) {
  std::map<std::tuple<std::string, size_t, TextLayer>, size_t> index;
  for (size_t i = 0; i < blocks.size(); ++i) index[{blocks[i].part, blocks[i].paragraph, blocks[i].layer}] = i;
  for (size_t r = 0; r < audit.size(); ++r) {
    const AuditRow& row = audit[r];
    if (row.paragraph == 0) continue;
    auto found = index.find({row.part, row.paragraph, row.layer});
    if (found == index.end()) continue;
    TextBlock& block = blocks[found->second];
    if (row.end > block.text.size() || row.begin >= row.end ||
        block.text.compare(row.begin, row.end - row.begin, row.original) != 0)
      continue;
    block.replacements.push_back(r);
  }
}

Status FindUndeclared(std::string_view bytes, const std::string& file, const PreparedCase& prepared,
                      std::vector<AuditRow>* audit, ReviewModel& model) {
  auto package = OpenCopy(bytes, file);
  if (!package.ok()) return package.status();
  if (Status s = AnonymiseDocument(*package, *prepared.matcher, audit); !s.ok()) return s;
  // Undeclared names are looked for in the anonymised copy, as `dhr anonymise` does: the codes
  // are then the scheme's, never mistaken for names.
  auto report = scan::ScanPackage(*package, *prepared.scan_target, {});
  if (!report.ok()) return report.status();
  for (scan::Finding& f : report->findings) {
    if (!scan::IsUndeclared(f)) continue;
    f.file = file;
    model.undeclared_findings.push_back(std::move(f));
  }
  model.suggestions = scan::SuggestFromFindings(model.undeclared_findings);
  model.suggestion_yaml = scan::SuggestionYaml(model.suggestions);
  return {};
}

Status FindHidden(std::string_view bytes, const std::string& file, ReviewModel& model) {
  auto package = OpenCopy(bytes, file);
  if (!package.ok()) return package.status();
  publish::CleanReport report;
  if (Status s = publish::CleanForPublication(*package, {}, &report); !s.ok()) return s;
  for (const auto& [category, count] : report.counts())
    model.hidden.push_back({.category = "content", .description = category, .count = count});
  for (const std::string& part : report.removed_parts())
    model.hidden.push_back({.category = "part", .description = part});
  for (const std::string& property : report.removed_properties())
    model.hidden.push_back({.category = "property", .description = property});
  for (const std::string& setting : report.setting_changes())
    model.hidden.push_back({.category = "setting", .description = setting});
  return {};
}

Status FindMarkings(std::string_view bytes, const std::string& file, ReviewModel& model) {
  auto package = OpenCopy(bytes, file);
  if (!package.ok()) return package.status();
  StripReport report;
  if (Status s = StripMarkings(*package, &report); !s.ok()) return s;
  model.markings = std::move(report.removed);
  return {};
}

// Whether [begin, end) of the block's text is free of replacements.
bool FreeOfReplacements(const TextBlock& block, const std::vector<AuditRow>& audit, size_t begin, size_t end) {
  for (size_t r : block.replacements)
    if (audit[r].begin < end && begin < audit[r].end) return false;
  return true;
}

// Puts each undeclared finding on its paragraph's visible block, with the place of its text there.
// The scan read the anonymised copy, whose offsets differ: the text is looked for, from the start
// of the paragraph, outside the replacements and the undeclared names already placed.
void PlaceUndeclared(ReviewModel& model) {
  std::map<std::pair<std::string, size_t>, size_t> visible;
  for (size_t i = 0; i < model.blocks.size(); ++i)
    if (model.blocks[i].layer == TextLayer::kVisible) visible[{model.blocks[i].part, model.blocks[i].paragraph}] = i;
  for (size_t f = 0; f < model.undeclared_findings.size(); ++f) {
    const scan::Finding& finding = model.undeclared_findings[f];
    if (finding.paragraph <= 0) continue;
    auto found = visible.find({finding.part, static_cast<size_t>(finding.paragraph)});
    if (found == visible.end()) continue;
    TextBlock& block = model.blocks[found->second];
    TextBlock::Undeclared placed{.finding = f};
    const std::string& matched = finding.matched;
    for (size_t at = matched.empty() ? std::string::npos : block.text.find(matched); at != std::string::npos;
         at = block.text.find(matched, at + 1)) {
      const size_t end = at + matched.size();
      bool taken = !FreeOfReplacements(block, model.replacements, at, end);
      for (const TextBlock::Undeclared& u : block.undeclared) taken = taken || (u.begin < end && at < u.end);
      if (taken) continue;
      placed.begin = at;
      placed.end = end;
      break;
    }
    block.undeclared.push_back(placed);
  }
}

}  // namespace

const char* ReplacementKindName(ReplacementKind kind) {
  switch (kind) {
    case ReplacementKind::kPerson: return "person";
    case ReplacementKind::kProfessional: return "professional";
    case ReplacementKind::kPlace: return "place";
    case ReplacementKind::kDate: return "date";
    case ReplacementKind::kGeneric: return "generic";
    case ReplacementKind::kExtra: return "extra";
  }
  return "generic";
}

ReplacementKind KindOfRule(std::string_view rule) {
  if (rule.rfind("name:professional", 0) == 0) return ReplacementKind::kProfessional;
  if (rule.rfind("name:place", 0) == 0) return ReplacementKind::kPlace;
  if (rule.rfind("name:", 0) == 0) return ReplacementKind::kPerson;
  if (rule == "date") return ReplacementKind::kDate;
  if (rule.rfind("extra:", 0) == 0) return ReplacementKind::kExtra;
  return ReplacementKind::kGeneric;
}

ReviewCounts ReviewModel::Counts() const {
  ReviewCounts counts;
  counts.replacements = replacements.size();
  for (const AuditRow& row : replacements) counts.ambiguous += row.ambiguous;
  counts.undeclared = suggestions.size();
  counts.hidden = hidden.size();
  counts.markings = markings.size();
  return counts;
}

Result<ReviewModel> BuildReviewModel(std::string_view bytes, const std::string& file, const PreparedCase& prepared) {
  ReviewModel model;
  model.file = file;
  {
    auto original = OpenCopy(bytes, file);
    if (!original.ok()) return original.status();
    model.blocks = ReadBlocks(*original);
  }
  if (Status s = FindUndeclared(bytes, file, prepared, &model.replacements, model); !s.ok()) return s;
  LinkReplacements(model.blocks, model.replacements);
  PlaceUndeclared(model);
  if (Status s = FindHidden(bytes, file, model); !s.ok()) return s;
  if (Status s = FindMarkings(bytes, file, model); !s.ok()) return s;
  return model;
}

}  // namespace dhr::review
