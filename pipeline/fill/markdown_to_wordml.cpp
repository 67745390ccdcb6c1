#include "pipeline/fill/markdown_to_wordml.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <vector>

#include "docx/xml_output.h"

namespace dhr {
namespace {

struct ParsedMarkdown {
  ParsedMarkdown() = default;
  ParsedMarkdown(const ParsedMarkdown&) = delete;
  ParsedMarkdown& operator=(const ParsedMarkdown&) = delete;
  ~ParsedMarkdown() {
    if (root) cmark_node_free(root);
    if (parser) cmark_parser_free(parser);
  }
  cmark_parser* parser = nullptr;
  cmark_node* root = nullptr;
};

void Parse(std::string_view markdown, ParsedMarkdown& parsed) {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  parsed.parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8);
  for (const char* name : {"table", "strikethrough", "tasklist", "autolink"})
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parsed.parser, extension);
  cmark_parser_feed(parsed.parser, markdown.data(), markdown.size());
  parsed.root = cmark_parser_finish(parsed.parser);
}

std::string Literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? text : "";
}

bool IsExtension(cmark_node* node, const char* name) {
  const char* type = cmark_node_get_type_string(node);
  return type && std::strcmp(type, name) == 0;
}

std::string Attribute(std::string_view name, std::string_view value) {
  std::string out = " ";
  out += name;
  out += "=\"";
  AppendEscapedAttribute(out, value);
  return out + "\"";
}

constexpr int kTextWidth = 9000;  // twips across an A4 page's text: a table's columns share it

class Converter {
 public:
  Converter(const MarkdownStyle& style, WordTarget& target, const std::vector<cmark_node*>& notes)
      : style_(style), target_(target), notes_(notes) {}

  // Writes a footnote's paragraphs: the first starts with the footnote mark (or with `label` in
  // superscript when the note cannot be a real footnote).
  void AsFootnote(std::string label) {
    in_footnote_ = true;
    footnote_label_ = std::move(label);
    pending_footnote_mark_ = true;
  }

