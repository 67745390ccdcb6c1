// WalkPart and WalkInPieces (xml_walk.h): a part's elements through its tree, or read in pieces.
#include <memory>
#include <unordered_set>

#include "docx/xml.h"
#include "docx/paragraph_stream.h"
#include "docx/xml_stream.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {
namespace {


// The first pass: the start offsets of the elements outside paragraphs too large to be read as one
// piece. False when something between elements outside paragraphs is not white space.
bool FindOpenElements(std::string_view bytes, size_t piece_bytes, std::unordered_set<size_t>& large) {
  XmlTagReader reader(bytes);
  std::vector<size_t> open;  // the start offsets of the open elements outside paragraphs
  int paragraph_depth = 0;
  size_t previous_end = std::string_view::npos;
  XmlTag tag;
  while (reader.Next(tag)) {
    if (!paragraph_depth && previous_end != std::string_view::npos &&
        !IsBlank(bytes.substr(previous_end, tag.begin - previous_end)))
      return false;
    previous_end = tag.end;
    if (paragraph_depth) {
      if (tag.kind == XmlTag::Kind::kEnd && tag.depth == paragraph_depth) paragraph_depth = 0;
      continue;
    }
    if (tag.kind == XmlTag::Kind::kStart && IsParagraphTag(tag)) {
      paragraph_depth = tag.depth;
    } else if (tag.kind == XmlTag::Kind::kStart) {
      open.push_back(tag.begin);
    } else if (tag.kind == XmlTag::Kind::kEnd) {
      if (tag.end - open.back() > piece_bytes) large.insert(open.back());
      open.pop_back();
    }
  }
  return reader.ok();
}

// A parsed fragment whose element's parent has been pointed at another tree (its open parent):
// put back before the fragment is freed, which follows parents.
class Borrowed {
 public:
  Borrowed(XmlDocument fragment, xmlNode* element, xmlNode* parent)
      : fragment_(std::move(fragment)), element_(element), own_parent_(element->parent) {
    element_->parent = parent ? parent : reinterpret_cast<xmlNode*>(fragment_.get());
  }
  ~Borrowed() { element_->parent = own_parent_; }
  Borrowed(const Borrowed&) = delete;
  Borrowed& operator=(const Borrowed&) = delete;
  xmlNode* element() const { return element_; }

 private:
  XmlDocument fragment_;
  xmlNode* element_;
  xmlNode* own_parent_;
};

// An element too large to be one piece, open while its children are read.
struct OpenElement {
  std::unique_ptr<Borrowed> node;  // parsed alone, without its children
  std::string start_tag;
  std::string qname;
  std::string declarations;  // the namespaces in scope inside it
};

class PieceWalk {
 public:
  PieceWalk(std::string_view bytes, const std::vector<ElementVisitor>& visitors, size_t piece_bytes)
      : bytes_(bytes), visitors_(visitors), piece_bytes_(piece_bytes) {}

  bool Run(const std::unordered_set<size_t>& large) {
    XmlTagReader reader(bytes_);
    XmlTag tag;
    int unit_depth = 0;  // of the whole element being read into the piece, 0 between them
    size_t unit_begin = 0;
    while (reader.Next(tag)) {
      if (unit_depth) {
        if (tag.kind == XmlTag::Kind::kEnd && tag.depth == unit_depth) {
          AddToPiece(unit_begin, tag.end);
          unit_depth = 0;
        }
        continue;
      }
      if (tag.kind == XmlTag::Kind::kEnd) {  // an open element ends
        if (!Flush()) return false;
        open_.pop_back();
        continue;
      }
      if (tag.kind == XmlTag::Kind::kStart && large.count(tag.begin)) {
        if (!Flush() || !Open(tag, reader.NamespaceDeclarations())) return false;
        continue;
      }
      if (open_.empty()) return false;  // the root is small: the tree is as cheap
      if (tag.kind == XmlTag::Kind::kEmpty) {
        AddToPiece(tag.begin, tag.end);
      } else {
        unit_depth = tag.depth;
        unit_begin = tag.begin;
      }
    }
    return reader.ok() && Flush();
  }

 private:
  void Visit(xmlNode* element, int paragraph) {
    for (const ElementVisitor& visit : visitors_) visit(element, paragraph);
  }

