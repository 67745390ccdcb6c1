#include "docx/paragraph_stream.h"

#include <optional>
#include <unordered_map>

#include "docx/xml_stream.h"

namespace dhr {
namespace {

// The local names of a tag's attributes (namespace declarations left out).
void AttributeNames(std::string_view tag, std::vector<std::string_view>& names) {
  (void)TagAttributeNames(tag, names);  // what could be read: an element refused is never parsed
  size_t kept = 0;
  for (std::string_view name : names) {
    if (name == "xmlns" || name.substr(0, 6) == "xmlns:") continue;
    if (const size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    names[kept++] = name;
  }
  names.resize(kept);
}

}  // namespace

bool IsParagraphTag(const XmlTag& tag) { return tag.local == "p" && (tag.ns == ns::kW || tag.ns == ns::kA); }

namespace {

// What the handlers made of paragraphs met before, by their bytes, in one scope of namespace
// declarations (ParagraphStreamHandlers::same_bytes_same_edit): nothing, or the bytes to write
// instead. Bounded: only short paragraphs, and no more than kMaxBytes of them.
class Outcomes {
 public:
  static constexpr size_t kMaxParagraph = 2048;
  static constexpr size_t kMaxBytes = size_t{16} << 20;

  // The outcome of a paragraph of these bytes in this scope, when known.
  const std::optional<std::string>* Find(size_t scope, std::string_view bytes) const {
    if (scope != scope_) return nullptr;
    auto it = known_.find(bytes);
    return it == known_.end() ? nullptr : &it->second;
  }
  void Remember(size_t scope, std::string_view bytes, std::optional<std::string> written) {
    if (bytes.size() > kMaxParagraph) return;
    if (scope != scope_) {
      known_.clear();
      held_ = 0;
      scope_ = scope;
    }
    const size_t cost = bytes.size() + (written ? written->size() : 0);
    if (held_ + cost > kMaxBytes) return;
    if (known_.emplace(std::string(bytes), std::move(written)).second) held_ += cost;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::optional<std::string>, Hash, std::equal_to<>> known_;
  size_t scope_ = ~size_t{0};
  size_t held_ = 0;
};

// Consecutive outermost paragraphs waiting to be parsed together, in one scope of namespace
// declarations.
class Batch {
 public:
  Batch(const std::string& bytes, const ParagraphStreamHandlers& handlers, std::vector<Package::ByteEdit>& edits,
        Outcomes* outcomes)
      : bytes_(bytes), handlers_(handlers), edits_(edits), outcomes_(outcomes) {}

  bool empty() const { return spans_.empty(); }
  size_t size() const { return text_.size(); }
  bool started() const { return started_; }
  size_t scope() const { return scope_; }

  void Start(size_t scope, std::string declarations) {
    started_ = true;
    scope_ = scope;
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
    // Only the paragraphs written differently are kept as edits: the others stay as they were,
    // and a long part's edits do not hold a second copy of it.
    size_t i = 0;
    for (xmlNode* c = fragment->root()->children; c && i < spans_.size(); c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const auto [begin, end] = spans_[i++];
      const std::string_view original = std::string_view(bytes_).substr(begin, end - begin);
      auto edited = handlers_.paragraph(c);
      if (!edited.ok()) return edited.status();
      std::optional<std::string> written;
      if (*edited) {
        written = SerializeElement(c);
        if (*written == original) written.reset();
      }
      if (outcomes_) outcomes_->Remember(scope_, original, written);
      if (written) edits_.push_back({begin, end, std::move(*written)});
    }
    spans_.clear();
    text_.clear();
    return {};
  }

 private:
  const std::string& bytes_;
  const ParagraphStreamHandlers& handlers_;
  std::vector<Package::ByteEdit>& edits_;
  Outcomes* outcomes_;
  std::vector<std::pair<size_t, size_t>> spans_;
  std::string text_;
  std::string declarations_;
  bool started_ = false;
  size_t scope_ = 0;
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
  Outcomes outcomes;
  Batch batch(*bytes, handlers, edits, handlers.same_bytes_same_edit ? &outcomes : nullptr);
  XmlTagReader reader(*bytes);
  std::vector<std::string_view> attributes;
  int paragraph_depth = 0;  // of the outermost paragraph open, 0 outside one
  size_t paragraph_begin = 0;
  // A paragraph read: given the outcome of the same bytes met before, or added to the batch.
  const auto read = [&](size_t begin, size_t end) -> Status {
    if (handlers.same_bytes_same_edit) {
      if (const std::optional<std::string>* known =
              outcomes.Find(batch.scope(), std::string_view(*bytes).substr(begin, end - begin))) {
        if (*known) edits.push_back({begin, end, **known});
        return {};
      }
    }
    batch.Add(begin, end);
    if (batch.size() >= batch_bytes) return batch.Flush();
    return {};
  };
  XmlTag tag;
  while (reader.Next(tag)) {
    if (paragraph_depth) {
      if (tag.kind == XmlTag::Kind::kEnd && tag.depth == paragraph_depth) {
        paragraph_depth = 0;
        if (Status s = read(paragraph_begin, tag.end); !s.ok()) return s.At(package.file_name(), part);
      }
      continue;
    }
    if (tag.kind == XmlTag::Kind::kEnd) continue;
    if (IsParagraphTag(tag)) {
      // Paragraphs in one batch share the namespaces in scope.
      if (!batch.started() || batch.scope() != reader.scope()) {
        if (Status s = batch.Flush(); !s.ok()) return s.At(package.file_name(), part);
        batch.Start(reader.scope(), reader.NamespaceDeclarations());
      }
      if (tag.kind == XmlTag::Kind::kEmpty) {
        if (Status s = read(tag.begin, tag.end); !s.ok()) return s.At(package.file_name(), part);
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
