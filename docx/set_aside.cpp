#include "docx/set_aside.h"

#include <algorithm>
#include <cstdlib>

namespace dhr {
namespace {

std::string Mark(size_t i) { return "<?dhr-set-aside " + std::to_string(i) + "?>"; }

// The body's own tables of at least `min_bytes` whose every tag passes `test`; false when the bytes
// cannot be followed.
bool FindTables(std::string_view bytes, size_t min_bytes, const SetAsideTest& test,
                std::vector<std::pair<size_t, size_t>>& spans) {
  XmlTagReader reader(bytes);
  XmlTag tag;
  int body_depth = 0;
  size_t table_begin = std::string_view::npos;
  bool passes = true;
  while (reader.Next(tag)) {
    if (!body_depth) {
      if (tag.kind == XmlTag::Kind::kStart && tag.local == "body" && tag.ns == ns::kW) body_depth = tag.depth;
      continue;
    }
    if (tag.depth == body_depth && tag.kind == XmlTag::Kind::kEnd) break;
    const bool body_table = tag.depth == body_depth + 1 && tag.local == "tbl" && tag.ns == ns::kW;
    if (table_begin != std::string_view::npos && passes && test)
      passes = test(tag, bytes.substr(tag.begin, tag.end - tag.begin));
    if (!body_table) continue;
    if (tag.kind == XmlTag::Kind::kStart) {
      table_begin = tag.begin;
      passes = !test || test(tag, bytes.substr(tag.begin, tag.end - tag.begin));
      if (!test) reader.SkipContent(reader.ContentEnd());
    } else if (tag.kind == XmlTag::Kind::kEnd && table_begin != std::string_view::npos) {
      if (passes && tag.end - table_begin >= min_bytes) spans.emplace_back(table_begin, tag.end);
      table_begin = std::string_view::npos;
    }
  }
  return reader.ok();
}

}  // namespace

Result<SetAsideTables> SetAsideTables::Take(Package& package, const std::string& part, size_t min_bytes,
                                            const SetAsideTest& test) {
  SetAsideTables aside;
  const std::string* current = package.CurrentBytes(part);
  if (!current || package.IsParsed(part) || !FindTables(*current, min_bytes, test, aside.spans_) ||
      aside.spans_.empty()) {
    aside.spans_.clear();
    return aside;
  }
  aside.part_ = part;
  for (const PartInfo& info : package.parts())
    if (info.name == part) aside.content_type_ = info.content_type;
  const std::string& original = *current;
  for (const auto& [begin, end] : aside.spans_) {
    const std::string_view table = std::string_view(original).substr(begin, end - begin);
    for (size_t at = table.find(":id=\""); at != std::string_view::npos; at = table.find(":id=\"", at + 1))
      aside.max_id_ = std::max(aside.max_id_, std::atoi(std::string(table.substr(at + 5, 10)).c_str()));
  }
  std::string reduced;
  size_t at = 0;
  for (size_t i = 0; i < aside.spans_.size(); ++i) {
    reduced.append(original, at, aside.spans_[i].first - at);
    reduced += Mark(i);
    at = aside.spans_[i].second;
  }
  reduced.append(original, at, std::string::npos);
  // The part's bytes are moved aside, not copied: a long part is held once.
  auto held = package.ExchangeBytes(part, std::move(reduced), Package::PartParsing::kNow);
  if (!held.ok()) return held.status();
  aside.original_ = std::move(held).value();
  return aside;
}

Status SetAsideTables::PutBack(Package& package) {
  if (spans_.empty()) return {};
  if (!package.IsEdited(part_)) {
    Status s = package.PutPart(part_, std::move(original_), content_type_, Package::PartParsing::kOnFirstUse);
    spans_.clear();
    return s;
  }
  // The tree's serialisation holds a mark where each table was: the stretches between the tables
  // in the original bytes are replaced by the stretches between the marks, in place.
  const std::string written = package.Bytes(part_);
  std::vector<Package::ByteEdit> edits;
  size_t at = 0;
  size_t original_at = 0;
  for (size_t i = 0; i < spans_.size(); ++i) {
    const std::string mark = Mark(i);
    const size_t found = written.find(mark, at);
    if (found == std::string::npos)
      return Status::Error("docx.set_aside", "the place of a table set aside was lost while the rest was edited",
                           Location{package.file_name(), part_, 0, 0});
    edits.push_back({original_at, spans_[i].first, written.substr(at, found - at)});
    at = found + mark.size();
    original_at = spans_[i].second;
  }
  edits.push_back({original_at, original_.size(), written.substr(at)});
  spans_.clear();
  if (Status s = package.PutPart(part_, std::move(original_), content_type_, Package::PartParsing::kOnFirstUse);
      !s.ok())
    return s;
  original_.clear();
  return package.EditBytes(part_, std::move(edits));
}

}  // namespace dhr
