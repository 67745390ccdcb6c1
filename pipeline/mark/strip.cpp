// StripMarkings: see mark.h.
#include <set>
#include <string>
#include <vector>

#include "docx/text.h"
#include "pipeline/mark/body_editor.h"
#include "pipeline/mark/mark.h"
#include "pipeline/mark/marking_style.h"
#include "pipeline/mark/marking_text.h"
#include "pipeline/mark/sections.h"

namespace dhr {
namespace {

// Content a paragraph may hold besides its text, which removing the paragraph would lose: pictures,
// text boxes, objects, fields, note references.
bool HoldsMoreThanText(const xmlNode* paragraph) {
  std::vector<const xmlNode*> stack = {paragraph};
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (IsElement(c, ns::kMc, "AlternateContent")) return true;
      if (HasNamespace(c, ns::kW)) {
        const std::string_view name = LocalName(c);
        if (name == "drawing" || name == "pict" || name == "object" || name == "fldChar" || name == "fldSimple" ||
            name == "instrText" || name == "txbxContent" || name == "footnoteReference" ||
            name == "endnoteReference" || name == "commentReference" || name == "ruby" || name == "sectPr")
          return true;
      }
      stack.push_back(c);
    }
  }
  return false;
}

bool IsBlock(const xmlNode* n) {
  if (IsElement(n, ns::kMc, "AlternateContent")) return true;
  if (n->type != XML_ELEMENT_NODE || !HasNamespace(n, ns::kW)) return false;
  const std::string_view name = LocalName(n);
  return name == "p" || name == "tbl" || name == "sdt" || name == "customXml" || name == "altChunk";
}

bool HasBlockOtherThan(const xmlNode* container, const xmlNode* except) {
  for (const xmlNode* c = container ? container->children : nullptr; c; c = c->next)
    if (c != except && IsBlock(c)) return true;
  return false;
}

bool IsBlank(const std::string& text) { return text.find_first_not_of(" \t\n\r") == std::string::npos; }

// Takes the markings out of a paragraph and appends what went to `removed`.
class ParagraphStripper {
 public:
  ParagraphStripper(std::string part, std::vector<RemovedMarking>& removed)
      : part_(std::move(part)), removed_(removed) {}

  // One of our paragraphs: goes whole unless someone added other text or content to it.
  Status StripOurs(xmlNode* paragraph) {
    ParagraphText text = ReadParagraph(paragraph);
    if ((IsBlank(text.text) || IsWholeMarking(text.text)) && !HoldsMoreThanText(paragraph)) {
      Record(text.text, true, true);
      RemoveNode(paragraph);
      return {};
    }
    RemoveNode(Child(Child(paragraph, ns::kW, "pPr"), ns::kW, "pStyle"));
    return Cut(text, MarkingCuts(text.text, MarkingStrength::kAnyCase), true);
  }

  // Any other paragraph: a whole-paragraph marking goes (or is emptied where a paragraph must stay);
  // a marking in capitals inside other text is cut out.
  Status StripTyped(xmlNode* paragraph) {
    ParagraphText text = ReadParagraph(paragraph);
    if (!IsWholeMarking(text.text)) return Cut(text, MarkingCuts(text.text, MarkingStrength::kCapitals), false);
    return StripWhole(paragraph, text);
  }

  // A body paragraph: goes only when its whole text is markings in capitals ("OFFICIAL-SENSITIVE:
  // PERSONAL" typed on a line of its own); a sentence that mentions OFFICIAL is left alone.
  Status StripTypedInBody(xmlNode* paragraph, BodyEditor& body) {
    ParagraphText text = ReadParagraph(paragraph);
    if (!IsWholeMarking(text.text, MarkingStrength::kCapitals)) return {};
    Record(text.text, false, true);
    body.MarkEdited();
    if (!HoldsMoreThanText(paragraph) && body.BodyHasOtherBlocks(paragraph)) {
      body.RemoveParagraph(paragraph);
      return {};
    }
    return ApplyEdits(text, {{0, text.text.size(), ""}});
  }

 private:
  // A whole-paragraph marking goes, or is emptied where a paragraph must stay.
  Status StripWhole(xmlNode* paragraph, ParagraphText& text) {
    Record(text.text, false, true);
    if (!HoldsMoreThanText(paragraph) && HasBlockOtherThan(paragraph->parent, paragraph)) {
      RemoveNode(paragraph);
      return {};
    }
    return ApplyEdits(text, {{0, text.text.size(), ""}});
  }

