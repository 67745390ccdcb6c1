#include "pipeline/scan/accessibility.h"

#include <map>
#include <memory>
#include <optional>
#include <string_view>

#include "docx/wordml.h"
#include "docx/xml.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {
namespace {

// DrawingML's picture anchors, pictures, VML, and Office 2017's decorative flag.
constexpr const char* kWp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
constexpr const char* kPic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
constexpr const char* kVml = "urn:schemas-microsoft-com:vml";
constexpr const char* kDecorative = "http://schemas.microsoft.com/office/drawing/2017/decorative";

bool IsOff(const std::string& value) { return value == "0" || value == "false" || value == "off"; }

// An on/off property element that is present and not switched off (w:tblHeader, adec:decorative).
bool IsOn(const xmlNode* element, const char* ns_uri) { return element && !IsOff(Attr(element, ns_uri, "val")); }

bool HasDescendant(const xmlNode* node, const char* ns_uri, const char* local) {
  for (const xmlNode* child : Children(node)) {
    if (IsElement(child, ns_uri, local) || HasDescendant(child, ns_uri, local)) return true;
  }
  return false;
}

// Inside mc:Fallback: the copy a reader shows only when it cannot read the mc:Choice.
bool InFallback(const xmlNode* node) {
  for (const xmlNode* n = node ? node->parent : nullptr; n && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (IsElement(n, ns::kMc, "Fallback")) return true;
  return false;
}

bool IsDecorative(const xmlNode* doc_pr) {
  for (const xmlNode* ext_list : Children(doc_pr, ns::kA, "extLst"))
    for (const xmlNode* ext : Children(ext_list, ns::kA, "ext"))
      if (IsOn(Child(ext, kDecorative, "decorative"), nullptr)) return true;
  return false;
}

ElementVisitor PictureVisitor(const PartInfo& part, std::vector<Finding>& out) {
  return [&part, &out](xmlNode* element, int paragraph) {
    if (IsElement(element, kWp, "docPr")) {
      // A drawing (wp:inline or wp:anchor) is a picture when its graphic holds a pic:pic.
      if (!HasDescendant(element->parent, kPic, "pic") || IsDecorative(element)) return;
      if (!IsBlank(Attr(element, nullptr, "descr")) || !IsBlank(Attr(element, nullptr, "title"))) return;
      const std::string id = Attr(element, nullptr, "id");
      out.push_back(StructuralFinding(Category::kAccessibility, part.name,
                                      IsNumericId(id) ? "picture wp:docPr id " + id : "picture", paragraph,
                                      "accessibility.alt-text", "accessibility:picture without alt text",
                                      "a picture has no alt text (wp:docPr descr): describe it for people who cannot "
                                      "see it, or mark it decorative"));
    } else if (IsElement(element, kVml, "imagedata") && !InFallback(element)) {
      const xmlNode* shape = element->parent;
      if (!IsBlank(Attr(shape, nullptr, "alt")) || !IsBlank(Attr(element, "urn:schemas-microsoft-com:office:office",
                                                                  "title")))
        return;
      out.push_back(StructuralFinding(Category::kAccessibility, part.name, "picture v:imagedata", paragraph,
                                      "accessibility.alt-text", "accessibility:picture without alt text",
                                      "a picture (VML) has no alt text (the shape's alt): describe it for people who "
                                      "cannot see it"));
    }
  };
}

int Depth(const xmlNode* node) {
  int depth = 0;
  for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) ++depth;
  return depth;
}

// The tables of a part, counted as the walk meets them: in document order, each element seen
// before its descendants, without looking at a table's children (a long table is read in pieces).
class TableHeaders {
 public:
  void Visit(const xmlNode* element, int paragraph) {
    if (paragraph > paragraphs_before_) paragraphs_before_ = paragraph;
    if (IsElement(element, ns::kW, "tbl")) {
      if (InFallback(element)) return;
      const int depth = Depth(element);
      CloseTo(depth);
      tables_.push_back({static_cast<int>(tables_.size()) + 1, paragraphs_before_ + 1});
      open_.push_back({depth, tables_.size() - 1});
    } else if (IsElement(element, ns::kW, "tr")) {
      const int depth = Depth(element);
      CloseTo(depth);
      if (!open_.empty() && open_.back().depth == depth - 1) ++tables_[open_.back().table].rows;
    } else if (IsElement(element, ns::kW, "tblHeader") && IsElement(element->parent, ns::kW, "trPr") &&
               IsElement(element->parent->parent, ns::kW, "tr")) {
      const int depth = Depth(element);
      CloseTo(depth - 2);
      if (open_.empty() || open_.back().depth != depth - 3) return;
      Table& table = tables_[open_.back().table];
      if (table.rows == 1 && IsOn(element, ns::kW)) table.header = true;  // in the first row
    }
  }

