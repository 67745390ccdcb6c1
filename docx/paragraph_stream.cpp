#include "docx/paragraph_stream.h"

#include "docx/xml_stream.h"

namespace dhr {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The local names of a tag's attributes (namespace declarations left out).
void AttributeNames(std::string_view tag, std::vector<std::string_view>& names) {
  names.clear();
  size_t i = 1;
  while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '/' && tag[i] != '>') ++i;  // the element's name
  while (i < tag.size()) {
    while (i < tag.size() && (IsSpace(tag[i]) || tag[i] == '/' || tag[i] == '>')) ++i;
    const size_t begin = i;
    while (i < tag.size() && tag[i] != '=' && !IsSpace(tag[i])) ++i;
    std::string_view name = tag.substr(begin, i - begin);
    const size_t quote_at = tag.find_first_of("\"'", i);
    if (name.empty() || quote_at == std::string_view::npos) return;
    const size_t close = tag.find(tag[quote_at], quote_at + 1);
    if (close == std::string_view::npos) return;
    i = close + 1;
    if (name == "xmlns" || name.substr(0, 6) == "xmlns:") continue;
    if (const size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    names.push_back(name);
  }
}

bool IsParagraphTag(const XmlTag& tag) {
  return tag.local == "p" && (tag.ns == ns::kW || tag.ns == ns::kA);
}

// Consecutive outermost paragraphs waiting to be parsed together.
class Batch {
 public:
  Batch(const std::string& bytes, const ParagraphStreamHandlers& handlers, std::vector<Package::ByteEdit>& edits)
      : bytes_(bytes), handlers_(handlers), edits_(edits) {}

  bool empty() const { return spans_.empty(); }
  size_t size() const { return text_.size(); }
  size_t bindings() const { return bindings_; }

  void Start(size_t bindings, std::string declarations) {
    bindings_ = bindings;
    declarations_ = std::move(declarations);
  }
  void Add(size_t begin, size_t end) {
    spans_.push_back({begin, end});
    text_.append(bytes_, begin, end - begin);
  }

  Status Flush() {
    if (spans_.empty()) return {};
    auto fragment = ParseElement(text_, declarations_);
    if (!fragment.ok()) return fragment.status();
    xmlNode* wrapper = fragment->root();
    auto edited = handlers_.paragraphs(wrapper);
    if (!edited.ok()) return edited.status();
    if (*edited) {
      // Only the paragraphs written differently are kept as edits: the others stay as they were,
      // and a long part's edits do not hold a second copy of it.
      size_t i = 0;
      for (xmlNode* c = wrapper->children; c && i < spans_.size(); c = c->next)
        if (c->type == XML_ELEMENT_NODE) {
          std::string written = SerializeElement(c);
          const auto [begin, end] = spans_[i];
          if (std::string_view(bytes_).substr(begin, end - begin) != written)
            edits_.push_back({begin, end, std::move(written)});
          ++i;
        }
    }
    spans_.clear();
    text_.clear();
    return {};
  }

 private:
  const std::string& bytes_;
  const ParagraphStreamHandlers& handlers_;
  std::vector<Package::ByteEdit>& edits_;
  std::vector<std::pair<size_t, size_t>> spans_;
  std::string text_;
  std::string declarations_;
  size_t bindings_ = 0;
};

// An element outside the paragraphs, parsed alone (a start tag made empty) and edited; the edit is
// written back as a tag of the same kind.
Status EditLoneElement(std::string_view tag_text, const XmlTag& tag, const std::string& declarations,
                       const ParagraphStreamHandlers& handlers, std::vector<Package::ByteEdit>& edits) {
  std::string lone(tag_text);
  if (tag.kind == XmlTag::Kind::kStart && !lone.empty()) {  // "<w:sectPr ...>" -> "<w:sectPr .../>"
    lone.pop_back();
    lone += "/>";
  }
  auto fragment = ParseElement(lone, declarations);
  if (!fragment.ok()) return fragment.status();
  xmlNode* element = FragmentElement(*fragment);
  if (!element || !handlers.element(element)) return {};
  std::string written = SerializeElement(element);
  if (tag.kind == XmlTag::Kind::kStart && written.size() >= 2 && written.compare(written.size() - 2, 2, "/>") == 0)
    written.replace(written.size() - 2, 2, ">");
  edits.push_back({tag.begin, tag.end, std::move(written)});
  return {};
}

}  // namespace

Result<bool> EditParagraphStream(Package& package, const std::string& part, const ParagraphStreamHandlers& handlers,
                                 size_t batch_bytes) {
  const std::string* bytes = package.CurrentBytes(part);
  if (!bytes || package.IsParsed(part)) return false;
  std::vector<Package::ByteEdit> edits;
  Batch batch(*bytes, handlers, edits);
  XmlTagReader reader(*bytes);
  std::vector<std::string_view> attributes;
  int paragraph_depth = 0;  // of the outermost paragraph open, 0 outside one
  size_t paragraph_begin = 0;
  XmlTag tag;
  while (reader.Next(tag)) {
    if (paragraph_depth) {
      if (tag.kind == XmlTag::Kind::kEnd && tag.depth == paragraph_depth) {
        batch.Add(paragraph_begin, tag.end);
        paragraph_depth = 0;
        if (batch.size() >= batch_bytes)
          if (Status s = batch.Flush(); !s.ok()) return s.At(package.file_name(), part);
      }
      continue;
    }
    if (tag.kind == XmlTag::Kind::kEnd) continue;
    if (IsParagraphTag(tag)) {
      // Paragraphs in one batch share the namespaces in scope.
      if (!batch.empty() && batch.bindings() != reader.bindings())
        if (Status s = batch.Flush(); !s.ok()) return s.At(package.file_name(), part);
      if (batch.empty()) batch.Start(reader.bindings(), reader.NamespaceDeclarations());
      if (tag.kind == XmlTag::Kind::kEmpty) {
        batch.Add(tag.begin, tag.end);
      } else {
        paragraph_depth = tag.depth;
        paragraph_begin = tag.begin;
      }
      continue;
    }
    const std::string_view text = std::string_view(*bytes).substr(tag.begin, tag.end - tag.begin);
    AttributeNames(text, attributes);
    if (attributes.empty() || !handlers.may_edit(tag.local, attributes)) continue;
    if (Status s = EditLoneElement(text, tag, reader.NamespaceDeclarations(), handlers, edits); !s.ok())
      return s.At(package.file_name(), part);
  }
  if (!reader.ok()) return false;
  if (Status s = batch.Flush(); !s.ok()) return s.At(package.file_name(), part);
  if (Status s = package.EditBytes(part, std::move(edits)); !s.ok()) return s;
  return true;
}

}  // namespace dhr
