// Package's relationships (package.h): reading a part's .rels, adding and removing relationships,
// and resolving their targets to part names.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "docx/package.h"

namespace dhr {
namespace {

std::string PercentDecoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}


}  // namespace

std::string ResolvePartName(std::string_view source, std::string_view target) {
  std::string joined;
  if (!target.empty() && target.front() == '/') {
    joined = std::string(target.substr(1));
  } else {
    const size_t slash = source.rfind('/');
    joined = (slash == std::string_view::npos ? std::string() : std::string(source.substr(0, slash + 1))) +
             std::string(target);
  }
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& seg : segments) out += (out.empty() ? "" : "/") + seg;
  return out;
}

std::string Package::RelationshipsPartName(std::string_view source) {
  if (source.empty()) return "_rels/.rels";
  const size_t slash = source.rfind('/');
  if (slash == std::string_view::npos) return "_rels/" + std::string(source) + ".rels";
  return std::string(source.substr(0, slash + 1)) + "_rels/" + std::string(source.substr(slash + 1)) + ".rels";
}

std::vector<Relationship> Package::Relationships(std::string_view source) const {
  std::vector<Relationship> out;
  auto it = slots_.find(RelationshipsPartName(source));
  if (it == slots_.end() || !it->second.xml || !it->second.xml->root()) return out;
  const std::string base = source.empty() ? std::string() : std::string(source);
  for (xmlNode* n : Children(it->second.xml->root(), ns::kRels, "Relationship")) {
    Relationship rel;
    rel.id = Attr(n, nullptr, "Id");
    rel.type = Attr(n, nullptr, "Type");
    rel.target = Attr(n, nullptr, "Target");
    rel.external = Attr(n, nullptr, "TargetMode") == "External";
    if (!rel.external) {
      rel.resolved = ResolvePartName(base, rel.target);
      if (!Find(rel.resolved)) {
        std::string decoded = ResolvePartName(base, PercentDecoded(rel.target));
        if (Find(decoded)) rel.resolved = decoded;
      }
      if (const PartInfo* p = Find(rel.resolved)) rel.resolved = p->name;
    }
    out.push_back(std::move(rel));
  }
  return out;
}

std::string Package::AddRelationship(std::string_view source, std::string_view type, std::string_view target,
                                     bool external) {
  const std::string rels_name = RelationshipsPartName(source);
  if (!Find(rels_name)) {
    const Status created =
        PutPart(rels_name,
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
                default_types_.count("rels") ? "" : "application/vnd.openxmlformats-package.relationships+xml");
    if (!created.ok()) return {};
  }
  XmlDocument* rels = Xml(rels_name);
  xmlNode* root = rels ? rels->root() : nullptr;
  if (!root) return {};
  int next = 1;
  for (const Relationship& rel : Relationships(source)) {
    if (rel.id.rfind("rId", 0) == 0) next = std::max(next, std::atoi(rel.id.c_str() + 3) + 1);
  }
  const std::string id = "rId" + std::to_string(next);
  std::string written(target);
  if (!external) {
    // Relative to the source's folder when the target lies below it, else absolute.
    const size_t slash = source.rfind('/');
    const std::string folder = slash == std::string_view::npos ? "" : std::string(source.substr(0, slash + 1));
    written = !folder.empty() && written.rfind(folder, 0) == 0 ? written.substr(folder.size())
              : folder.empty()                                  ? written
                                                                : "/" + written;
  }
  xmlNode* n = NewElementLike(root, "Relationship");
  SetAttr(n, nullptr, "Id", id);
  SetAttr(n, nullptr, "Type", type);
  SetAttr(n, nullptr, "Target", written);
  if (external) SetAttr(n, nullptr, "TargetMode", "External");
  xmlAddChild(root, n);
  MarkEdited(rels_name);
  return id;
}

void Package::RemoveRelationship(std::string_view source, std::string_view id) {
  const std::string rels_name = RelationshipsPartName(source);
  XmlDocument* rels = Xml(rels_name);
  if (!rels || !rels->root()) return;
  for (xmlNode* n = rels->root()->children; n;) {
    xmlNode* next = n->next;
    if (IsElement(n, ns::kRels, "Relationship") && Attr(n, nullptr, "Id") == id) {
      RemoveNode(n);
      MarkEdited(rels_name);
    }
    n = next;
  }
}

}  // namespace dhr