  void Report(const PartInfo& part, std::vector<Finding>& out) const {
    for (const Table& t : tables_) {
      if (t.rows < 2 || t.header) continue;
      out.push_back(StructuralFinding(Category::kAccessibility, part.name, "table " + std::to_string(t.number),
                                      t.first_paragraph, "accessibility.table-header",
                                      "accessibility:table without a header row",
                                      "table " + std::to_string(t.number) + " (" + std::to_string(t.rows) +
                                          " rows) has no header row: mark its first row as a header row that "
                                          "repeats across pages (w:tblHeader)"));
    }
  }

 private:
  struct Table {
    int number = 0;
    int first_paragraph = 0;
    int rows = 0;
    bool header = false;
  };
  struct Open {
    int depth;
    size_t table;
  };
  // Tables at `depth` or deeper have ended.
  void CloseTo(int depth) {
    while (!open_.empty() && open_.back().depth >= depth) open_.pop_back();
  }
  std::vector<Table> tables_;
  std::vector<Open> open_;
  int paragraphs_before_ = 0;  // the paragraphs seen so far: a table's first is the next one
};

// Heading levels (1-9) of the styles, by style id: the style's outline level or, failing that, a
// "heading N" name, through w:basedOn.
class HeadingStyles {
 public:
  explicit HeadingStyles(XmlDocument* styles) {
    if (!styles) return;
    for (const xmlNode* style : Children(styles->root(), ns::kW, "style")) {
      if (Attr(style, ns::kW, "type") != "paragraph") continue;
      Entry entry;
      entry.based_on = Attr(Child(style, ns::kW, "basedOn"), ns::kW, "val");
      if (const xmlNode* level = Child(Child(style, ns::kW, "pPr"), ns::kW, "outlineLvl")) {
        entry.level = OutlineLevel(Attr(level, ns::kW, "val"));
        entry.known = true;
      } else {
        std::string name = Attr(Child(style, ns::kW, "name"), ns::kW, "val");
        for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (name.size() == 9 && name.rfind("heading ", 0) == 0 && name[8] >= '1' && name[8] <= '9') {
          entry.level = name[8] - '0';
          entry.known = true;
        }
      }
      styles_[Attr(style, ns::kW, "styleId")] = entry;
    }
  }

  // 1-9, or 0 for body text.
  int Level(const std::string& style_id) const {
    std::string id = style_id;
    for (int depth = 0; depth < 20; ++depth) {  // a basedOn loop ends here
      auto it = styles_.find(id);
      if (it == styles_.end()) return 0;
      if (it->second.known) return it->second.level;
      id = it->second.based_on;
    }
    return 0;
  }

  // w:outlineLvl counts from 0; 9 is body text.
  static int OutlineLevel(const std::string& value) {
    if (value.size() != 1 || value[0] < '0' || value[0] > '8') return 0;
    return value[0] - '0' + 1;
  }