  Status Cut(ParagraphText& text, const std::vector<TextRange>& cuts, bool ours) {
    std::vector<TextEdit> edits;
    for (const TextRange& cut : cuts) {
      Record(text.text.substr(cut.begin, cut.end - cut.begin), ours, false);
      edits.push_back({cut.begin, cut.end, ""});
    }
    return edits.empty() ? Status() : ApplyEdits(text, std::move(edits));
  }

  void Record(std::string text, bool ours, bool whole) {
    removed_.push_back({part_, std::move(text), ours, whole});
  }

  std::string part_;
  std::vector<RemovedMarking>& removed_;
};

std::vector<xmlNode*> WordParagraphs(xmlNode* root) {
  std::vector<xmlNode*> out;
  for (xmlNode* p : Paragraphs(root))
    if (IsElement(p, ns::kW, "p")) out.push_back(p);
  return out;
}

// Strips one header or footer part. Returns whether the part held our paragraphs and now holds
// nothing: a part MarkDocument created.
Result<bool> StripPart(Package& package, const std::string& part, const std::set<std::string>& our_styles,
                       StripReport& report) {
  XmlDocument* xml = package.Xml(part);
  xmlNode* root = xml ? xml->root() : nullptr;
  if (!root) return false;
  ParagraphStripper stripper(part, report.removed);
  const size_t removed_before = report.removed.size();
  bool had_ours = false;
  // Ours first, so a paragraph typed by hand next to ours is judged on what stays.
  for (xmlNode* paragraph : WordParagraphs(root)) {
    if (!HasParagraphStyle(paragraph, our_styles)) continue;
    had_ours = true;
    if (Status s = stripper.StripOurs(paragraph); !s.ok()) return s.At(package.file_name(), part);
  }
  for (xmlNode* paragraph : WordParagraphs(root))
    if (Status s = stripper.StripTyped(paragraph); !s.ok()) return s.At(package.file_name(), part);
  if (report.removed.size() > removed_before) package.MarkEdited(part);
  return had_ours && !HasBlockOtherThan(root, nullptr);
}

// Strips the markings typed alone in paragraphs of the main document's body. Paragraphs in tables,
// text boxes and content controls are left: a cell reading "OFFICIAL" is data, not a marking.
Status StripBody(Package& package, StripReport& report) {
  const std::string& part = package.main_document();
  BodyEditor body(package);
  ParagraphStripper stripper(part, report.removed);
  for (xmlNode* paragraph : body.BodyParagraphs())
    if (Status s = stripper.StripTypedInBody(paragraph, body); !s.ok()) return s.At(package.file_name(), part);
  return body.Commit();
}

bool StyleStillUsed(Package& package, const std::set<std::string>& our_styles) {
  for (const std::string& part : package.TextParts()) {
    if (part == package.main_document()) {
      if (MainDocumentUsesParagraphStyle(package, our_styles)) return true;
      continue;
    }
    XmlDocument* xml = package.Xml(part);
    if (!xml) continue;
    for (xmlNode* paragraph : WordParagraphs(xml->root()))
      if (HasParagraphStyle(paragraph, our_styles)) return true;
  }
  return false;
}

}  // namespace

Status StripMarkings(Package& package, StripReport* report) {
  StripReport local;
  StripReport& out = report ? *report : local;
  const std::set<std::string> our_styles = MarkingStyleIds(package);
  std::vector<std::string> parts = package.PartsOfKind(PartKind::kHeader);
  for (std::string& footer : package.PartsOfKind(PartKind::kFooter)) parts.push_back(std::move(footer));
  std::vector<std::string> created_by_us;
  for (const std::string& part : parts) {
    auto emptied = StripPart(package, part, our_styles, out);
    if (!emptied.ok()) return emptied.status();
    if (*emptied) created_by_us.push_back(part);
  }
  if (Status s = StripBody(package, out); !s.ok()) return s;
  for (const std::string& part : created_by_us) {
    RemoveHeaderFooterPart(package, part);
    out.removed_parts.push_back(part);
  }
  if (!StyleStillUsed(package, our_styles)) RemoveMarkingStyle(package);
  return {};
}

}  // namespace dhr