  std::string Convert(cmark_node* root) {
    cmark_iter* iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (node == root) continue;
      if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
        cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);  // written where it is referenced
        continue;
      }
      Visit(node, event == CMARK_EVENT_ENTER);
    }
    cmark_iter_free(iter);
    return out_ + trailing_notes_;
  }

 private:
  struct ListState {
    std::string style;
    std::optional<std::pair<int, int>> numbering;
  };

  void Visit(cmark_node* node, bool enter) {
    const cmark_node_type type = cmark_node_get_type(node);
    // Leaves come once; footnote references come twice (enter and exit) and count once.
    const bool leaf = type == CMARK_NODE_TEXT || type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_CODE ||
                      type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_CODE_BLOCK ||
                      type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK ||
                      type == CMARK_NODE_FOOTNOTE_REFERENCE;
    if (leaf && !enter) return;
    switch (type) {
      case CMARK_NODE_PARAGRAPH:
        enter ? OpenParagraph(StyleHere()) : CloseParagraph();
        return;
      case CMARK_NODE_HEADING:
        if (enter) {
          const int level = std::min(9, std::max(1, cmark_node_get_heading_level(node) + style_.heading_offset));
          OpenParagraph(target_.StyleId("Heading" + std::to_string(level)));
        } else {
          CloseParagraph();
        }
        return;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_HTML_INLINE:
        Run(Literal(node));
        return;
      case CMARK_NODE_CODE:
        Run(Literal(node), /*code=*/true);
        return;
      case CMARK_NODE_SOFTBREAK:
        Run(" ");
        return;
      case CMARK_NODE_LINEBREAK:
        out_ += "<w:r>" + RunProperties(false) + "<w:br/></w:r>";
        return;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        Preformatted(Literal(node), cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK);
        return;
      case CMARK_NODE_THEMATIC_BREAK:
        out_ += "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/>"
                "</w:pBdr></w:pPr></w:p>";
        return;
      case CMARK_NODE_EMPH:
        emphasis_ += enter ? 1 : -1;
        return;
      case CMARK_NODE_STRONG:
        strong_ += enter ? 1 : -1;
        return;
      case CMARK_NODE_LINK:
        Link(node, enter);
        return;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        FootnoteReference(Literal(node));
        return;
      case CMARK_NODE_LIST:
        if (enter) {
          OpenList(node);
        } else {
          lists_.pop_back();
        }
        return;
      case CMARK_NODE_ITEM:
        if (enter) {
          first_paragraph_of_item_ = true;
          if (IsExtension(node, "tasklist"))
            pending_prefix_ = cmark_gfm_extensions_get_tasklist_item_checked(node) ? "\u2612 " : "\u2610 ";
        }
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        quotes_ += enter ? 1 : -1;
        return;
      default:
        break;
    }
    if (IsExtension(node, "strikethrough")) {
      strike_ += enter ? 1 : -1;
    } else if (IsExtension(node, "table")) {
      enter ? OpenTable(node) : void(out_ += "</w:tbl>");
    } else if (IsExtension(node, "table_header") || IsExtension(node, "table_row")) {
      enter ? OpenRow(IsExtension(node, "table_header")) : CloseRow();
    } else if (IsExtension(node, "table_cell")) {
      enter ? OpenCell() : CloseCell();
    }
  }

  std::string StyleHere() {
    if (in_footnote_) return target_.StyleId("FootnoteText");
    if (!lists_.empty()) {
      const size_t depth = std::min<size_t>(lists_.size(), 5);
      const std::string suffix = depth > 1 ? std::to_string(depth) : "";
      if (first_paragraph_of_item_) return lists_.back().style;
      return target_.StyleId("ListContinue" + suffix);
    }
    if (quotes_ > 0) return target_.StyleId("Quote");
    return style_.body_style;
  }

  void OpenParagraph(const std::string& style) {
    out_ += "<w:p>";
    std::string properties;
    if (!style.empty()) properties += "<w:pStyle" + Attribute("w:val", style) + "/>";
    if (!lists_.empty() && first_paragraph_of_item_ && lists_.back().numbering) {
      const auto [num, level] = *lists_.back().numbering;
      properties += "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                    std::to_string(num) + "\"/></w:numPr>";
    }
    first_paragraph_of_item_ = false;
    if (!properties.empty()) out_ += "<w:pPr>" + properties + "</w:pPr>";
    if (pending_footnote_mark_) {
      pending_footnote_mark_ = false;
      if (footnote_label_.empty()) {
        out_ += "<w:r><w:rPr><w:rStyle" + Attribute("w:val", target_.StyleId("FootnoteReference")) +
                "/></w:rPr><w:footnoteRef/></w:r>";
      } else {
        out_ += "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>";
        AppendEscapedText(out_, footnote_label_);
        out_ += "</w:t></w:r>";
      }
      Run(" ");
    }
    if (!pending_prefix_.empty()) {
      Run(pending_prefix_);
      pending_prefix_.clear();
    }
  }

  void CloseParagraph() { out_ += "</w:p>"; }

  std::string RunProperties(bool code, bool superscript = false) {
    std::string p;
    if (link_depth_ > 0) p += "<w:rStyle" + Attribute("w:val", target_.StyleId("Hyperlink")) + "/>";
    if (code) p += "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>";
    if (strong_ > 0 || header_row_) p += "<w:b/>";
    if (emphasis_ > 0) p += "<w:i/>";
    if (strike_ > 0) p += "<w:strike/>";
    if (superscript) p += "<w:vertAlign w:val=\"superscript\"/>";
    return p.empty() ? p : "<w:rPr>" + p + "</w:rPr>";
  }

  void Run(std::string_view text, bool code = false, bool superscript = false) {
    if (text.empty()) return;
    out_ += "<w:r>" + RunProperties(code, superscript) + "<w:t xml:space=\"preserve\">";
    AppendEscapedText(out_, text);
    out_ += "</w:t></w:r>";
  }

  // A code block (Courier New) or raw HTML (as text): one paragraph, its lines joined by breaks.
  void Preformatted(std::string text, bool code) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    OpenParagraph(StyleHere());
    size_t start = 0;
    while (true) {
      const size_t end = text.find('\n', start);
      Run(std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start), code);
      if (end == std::string::npos) break;
      out_ += "<w:r><w:br/></w:r>";
      start = end + 1;
    }
    CloseParagraph();
  }

  void Link(cmark_node* node, bool enter) {
    if (enter) {
      const char* url = cmark_node_get_url(node);
      const bool linked = url && *url;
      if (linked) out_ += "<w:hyperlink" + Attribute("r:id", target_.HyperlinkId(url)) + " w:history=\"1\">";
      links_.push_back(linked);
      if (linked) ++link_depth_;
    } else if (!links_.empty()) {
      if (links_.back()) {
        out_ += "</w:hyperlink>";
        --link_depth_;
      }
      links_.pop_back();
    }
  }

  void FootnoteReference(const std::string& number) {
    const size_t index = static_cast<size_t>(std::atoi(number.c_str()));
    if (in_footnote_ || index == 0 || index > notes_.size()) {
      Run(number, false, /*superscript=*/true);
      return;
    }
    Converter note(style_, target_, notes_);
    note.AsFootnote("");
    if (std::optional<int> id = target_.AddFootnote(note.Convert(notes_[index - 1]))) {
      out_ += "<w:r><w:rPr><w:rStyle" + Attribute("w:val", target_.StyleId("FootnoteReference")) +
              "/></w:rPr><w:footnoteReference w:id=\"" + std::to_string(*id) + "\"/></w:r>";
      return;
    }
    Run(number, false, /*superscript=*/true);
    Converter fallback(style_, target_, notes_);
    fallback.AsFootnote(number);
    trailing_notes_ += fallback.Convert(notes_[index - 1]);
  }

  void OpenList(cmark_node* node) {
    const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    const size_t depth = std::min<size_t>(lists_.size() + 1, 5);
    ListState list;
    list.style = target_.StyleId(std::string(ordered ? "ListNumber" : "ListBullet") +
                                 (depth > 1 ? std::to_string(depth) : ""));
    if (ordered) list.numbering = target_.RestartedNumbering(list.style, cmark_node_get_list_start(node));
    lists_.push_back(std::move(list));
  }

  void OpenTable(cmark_node* node) {
    columns_ = std::max<int>(1, cmark_gfm_extensions_get_table_columns(node));
    const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
    alignments_.assign(static_cast<size_t>(columns_), 0);
    for (int i = 0; alignments && i < columns_; ++i) alignments_[static_cast<size_t>(i)] = alignments[i];
    out_ += "<w:tbl><w:tblPr><w:tblStyle" + Attribute("w:val", target_.StyleId("TableGrid")) +
            "/><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" "
            "w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (int i = 0; i < columns_; ++i) out_ += "<w:gridCol w:w=\"" + std::to_string(kTextWidth / columns_) + "\"/>";
    out_ += "</w:tblGrid>";
  }

  void OpenRow(bool header) {
    header_row_ = header;
    cell_ = 0;
    out_ += header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
  }

  void CloseRow() {
    while (cell_ < columns_) {
      OpenCell();
      CloseCell();
    }
    header_row_ = false;
    out_ += "</w:tr>";
  }

  void OpenCell() {
    out_ += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(kTextWidth / columns_) + "\" w:type=\"dxa\"/></w:tcPr><w:p>";
    const uint8_t align = cell_ < columns_ ? alignments_[static_cast<size_t>(cell_)] : 0;
    if (align == 'c' || align == 'r')
      out_ += std::string("<w:pPr><w:jc w:val=\"") + (align == 'c' ? "center" : "right") + "\"/></w:pPr>";
    ++cell_;
  }

  void CloseCell() { out_ += "</w:p></w:tc>"; }

  const MarkdownStyle& style_;
  WordTarget& target_;
  const std::vector<cmark_node*>& notes_;  // footnote definitions, numbered from 1
  std::string out_;
  std::string trailing_notes_;
  int strong_ = 0, emphasis_ = 0, strike_ = 0, quotes_ = 0, link_depth_ = 0;
  std::vector<bool> links_;
  std::vector<ListState> lists_;
  bool first_paragraph_of_item_ = false;
  std::string pending_prefix_;
  bool in_footnote_ = false;
  bool pending_footnote_mark_ = false;
  std::string footnote_label_;
  int columns_ = 1, cell_ = 0;
  std::vector<uint8_t> alignments_;
  bool header_row_ = false;
};

}  // namespace

std::string MarkdownToWordml(std::string_view markdown, const MarkdownStyle& style, WordTarget& target) {
  ParsedMarkdown parsed;
  Parse(markdown, parsed);
  if (!parsed.root) return {};
  // cmark-gfm numbers references 1, 2... and puts the definitions, in that order, at the end.
  std::vector<cmark_node*> notes;
  for (cmark_node* n = cmark_node_first_child(parsed.root); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION) notes.push_back(n);
  return Converter(style, target, notes).Convert(parsed.root);
}

}  // namespace dhr
