#include "docx/package.h"
#include "base/text.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>

#include "docx/part_kind.h"

namespace dhr {
namespace {

constexpr const char* kContentTypesName = "[Content_Types].xml";
constexpr const char* kOfficeDocumentType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
constexpr const char* kStrictOfficeDocumentType = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

std::string Extension(std::string_view name) {
  const size_t slash = name.rfind('/');
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return AsciiLower(name.substr(dot + 1));
}

// Applies sorted, non-overlapping edits to `bytes` in place, moving every byte at most once: the
// stretches between edits that move left are moved first, left to right, then those that move
// right, right to left (neither overwrites a stretch not yet moved); the new texts go last.
void ApplyInPlace(std::string& bytes, const std::vector<Package::ByteEdit>& edits) {
  struct Stretch {
    size_t from, to, size;
  };
  std::vector<Stretch> stretches;
  std::vector<size_t> text_at;  // where each edit's text goes
  size_t from = 0, to = 0;
  for (const Package::ByteEdit& e : edits) {
    stretches.push_back({from, to, e.begin - from});
    to += e.begin - from;
    text_at.push_back(to);
    to += e.text.size();
    from = e.end;
  }
  stretches.push_back({from, to, bytes.size() - from});
  const size_t final_size = to + bytes.size() - from;
  if (final_size > bytes.size()) bytes.resize(final_size);
  char* data = bytes.data();
  for (const Stretch& s : stretches)
    if (s.to < s.from) std::memmove(data + s.to, data + s.from, s.size);
  for (auto s = stretches.rbegin(); s != stretches.rend(); ++s)
    if (s->to > s->from) std::memmove(data + s->to, data + s->from, s->size);
  for (size_t i = 0; i < edits.size(); ++i) std::memcpy(data + text_at[i], edits[i].text.data(), edits[i].text.size());
  bytes.resize(final_size);
}

}  // namespace

Result<Package> Package::OpenFile(FileSystem& fs, const std::string& path, OpenOptions options) {
  auto bytes = fs.Read(path);
  if (!bytes.ok()) return bytes.status();
  if (options.file_name.empty()) options.file_name = path;
  auto package = Open(*bytes, options);
  if (package.ok()) package->source_path_ = path;
  return package;
}

Result<Package> Package::Open(std::string_view bytes, const OpenOptions& options) {
  const std::string& file = options.file_name;
  auto archive = ReadArchive(bytes, options.archive);
  if (!archive.ok()) return archive.status().At(file);

  Package pkg;
  pkg.file_name_ = file;
  pkg.xml_limits_ = options.xml;
  for (ArchiveEntry& entry : archive->entries) {
    if (!entry.name.empty() && entry.name.back() == '/') continue;  // a folder entry
    pkg.order_.push_back(entry.name);
    Slot& slot = pkg.slots_[entry.name];
    slot.bytes = std::move(entry.data);
    slot.stored = entry.stored;
  }
  if (!pkg.slots_.count(kContentTypesName))
    return Status::Error("docx.no_content_types",
                         "not a Word document: the package has no [Content_Types].xml", InFile(file));
  if (Status s = pkg.LoadContentTypes(); !s.ok()) return s.At(file);

  for (const std::string& name : pkg.order_) {
    if (name == kContentTypesName) continue;
    PartInfo info;
    info.name = name;
    info.content_type = pkg.ContentTypeFor(name);
    pkg.Classify(info);
    if (info.is_xml) {
      Slot& slot = pkg.slots_[name];
      if (info.kind != PartKind::kRelationships && slot.bytes.size() > options.parse_on_first_use_over) {
        // Checked now, without a tree, so a malformed part is still reported here.
        if (options.check_unparsed)
          if (Status s = XmlDocument::Check(slot.bytes, name, pkg.xml_limits_); !s.ok()) return s.At(file, name);
        slot.parse_on_first_use = true;
        pkg.parts_.push_back(std::move(info));
        continue;
      }
      auto xml = XmlDocument::Parse(slot.bytes, name, pkg.xml_limits_);
      if (!xml.ok()) return xml.status().At(file, name);
      slot.xml = std::make_unique<XmlDocument>(std::move(xml).value());
    }
    pkg.parts_.push_back(std::move(info));
  }

  for (const Relationship& rel : pkg.Relationships("")) {
    if (rel.type == kOfficeDocumentType || rel.type == kStrictOfficeDocumentType) {
      pkg.main_document_ = rel.resolved;
      break;
    }
  }
  const PartInfo* main = pkg.Find(pkg.main_document_);
  if (!main)
    return Status::Error("docx.no_main_document",
                         "not a Word document: the package names no main document part", InFile(file));
  if (main->kind != PartKind::kMainDocument && !options.any_main_document)
    return Status::Error("docx.not_word",
                         "not a Word document: its main part is of type " + main->content_type, InFile(file));
  return pkg;
}

Status Package::LoadContentTypes() {
  Slot& slot = slots_[kContentTypesName];
  auto xml = XmlDocument::Parse(slot.bytes, kContentTypesName, xml_limits_);
  if (!xml.ok()) return xml.status();
  slot.xml = std::make_unique<XmlDocument>(std::move(xml).value());
  for (xmlNode* n = slot.xml->root() ? slot.xml->root()->children : nullptr; n; n = n->next) {
    if (IsElement(n, ns::kContentTypes, "Default"))
      default_types_[AsciiLower(Attr(n, nullptr, "Extension"))] = Attr(n, nullptr, "ContentType");
  }
  return {};
}

std::string Package::ContentTypeFor(std::string_view name) const {
  const Slot& slot = slots_.find(std::string_view(kContentTypesName))->second;
  std::string wanted = "/";
  wanted += AsciiLower(name);
  for (xmlNode* n : Children(slot.xml->root(), ns::kContentTypes, "Override")) {
    if (AsciiLower(Attr(n, nullptr, "PartName")) == wanted)
      return Attr(n, nullptr, "ContentType");
  }
  auto it = default_types_.find(Extension(name));
  return it == default_types_.end() ? std::string() : it->second;
}

void Package::Classify(PartInfo& info) const {
  info.kind = KindOfPart(info.name, info.content_type);
  const std::string ext = Extension(info.name);
  const std::string& ct = info.content_type;
  info.is_xml = ext == "xml" || ext == "rels" || ext == "vml" ||
                (ct.size() >= 4 && (ct.compare(ct.size() - 4, 4, "+xml") == 0 ||
                                    ct.compare(ct.size() - 4, 4, "/xml") == 0));
}

const PartInfo* Package::Find(std::string_view name) const {
  for (const PartInfo& p : parts_)
    if (p.name == name) return &p;
  const std::string lower = AsciiLower(name);
  for (const PartInfo& p : parts_)
    if (AsciiLower(p.name) == lower) return &p;
  return nullptr;
}

std::vector<std::string> Package::PartsOfKind(PartKind kind) const {
  std::vector<std::string> out;
  for (const PartInfo& p : parts_)
    if (p.kind == kind) out.push_back(p.name);
  return out;
}

std::vector<std::string> Package::TextParts() const {
  std::vector<std::string> out;
  for (PartKind kind : {PartKind::kMainDocument, PartKind::kGlossary, PartKind::kHeader, PartKind::kFooter,
                        PartKind::kFootnotes, PartKind::kEndnotes, PartKind::kComments, PartKind::kChart,
                        PartKind::kDiagram}) {
    for (std::string& name : PartsOfKind(kind)) out.push_back(std::move(name));
  }
  return out;
}

XmlDocument* Package::Xml(std::string_view name) {
  const PartInfo* info = Find(name);
  if (!info && name != kContentTypesName) return nullptr;
  auto it = slots_.find(info ? std::string_view(info->name) : name);
  if (it == slots_.end()) return nullptr;
  Slot& slot = it->second;
  if (slot.parse_on_first_use) {
    slot.parse_on_first_use = false;
    auto parsed = XmlDocument::Parse(slot.bytes, it->first, xml_limits_);
    if (parsed.ok()) slot.xml = std::make_unique<XmlDocument>(std::move(parsed).value());
  }
  return slot.xml.get();
}

bool Package::IsParsed(std::string_view name) const {
  const PartInfo* info = Find(name);
  auto it = slots_.find(info ? std::string_view(info->name) : name);
  return it != slots_.end() && it->second.xml != nullptr;
}

const std::string* Package::CurrentBytes(std::string_view name) const {
  const PartInfo* info = Find(name);
  auto it = slots_.find(info ? std::string_view(info->name) : name);
  if (it == slots_.end() || (it->second.edited && it->second.xml)) return nullptr;
  return &it->second.bytes;
}

void Package::MarkEdited(std::string_view name) {
  const PartInfo* info = Find(name);
  auto it = slots_.find(info ? std::string_view(info->name) : name);
  if (it != slots_.end() && it->second.xml) it->second.edited = true;
}

bool Package::IsEdited(std::string_view name) const {
  auto it = slots_.find(name);
  return it != slots_.end() && it->second.edited;
}

std::string Package::Bytes(std::string_view name) const {
  const PartInfo* info = Find(name);
  auto it = slots_.find(info ? std::string_view(info->name) : name);
  if (it == slots_.end()) return {};
  if (it->second.edited && it->second.xml) return it->second.xml->Serialize();
  return it->second.bytes;
}

void Package::SetOverride(const std::string& name, const std::string& content_type) {
  XmlDocument* types = slots_[kContentTypesName].xml.get();
  xmlNode* root = types->root();
  std::string wanted = "/";
  wanted += AsciiLower(name);
  for (xmlNode* n = root->children; n; n = n->next) {
    if (IsElement(n, ns::kContentTypes, "Override") && AsciiLower(Attr(n, nullptr, "PartName")) == wanted) {
      SetAttr(n, nullptr, "ContentType", content_type);
      slots_[kContentTypesName].edited = true;
      return;
    }
  }
  xmlNode* n = NewElementLike(root, "Override");
  SetAttr(n, nullptr, "PartName", "/" + name);
  SetAttr(n, nullptr, "ContentType", content_type);
  xmlAddChild(root, n);
  slots_[kContentTypesName].edited = true;
}

void Package::RemoveOverride(std::string_view name) {
  XmlDocument* types = slots_[kContentTypesName].xml.get();
  std::string wanted = "/";
  wanted += AsciiLower(name);
  for (xmlNode* n = types->root()->children; n;) {
    xmlNode* next = n->next;
    if (IsElement(n, ns::kContentTypes, "Override") && AsciiLower(Attr(n, nullptr, "PartName")) == wanted) {
      RemoveNode(n);
      slots_[kContentTypesName].edited = true;
    }
    n = next;
  }
}

Status Package::PutPart(const std::string& name, std::string bytes, const std::string& content_type,
                        PartParsing parsing) {
  if (name.empty() || name == kContentTypesName || name.front() == '/')
    return Status::Error("docx.bad_part_name", "cannot write a part named \"" + name + "\"", InFile(file_name_));
  if (!content_type.empty() && content_type != ContentTypeFor(name)) SetOverride(name, content_type);
  PartInfo info;
  info.name = name;
  info.content_type = ContentTypeFor(name);
  Classify(info);
  std::unique_ptr<XmlDocument> xml;
  const bool later = parsing == PartParsing::kOnFirstUse && info.is_xml && info.kind != PartKind::kRelationships;
  if (info.is_xml && !later) {
    auto parsed = XmlDocument::Parse(bytes, name, xml_limits_);
    if (!parsed.ok()) return parsed.status().At(file_name_, name);
    xml = std::make_unique<XmlDocument>(std::move(parsed).value());
  }
  auto found = std::find_if(parts_.begin(), parts_.end(), [&](const PartInfo& p) { return p.name == name; });
  if (found == parts_.end()) {
    parts_.push_back(info);
    order_.push_back(name);
  } else {
    *found = info;
  }
  Slot& slot = slots_[name];
  slot.bytes = std::move(bytes);
  slot.xml = std::move(xml);
  slot.parse_on_first_use = later;
  slot.edited = false;
  return {};
}

void Package::ReleaseTrees() {
  for (const PartInfo& info : parts_) {
    if (!info.is_xml || info.kind == PartKind::kRelationships || info.kind == PartKind::kContentTypes) continue;
    auto it = slots_.find(std::string_view(info.name));
    if (it == slots_.end() || !it->second.xml) continue;
    Slot& slot = it->second;
    if (slot.edited) slot.bytes = slot.xml->Serialize();
    slot.xml.reset();
    slot.parse_on_first_use = true;
    slot.edited = false;
  }
}

Result<std::string> Package::ExchangeBytes(const std::string& name, std::string bytes, PartParsing parsing) {
  const PartInfo* info = Find(name);
  auto it = info ? slots_.find(std::string_view(info->name)) : slots_.end();
  if (it == slots_.end() || (it->second.edited && it->second.xml))
    return Status::Error("docx.bytes_not_current", "the part " + name + " has no current bytes to exchange",
                         InFile(file_name_));
  std::string held = std::move(it->second.bytes);
  const std::string content_type = info->content_type;
  if (Status s = PutPart(name, std::move(bytes), content_type, parsing); !s.ok()) return s;
  return held;
}

Status Package::EditBytes(std::string_view name, std::vector<ByteEdit> edits) {
  const PartInfo* info = Find(name);
  auto it = info ? slots_.find(std::string_view(info->name)) : slots_.end();
  if (it == slots_.end() || (it->second.edited && it->second.xml))
    return Status::Error("docx.bytes_not_current", "the part " + std::string(name) + " has no current bytes to edit",
                         InFile(file_name_));
  Slot& slot = it->second;
  std::sort(edits.begin(), edits.end(), [](const ByteEdit& a, const ByteEdit& b) { return a.begin < b.begin; });
  for (size_t i = 0; i < edits.size(); ++i)
    if (edits[i].begin > edits[i].end || edits[i].end > slot.bytes.size() ||
        (i > 0 && edits[i].begin < edits[i - 1].end))
      return Status::Error("docx.bad_byte_edit", "overlapping or out-of-range edits of " + std::string(name),
                           InFile(file_name_));
  ApplyInPlace(slot.bytes, edits);
  if (info->is_xml && info->kind != PartKind::kRelationships && info->kind != PartKind::kContentTypes) {
    slot.xml.reset();
    slot.parse_on_first_use = true;
  } else if (info->is_xml) {
    auto parsed = XmlDocument::Parse(slot.bytes, info->name, xml_limits_);
    if (!parsed.ok()) return parsed.status().At(file_name_, info->name);
    slot.xml = std::make_unique<XmlDocument>(std::move(parsed).value());
  }
  slot.edited = false;
  return {};
}

void Package::RemovePart(std::string_view name) {
  const PartInfo* info = Find(name);
  if (!info) return;
  const std::string target = info->name;
  // Relationships that point at the part, from every relationship part.
  for (const PartInfo& p : parts_) {
    if (p.kind != PartKind::kRelationships || !slots_[p.name].xml) continue;
    const std::string rels_name = p.name;
    // "word/_rels/document.xml.rels" -> source "word/document.xml"
    std::string source = rels_name.substr(0, rels_name.size() - 5);
    const size_t at = source.find("_rels/");
    if (at != std::string::npos) source.erase(at, 6);
    if (source == ".") source.clear();
    for (const Relationship& rel : Relationships(source))
      if (!rel.external && rel.resolved == target) RemoveRelationship(source, rel.id);
  }
  const std::string own_rels = RelationshipsPartName(target);
  RemoveOverride(target);
  slots_.erase(target);
  order_.erase(std::remove(order_.begin(), order_.end(), target), order_.end());
  parts_.erase(std::remove_if(parts_.begin(), parts_.end(), [&](const PartInfo& p) { return p.name == target; }),
               parts_.end());
  if (Find(own_rels)) RemovePart(own_rels);
}

Result<std::string> Package::Save() const {
  std::vector<ArchiveEntryView> entries;
  entries.reserve(order_.size());
  std::deque<std::string> serialised;  // edited parts, alive until the archive is written
  for (const std::string& name : order_) {
    auto it = slots_.find(name);
    if (it == slots_.end()) continue;
    const Slot& slot = it->second;
    const std::string& data = slot.edited && slot.xml ? serialised.emplace_back(slot.xml->Serialize()) : slot.bytes;
    entries.push_back({name, data, slot.stored});
  }
  auto bytes = WriteArchive(entries);
  if (!bytes.ok()) return bytes.status().At(file_name_);
  return bytes;
}

Status Package::SaveFile(FileSystem& fs, const std::string& path, unsigned mode) const {
  if (!source_path_.empty() && (path == source_path_ || fs.SameFile(path, source_path_)))
    return Status::Error("docx.overwrite_input", "refusing to overwrite the input file; name another output",
                         InFile(path));
  auto bytes = Save();
  if (!bytes.ok()) return bytes.status();
  return fs.WriteAtomic(path, *bytes, mode);
}

}  // namespace dhr