 private:
  struct Entry {
    int level = 0;
    bool known = false;
    std::string based_on;
  };
  std::map<std::string, Entry> styles_;
};

ElementVisitor HeadingVisitor(const PartInfo& part, const HeadingStyles& styles, std::vector<Finding>& out) {
  return [&part, &styles, &out, previous = 0](xmlNode* element, int paragraph) mutable {
    if (!IsElement(element, ns::kW, "p") || InFallback(element)) return;
    const xmlNode* properties = Child(element, ns::kW, "pPr");
    int level = styles.Level(Attr(Child(properties, ns::kW, "pStyle"), ns::kW, "val"));
    if (const xmlNode* outline = Child(properties, ns::kW, "outlineLvl"))
      level = HeadingStyles::OutlineLevel(Attr(outline, ns::kW, "val"));
    if (level == 0 || IsBlank(Content(element))) return;
    if (level > previous + 1) {
      const std::string description =
          previous == 0 ? "the first heading is a level " + std::to_string(level) + " heading: start at level 1"
                        : "a level " + std::to_string(level) + " heading follows a level " +
                              std::to_string(previous) + " heading: a level is skipped";
      out.push_back(StructuralFinding(Category::kAccessibility, part.name, "paragraph " + std::to_string(paragraph),
                                      paragraph, "accessibility.heading-order", "accessibility:skipped heading level",
                                      description));
    }
    previous = level;
  };
}

void CheckTitle(Package& package, std::vector<Finding>& out) {
  const std::vector<std::string> core = package.PartsOfKind(PartKind::kCoreProperties);
  XmlDocument* xml = core.empty() ? nullptr : package.Xml(core.front());
  if (xml && !IsBlank(Content(Child(xml->root(), ns::kDublinCore, "title")))) return;
  out.push_back(StructuralFinding(Category::kAccessibility, core.empty() ? "" : core.front(),
                                  core.empty() ? "package" : "property dc:title", 0, "accessibility.title",
                                  "accessibility:no document title",
                                  "the document has no title (dc:title in the core properties): readers and screen "
                                  "readers show the title, not the file name"));
}

void CheckLanguage(const std::string& styles_name, XmlDocument* styles, std::vector<Finding>& out) {
  const xmlNode* defaults = Child(Child(Child(styles ? styles->root() : nullptr, ns::kW, "docDefaults"), ns::kW,
                                        "rPrDefault"),
                                  ns::kW, "rPr");
  if (!IsBlank(Attr(Child(defaults, ns::kW, "lang"), ns::kW, "val"))) return;
  out.push_back(StructuralFinding(Category::kAccessibility, styles_name, styles ? "element w:docDefaults" : "package",
                                  0, "accessibility.language", "accessibility:no language",
                                  "the document sets no default language (w:lang in the styles' w:docDefaults): screen "
                                  "readers cannot choose a voice"));
}

}  // namespace

struct AccessibilityChecks::State {
  struct PartFindings {
    std::vector<Finding> pictures;
    TableHeaders tables;
    std::vector<Finding> headings;
  };
  explicit State(Package& p) : package(p) {
    for (const PartInfo& part : package.parts())
      if (part.content_type == wordml::ContentType("styles") && styles_name.empty()) styles_name = part.name;
    styles = styles_name.empty() ? nullptr : package.Xml(styles_name);
    headings.emplace(styles);
  }
  Package& package;
  std::string styles_name;
  XmlDocument* styles = nullptr;
  std::optional<HeadingStyles> headings;
  std::map<std::string, PartFindings, std::less<>> parts;
};

AccessibilityChecks::AccessibilityChecks(Package& package) : state_(std::make_unique<State>(package)) {}
AccessibilityChecks::~AccessibilityChecks() = default;

std::vector<ElementVisitor> AccessibilityChecks::VisitorsFor(const PartInfo& part) {
  const bool main = part.kind == PartKind::kMainDocument;
  if (!main && part.kind != PartKind::kHeader && part.kind != PartKind::kFooter &&
      part.kind != PartKind::kFootnotes && part.kind != PartKind::kEndnotes)
    return {};
  State::PartFindings& found = state_->parts[part.name];
  std::vector<ElementVisitor> visitors = {PictureVisitor(part, found.pictures)};
  if (main) {
    visitors.push_back([&found](xmlNode* element, int paragraph) { found.tables.Visit(element, paragraph); });
    visitors.push_back(HeadingVisitor(part, *state_->headings, found.headings));
  }
  return visitors;
}

std::vector<Finding> AccessibilityChecks::Findings() {
  std::vector<Finding> out;
  CheckTitle(state_->package, out);
  CheckLanguage(state_->styles_name, state_->styles, out);
  for (const PartInfo& part : state_->package.parts()) {
    auto it = state_->parts.find(part.name);
    if (it == state_->parts.end()) continue;
    for (Finding& f : it->second.pictures) out.push_back(std::move(f));
    it->second.tables.Report(part, out);
    for (Finding& f : it->second.headings) out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> AccessibilityFindings(Package& package) {
  AccessibilityChecks checks(package);
  for (const PartInfo& part : package.parts()) {
    std::vector<ElementVisitor> visitors = checks.VisitorsFor(part);
    if (!visitors.empty() && !WalkPart(package, part, visitors).ok()) continue;  // unreadable: nothing to check
  }
  return checks.Findings();
}

}  // namespace dhr::scan