  bool Open(const XmlTag& tag, std::string declarations) {
    std::string start(bytes_.substr(tag.begin, tag.end - tag.begin));
    std::string lone;  // "<w:tbl ...>" -> "<w:tbl .../>"
    lone.reserve(start.size() + 1);
    lone.append(start, 0, start.size() - 1);
    lone.append("/>");
    auto fragment = ParseElement(lone, declarations);
    if (!fragment.ok()) return false;
    xmlNode* element = FragmentElement(*fragment);
    if (!element) return false;
    xmlNode* parent = open_.empty() ? nullptr : open_.back().node->element();
    auto node = std::make_unique<Borrowed>(std::move(*fragment), element, parent);
    Visit(node->element(), 0);
    size_t name_end = 1;
    while (name_end < start.size() && std::string_view(" \t\r\n/>").find(start[name_end]) == std::string_view::npos)
      ++name_end;
    std::string qname = start.substr(1, name_end - 1);
    open_.push_back({std::move(node), std::move(start), std::move(qname), std::move(declarations)});
    return true;
  }

  void AddToPiece(size_t begin, size_t end) {
    piece_.append(bytes_, begin, end - begin);
    if (piece_.size() >= piece_bytes_) flush_failed_ = flush_failed_ || !Flush();
  }

  // Parses the piece inside a copy of its open parent and visits its elements.
  bool Flush() {
    if (flush_failed_) return false;
    if (piece_.empty()) return true;
    const OpenElement& parent = open_.back();
    std::string wrapped;
    wrapped.reserve(parent.start_tag.size() + piece_.size() + parent.qname.size() + 3);
    wrapped += parent.start_tag;
    wrapped += piece_;
    wrapped += "</";
    wrapped += parent.qname;
    wrapped += '>';
    piece_.clear();
    auto fragment = ParseElement(wrapped, parent.declarations);
    if (!fragment.ok()) return false;
    xmlNode* copy = FragmentElement(*fragment);
    if (!copy) return false;
    xmlNode* grandparent = open_.size() > 1 ? open_[open_.size() - 2].node->element() : nullptr;
    Borrowed borrowed(std::move(*fragment), copy, grandparent);
    for (xmlNode* c = copy->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE)
        VisitElements(c, paragraphs_, 0, [this](xmlNode* element, int paragraph) { Visit(element, paragraph); });
    return true;
  }

  std::string_view bytes_;
  const std::vector<ElementVisitor>& visitors_;
  const size_t piece_bytes_;
  std::vector<OpenElement> open_;
  std::string piece_;
  int paragraphs_ = 0;
  bool flush_failed_ = false;
};

}  // namespace

bool WalkInPieces(std::string_view bytes, const std::vector<ElementVisitor>& visitors, const WalkLimits& limits) {
  std::unordered_set<size_t> large;
  if (!FindOpenElements(bytes, limits.piece_bytes, large) || large.empty()) return false;
  // A piece libxml2 refuses after visits began (an undefined entity, say, which the reader does not
  // check) cannot be taken back: the caller then walks the tree, and its visitors see the first
  // pieces twice. Twice is safe for a scan; never is not.
  return PieceWalk(bytes, visitors, limits.piece_bytes).Run(large);
}

Status WalkPart(Package& package, const PartInfo& part, const std::vector<ElementVisitor>& visitors,
              const WalkLimits& limits) {
  const std::string* bytes = package.IsParsed(part.name) ? nullptr : package.CurrentBytes(part.name);
  if (bytes && bytes->size() > limits.stream_over && WalkInPieces(*bytes, visitors, limits)) return {};
  XmlDocument* xml = package.Xml(part.name);
  if (!xml) {  // a part left unparsed at Open that does not parse: say why, as Open would have
    auto parsed = XmlDocument::Parse(package.Bytes(part.name), part.name);
    return parsed.ok() ? Status::Error("xml.malformed", "the part cannot be read", Location{"", part.name, 0, 0})
                             .At(package.file_name(), part.name)
                       : parsed.status().At(package.file_name(), part.name);
  }
  VisitElements(xml->root(), [&visitors](xmlNode* element, int paragraph) {
    for (const ElementVisitor& visit : visitors) visit(element, paragraph);
  });
  return {};
}

}  // namespace dhr::scan
