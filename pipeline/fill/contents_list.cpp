#include "pipeline/fill/contents_list.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "docx/text.h"
#include "docx/xml.h"
#include "docx/related_part.h"
#include "docx/set_aside.h"
#include "docx/xml_fragment.h"
#include "docx/xml_output.h"
#include "docx/xml_stream.h"

namespace dhr {
namespace {

constexpr const char* kBookmarkPrefix = "_Toc";

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// A paragraph style's outline level (0 = Heading 1), following basedOn; and the id of the style
// named "toc N" for each level.
struct StyleLevels {
  std::map<std::string, int> outline;  // style id -> level
  std::map<int, std::string> toc;      // level -> style id of "toc level+1"
};

StyleLevels ReadStyleLevels(Package& package) {
  StyleLevels levels;
  const std::string part = FindMainDocumentPart(package, "styles");
  XmlDocument* styles = part.empty() ? nullptr : package.Xml(part);
  if (!styles || !styles->root()) return levels;
  std::map<std::string, std::string> based_on;
  for (xmlNode* n = styles->root()->children; n; n = n->next) {
    if (!IsElement(n, ns::kW, "style") || Attr(n, ns::kW, "type") != "paragraph") continue;
    const std::string id = Attr(n, ns::kW, "styleId");
    const std::string name = Lower(Attr(Child(n, ns::kW, "name"), ns::kW, "val"));
    if (xmlNode* level = Child(Child(n, ns::kW, "pPr"), ns::kW, "outlineLvl")) {
      levels.outline[id] = std::atoi(Attr(level, ns::kW, "val").c_str());
    } else if (name.size() == 9 && name.starts_with("heading ") && name[8] >= '1' && name[8] <= '9') {
      levels.outline[id] = name[8] - '1';
    }
    if (name.size() == 5 && name.starts_with("toc ") && name[4] >= '1' && name[4] <= '9') levels.toc[name[4] - '1'] = id;
    if (xmlNode* base = Child(n, ns::kW, "basedOn")) based_on[id] = Attr(base, ns::kW, "val");
  }
  for (const auto& [id, base] : based_on) {  // inherited levels, a few steps deep at most
    std::string at = base;
    for (int step = 0; step < 8 && !levels.outline.contains(id) && !at.empty(); ++step) {
      if (auto found = levels.outline.find(at); found != levels.outline.end()) levels.outline[id] = found->second;
      at = based_on.contains(at) ? based_on[at] : "";
    }
  }
  return levels;
}

// The heading levels a TOC instruction asks for: \o "1-2" is levels 0 and 1; "1-3" without \o.
std::pair<int, int> OutlineRange(const std::string& instruction) {
  const size_t o = instruction.find("\\o");
  if (o == std::string::npos) return {0, 2};
  const size_t quote = instruction.find('"', o);
  if (quote == std::string::npos) return {0, 2};
  int from = 0, to = 0;
  if (std::sscanf(instruction.c_str() + quote + 1, "%d-%d", &from, &to) != 2 || from < 1 || to < from) return {0, 2};
  return {from - 1, to - 1};
}

struct TocField {
  xmlNode* begin = nullptr;      // the runs holding the field characters
  xmlNode* separate = nullptr;
  xmlNode* end = nullptr;
  std::string instruction;
};

// The first TOC field of the body, found by walking its field characters in document order.
std::optional<TocField> FindTocField(xmlNode* body) {
  std::vector<TocField> open;
  std::optional<TocField> found;
  auto walk = [&](auto&& self, xmlNode* node) -> void {
    for (xmlNode* n = node->children; n && !found; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (IsElement(n, ns::kW, "fldChar")) {
        const std::string type = Attr(n, ns::kW, "fldCharType");
        if (type == "begin") open.push_back(TocField{n->parent, nullptr, nullptr, {}});
        if (type == "separate" && !open.empty()) open.back().separate = n->parent;
        if (type == "end" && !open.empty()) {
          TocField field = open.back();
          open.pop_back();
          field.end = n->parent;
          std::string instruction = field.instruction;
          instruction.erase(0, instruction.find_first_not_of(' '));
          if (open.empty() && instruction.starts_with("TOC") && field.separate) found = field;
        }
      } else if (IsElement(n, ns::kW, "instrText")) {
        if (!open.empty() && !open.back().separate) open.back().instruction += Content(n);
      } else {
        self(self, n);
      }
    }
  };
  walk(walk, body);
  return found;
}

struct Heading {
  xmlNode* paragraph;
  int level;
  std::string text;
  std::string bookmark;  // an existing _Toc bookmark of the paragraph, else empty
};

std::string HeadingText(xmlNode* paragraph) {
  std::string text = ReadParagraph(paragraph).text;
  std::replace(text.begin(), text.end(), '\t', ' ');
  std::replace(text.begin(), text.end(), '\n', ' ');
  const size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The headings among the body's paragraphs (and those of its content controls), in order.
void CollectHeadings(xmlNode* container, const StyleLevels& styles, std::pair<int, int> range,
                     std::vector<Heading>& out) {
  for (xmlNode* n = container->children; n; n = n->next) {
    if (IsElement(n, ns::kW, "sdt")) {
      if (xmlNode* content = Child(n, ns::kW, "sdtContent")) CollectHeadings(content, styles, range, out);
      continue;
    }
    if (!IsElement(n, ns::kW, "p")) continue;
    xmlNode* properties = Child(n, ns::kW, "pPr");
    std::optional<int> level;
    if (xmlNode* own = Child(properties, ns::kW, "outlineLvl")) {
      level = std::atoi(Attr(own, ns::kW, "val").c_str());
    } else if (xmlNode* style = Child(properties, ns::kW, "pStyle")) {
      auto found = styles.outline.find(Attr(style, ns::kW, "val"));
      if (found != styles.outline.end()) level = found->second;
    }
    if (!level || *level < range.first || *level > range.second) continue;
    std::string text = HeadingText(n);
    if (text.empty()) continue;
    std::string bookmark;
    for (xmlNode* c = n->children; c && bookmark.empty(); c = c->next)
      if (IsElement(c, ns::kW, "bookmarkStart") && Attr(c, ns::kW, "name").starts_with(kBookmarkPrefix))
        bookmark = Attr(c, ns::kW, "name");
    out.push_back(Heading{n, *level, std::move(text), std::move(bookmark)});
  }
}

// The largest w:id of any element of the tree (bookmarks, comments and revisions share the space).
int MaxId(const xmlNode* node) {
  int most = 0;
  for (const xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string id = Attr(n, ns::kW, "id");
    if (!id.empty()) most = std::max(most, std::atoi(id.c_str()));
    most = std::max(most, MaxId(n->children));
  }
  return most;
}

// Puts a bookmark around the heading's runs; its name is new to the document.
Status Bookmark(Heading& heading, int id, int number) {
  heading.bookmark = std::string(kBookmarkPrefix) + std::to_string(900000000 + number);
  xmlNode* first = heading.paragraph->children;
  while (first && (first->type != XML_ELEMENT_NODE || IsElement(first, ns::kW, "pPr"))) first = first->next;
  const std::string start = "<w:bookmarkStart w:id=\"" + std::to_string(id) + "\" w:name=\"" + heading.bookmark + "\"/>";
  if (Status s = InsertXmlFragment(heading.paragraph, start, first); !s.ok()) return s;
  return InsertXmlFragment(heading.paragraph, "<w:bookmarkEnd w:id=\"" + std::to_string(id) + "\"/>");
}

std::string EntryXml(const Heading& heading, const StyleLevels& styles) {
  auto style = styles.toc.find(heading.level);
  const std::string style_id =
      style != styles.toc.end() ? style->second : "TOC" + std::to_string(heading.level + 1);
  std::string xml = "<w:p><w:pPr><w:pStyle w:val=\"";
  AppendEscapedAttribute(xml, style_id);
  xml += "\"/></w:pPr><w:hyperlink w:anchor=\"" + heading.bookmark + "\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">";
  AppendEscapedText(xml, heading.text);
  // The page is left for the reader to compute: LibreOffice does it as it lays out the pages, Word
  // when it refreshes a field marked dirty.
  xml += "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
         "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF " +
         heading.bookmark +
         " \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink></w:p>";
  return xml;
}

xmlNode* ParagraphOf(xmlNode* run) {
  return run && IsElement(run, ns::kW, "r") && IsElement(run->parent, ns::kW, "p") ? run->parent : nullptr;
}

// Moves `from` and the siblings after it, up to and including `last` (or to the end), to the end of
// `to` (or before `before`).
void MoveRuns(xmlNode* from, xmlNode* last, xmlNode* to, xmlNode* before) {
  for (xmlNode* n = from; n;) {
    xmlNode* next = n == last ? nullptr : n->next;
    xmlUnlinkNode(n);
    if (before) xmlAddPrevSibling(before, n);
    else xmlAddChild(to, n);
    n = next;
  }
}

// The contents list written in `document`, the main document's tree; `ids_above` is a w:id no new
// bookmark may take or go below (the largest of the bytes set aside). Answers whether it edited.
Result<bool> FillInTree(Package& package, XmlDocument* document, int ids_above) {
  if (!document || !document->root()) return false;
  xmlNode* body = Child(document->root(), ns::kW, "body");
  if (!body) return false;
  std::optional<TocField> field = FindTocField(body);
  if (!field) return false;
  xmlNode* first = ParagraphOf(field->begin);
  xmlNode* last = ParagraphOf(field->end);
  if (!first || !last || !ParagraphOf(field->separate) || first->parent != last->parent) return false;

  const StyleLevels styles = ReadStyleLevels(package);
  std::vector<Heading> headings;
  CollectHeadings(body, styles, OutlineRange(field->instruction), headings);
  int next_id = std::max(MaxId(document->root()), ids_above) + 1;
  for (size_t i = 0; i < headings.size(); ++i)
    if (headings[i].bookmark.empty())
      if (Status s = Bookmark(headings[i], next_id++, static_cast<int>(i) + 1); !s.ok()) return s;

  // The entries go where the field's paragraphs were.
  std::string entries;
  for (const Heading& heading : headings) entries += EntryXml(heading, styles);
  if (headings.empty()) entries = "<w:p/>";
  xmlNode* anchor = first;
  xmlNode* before_first = first->prev;
  if (Status s = InsertXmlFragment(first->parent, entries, anchor); !s.ok()) return s;
  xmlNode* first_entry = before_first ? before_first->next : first->parent->children;
  while (first_entry && !IsElement(first_entry, ns::kW, "p")) first_entry = first_entry->next;
  xmlNode* last_entry = anchor->prev;
  if (!first_entry || !last_entry) return false;

  // What the field's paragraphs held before it began and after it ended stays, around the entries.
  xmlNode* lead = first->children;
  while (lead && IsElement(lead, ns::kW, "pPr")) lead = lead->next;
  xmlNode* entry_start = first_entry->children;
  while (entry_start && IsElement(entry_start, ns::kW, "pPr")) entry_start = entry_start->next;
  if (lead != field->begin) MoveRuns(lead, field->begin->prev, first_entry, entry_start);
  if (field->end->next) MoveRuns(field->end->next, nullptr, last_entry, nullptr);

  for (xmlNode* n = first; n;) {  // the field's paragraphs: the field and its old result
    xmlNode* next = n == last ? nullptr : n->next;
    RemoveNode(n);
    n = next;
  }
  return true;
}

// A large part the fill stage left as bytes (a long chronology) is not made a tree: the body's
// tables past this size are set aside (docx/set_aside.h), the rest is made a tree and edited, and
// the tables go back into its serialisation as they were. Headings are looked for outside tables
// anyway.
constexpr size_t kSetAsideBytes = 64 << 10;

// The contents list written into a main part held as bytes, its large tables set aside. Answers
// false, changing nothing, when there is nothing to set aside or the bytes cannot be followed.
Result<bool> FillSettingAside(Package& package, const std::string& main) {
  auto aside = SetAsideTables::Take(package, main, kSetAsideBytes, SetAsideTest());
  if (!aside.ok()) return aside.status();
  if (aside->empty()) return false;
  auto edited = FillInTree(package, package.Xml(main), aside->max_id());
  if (!edited.ok()) return edited.status();
  if (*edited) package.MarkEdited(main);
  if (Status s = aside->PutBack(package); !s.ok()) return s;
  return true;
}

}  // namespace

Status FillContentsList(Package& package) {
  const std::string main = package.main_document();
  auto aside = FillSettingAside(package, main);
  if (!aside.ok()) return aside.status();
  if (*aside) return Status();
  auto edited = FillInTree(package, package.Xml(main), 0);
  if (!edited.ok()) return edited.status();
  if (*edited) package.MarkEdited(main);
  return Status();
}

}  // namespace dhr
