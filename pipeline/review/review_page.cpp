#include "pipeline/review/review_page.h"

#include <algorithm>
#include <map>

#include "pipeline/review/review_page_assets.h"

namespace dhr::review {
namespace {

constexpr ReplacementKind kKinds[] = {ReplacementKind::kPerson, ReplacementKind::kProfessional,
                                      ReplacementKind::kPlace,  ReplacementKind::kDate,
                                      ReplacementKind::kGeneric, ReplacementKind::kExtra};

// The page under construction; every piece of text goes through Text(), and only numbers and
// fixed words are written raw.
class Page {
 public:
  Page& Raw(std::string_view html) {
    out_.append(html);
    return *this;
  }
  Page& Text(std::string_view text) {
    out_ += EscapeHtml(text);
    return *this;
  }
  Page& Number(size_t n) {
    out_ += std::to_string(n);
    return *this;
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

const char* LayerLabel(TextLayer layer) {
  switch (layer) {
    case TextLayer::kVisible: return "";
    case TextLayer::kDeleted: return "tracked deletion";
    case TextLayer::kFieldCode: return "field code";
  }
  return "";
}

const char* KindLabel(ReplacementKind kind) {
  switch (kind) {
    case ReplacementKind::kPerson: return "people";
    case ReplacementKind::kProfessional: return "professionals";
    case ReplacementKind::kPlace: return "places";
    case ReplacementKind::kDate: return "dates";
    case ReplacementKind::kGeneric: return "numbers, postcodes, addresses";
    case ReplacementKind::kExtra: return "the case's own rules";
  }
  return "";
}

// Which block shows each replacement, and the first block where each undeclared name stands.
struct BlockIndex {
  std::map<size_t, size_t> of_replacement;
  std::map<size_t, size_t> of_suggestion;

  explicit BlockIndex(const ReviewModel& model) {
    for (size_t b = 0; b < model.blocks.size(); ++b)
      for (size_t r : model.blocks[b].replacements) of_replacement[r] = b;
    for (size_t s = 0; s < model.suggestions.size(); ++s)
      for (size_t b = 0; b < model.blocks.size() && !of_suggestion.count(s); ++b)
        for (const TextBlock::Undeclared& u : model.blocks[b].undeclared)
          if (model.undeclared_findings[u.finding].matched.rfind(model.suggestions[s].name, 0) == 0)
            of_suggestion[s] = b;
  }
};

void Head(Page& page, const ReviewModel& model) {
  page.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
      .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'; form-action 'none'; base-uri 'none'\">\n")
      .Raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
      .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
      .Raw("<title>Review: ")
      .Text(model.file)
      .Raw("</title>\n<style>")
      .Raw(ReviewPageStyle())
      .Raw("</style>\n</head>\n");
}

void Counter(Page& page, const char* anchor, const char* id, const char* label, size_t n) {
  page.Raw("<li><a href=\"#").Raw(anchor).Raw("\">").Raw(label).Raw(": <b id=\"").Raw(id).Raw("\" data-count=\"");
  page.Number(n).Raw("\">").Number(n).Raw("</b></a></li>\n");
}

void Top(Page& page, const ReviewModel& model) {
  const ReviewCounts counts = model.Counts();
  page.Raw("<header>\n<h1>Review of ").Text(model.file).Raw("</h1>\n");
  page.Raw("<p class=\"warning\">OFFICIAL-SENSITIVE: this page shows the real names of the case. "
           "Keep it to yourself; never publish or send it.</p>\n<ul id=\"counts\">\n");
  Counter(page, "replacements", "count-replacements", "Replacements", counts.replacements);
  Counter(page, "replacements", "count-ambiguous", "ambiguous", counts.ambiguous);
  Counter(page, "undeclared", "count-undeclared", "Names the case does not declare", counts.undeclared);
  Counter(page, "hidden", "count-hidden", "Hidden items publication removes", counts.hidden);
  Counter(page, "markings", "count-markings", "Markings", counts.markings);
  page.Raw("<li><a href=\"#text\">Document text</a></li>\n</ul>\n<form id=\"filters\">Show replacements of: ");
  for (ReplacementKind kind : kKinds) {
    page.Raw("<label><input type=\"checkbox\" checked data-kind=\"").Raw(ReplacementKindName(kind)).Raw("\"> ");
    page.Raw(KindLabel(kind)).Raw(" (<span class=\"n\"></span>)</label>");
  }
  page.Raw("<label><input type=\"checkbox\" data-view=\"only-ambiguous\"> ambiguous only</label>")
      .Raw("<label><input type=\"checkbox\" data-view=\"only-findings\"> only paragraphs with something to check"
           "</label></form>\n</header>\n");
}

void Replacements(Page& page, const ReviewModel& model, const BlockIndex& index) {
  page.Raw("<section id=\"replacements\">\n<h2>Replacements</h2>\n");
  if (model.replacements.empty()) {
    page.Raw("<p>The anonymiser replaces nothing in this document.</p>\n</section>\n");
    return;
  }
  page.Raw("<p>Every replacement the anonymiser makes, in document order. An <span class=\"flag\">ambiguous</span> "
           "one is a name more than one person of the case has: check that the code is the right person's.</p>\n")
      .Raw("<table>\n<thead><tr><th>#</th><th>Where</th><th>Original</th><th>Code</th><th>Rule</th><th></th></tr>"
           "</thead>\n<tbody>\n");
  for (size_t r = 0; r < model.replacements.size(); ++r) {
    const AuditRow& row = model.replacements[r];
    page.Raw("<tr class=\"r\" id=\"r").Number(r).Raw("\" data-kind=\"").Raw(ReplacementKindName(KindOfRule(row.rule)));
    page.Raw(row.ambiguous ? "\" data-ambiguous=\"1\">" : "\">");
    page.Raw("<td class=\"num\">").Number(r + 1).Raw("</td><td>");
    auto block = index.of_replacement.find(r);
    if (block != index.of_replacement.end()) page.Raw("<a href=\"#m").Number(r).Raw("\">");
    page.Text(row.part).Raw(", ").Text(row.where);
    if (block != index.of_replacement.end()) page.Raw("</a>");
    page.Raw("</td><td class=\"orig\">").Text(row.original).Raw("</td><td class=\"code\">").Text(row.replacement);
    page.Raw("</td><td class=\"code\">").Text(row.rule).Raw("</td><td>");
    if (row.ambiguous) page.Raw("<span class=\"flag\">ambiguous</span>");
    page.Raw("</td></tr>\n");
  }
  page.Raw("</tbody>\n</table>\n</section>\n");
}

void Undeclared(Page& page, const ReviewModel& model, const BlockIndex& index) {
  page.Raw("<section id=\"undeclared\">\n<h2>Names the case does not declare</h2>\n");
  if (model.suggestions.empty()) {
    page.Raw("<p>The leak scan finds no name that the case file does not declare.</p>\n</section>\n");
    return;
  }
  page.Raw("<p>The anonymiser leaves these as they are. Declare each in case.yaml (the YAML below is ready to "
           "paste; change the codes), or add it to <span class=\"code\">keep:</span> if it is a public name.</p>\n")
      .Raw("<table>\n<thead><tr><th>#</th><th>Name</th><th>Section</th><th>Suggested</th><th>First seen</th>"
           "<th>Rule</th></tr></thead>\n<tbody>\n");
  for (size_t s = 0; s < model.suggestions.size(); ++s) {
    const scan::UndeclaredSuggestion& u = model.suggestions[s];
    page.Raw("<tr class=\"u\" id=\"u").Number(s).Raw("\"><td class=\"num\">").Number(s + 1).Raw("</td>");
    page.Raw("<td class=\"orig\">").Text(u.name).Raw("</td><td class=\"code\">").Text(u.section).Raw("</td><td>");
    if (!u.detail_key.empty()) page.Text(u.detail_key).Raw(": ").Text(u.detail);
    page.Raw("</td><td>");
    auto block = index.of_suggestion.find(s);
    if (block != index.of_suggestion.end()) page.Raw("<a href=\"#b").Number(block->second).Raw("\">");
    page.Text(u.first_seen);
    if (block != index.of_suggestion.end()) page.Raw("</a>");
    page.Raw("</td><td class=\"code\">").Text(u.rule).Raw("</td></tr>\n");
  }
  page.Raw("</tbody>\n</table>\n<p><button type=\"button\" data-copy=\"yaml\">Copy the YAML</button></p>\n")
      .Raw("<pre id=\"yaml\">")
      .Text(model.suggestion_yaml)
      .Raw("</pre>\n</section>\n");
}

void Hidden(Page& page, const ReviewModel& model) {
  page.Raw("<section id=\"hidden\">\n<h2>Hidden items publication removes</h2>\n");
  if (model.hidden.empty()) {
    page.Raw("<p>Publication finds nothing hidden to remove.</p>\n</section>\n");
    return;
  }
  page.Raw("<p>What <span class=\"code\">dhr publish</span> takes out of the public copy (comments, tracked "
           "changes, identifying properties, picture metadata...). The text of comments and tracked deletions is "
           "shown under Document text.</p>\n<table>\n<thead><tr><th>Kind</th><th>What</th><th>How many</th></tr>"
           "</thead>\n<tbody>\n");
  for (const HiddenItem& item : model.hidden) {
    page.Raw("<tr class=\"h\"><td>").Text(item.category).Raw("</td><td>");
    page.Text(item.description).Raw("</td><td>").Number(item.count).Raw("</td></tr>\n");
  }
  page.Raw("</tbody>\n</table>\n</section>\n");
}

void Markings(Page& page, const ReviewModel& model) {
  page.Raw("<section id=\"markings\">\n<h2>Markings</h2>\n");
  if (model.markings.empty()) {
    page.Raw("<p>The document carries no security marking or draft number.</p>\n</section>\n");
    return;
  }
  page.Raw("<p>Security markings and draft numbers, which publication strips.</p>\n<table>\n<thead><tr><th>Part</th>"
           "<th>Text</th><th>Written by</th></tr></thead>\n<tbody>\n");
  for (const RemovedMarking& m : model.markings) {
    page.Raw("<tr class=\"m\"><td class=\"code\">").Text(m.part).Raw("</td><td class=\"orig\">").Text(m.text);
    page.Raw("</td><td>").Raw(m.ours ? "dhr mark" : "hand").Raw("</td></tr>\n");
  }
  page.Raw("</tbody>\n</table>\n</section>\n");
}

// One highlight in a block: a replacement (its index) or an undeclared name.
struct Span {
  size_t begin = 0, end = 0;
  bool replacement = true;
  size_t index = 0;
};

void BlockText(Page& page, const ReviewModel& model, const TextBlock& block) {
  std::vector<Span> spans;
  for (size_t r : block.replacements)
    spans.push_back({model.replacements[r].begin, model.replacements[r].end, true, r});
  for (const TextBlock::Undeclared& u : block.undeclared)
    if (u.end > u.begin) spans.push_back({u.begin, u.end, false, u.finding});
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  size_t at = 0;
  for (const Span& s : spans) {
    if (s.begin < at) continue;  // never nested: the model keeps them apart
    page.Text(std::string_view(block.text).substr(at, s.begin - at));
    const std::string_view original = std::string_view(block.text).substr(s.begin, s.end - s.begin);
    if (s.replacement) {
      const AuditRow& row = model.replacements[s.index];
      page.Raw("<mark class=\"r\" id=\"m").Number(s.index).Raw("\" data-kind=\"");
      page.Raw(ReplacementKindName(KindOfRule(row.rule))).Raw(row.ambiguous ? "\" data-ambiguous=\"1\"" : "\"");
      page.Raw(" title=\"").Text(row.rule).Raw(row.ambiguous ? " (ambiguous)" : "").Raw("\">").Text(original);
      page.Raw("<span class=\"code\">").Text(row.replacement).Raw("</span></mark>");
    } else {
      page.Raw("<mark class=\"u\" title=\"not declared in the case\">").Text(original).Raw("</mark>");
    }
    at = s.end;
  }
  page.Text(std::string_view(block.text).substr(at));
}

void DocumentText(Page& page, const ReviewModel& model) {
  page.Raw("<section id=\"text\">\n<h2>Document text</h2>\n");
  std::string part;
  size_t part_number = 0;
  for (size_t b = 0; b < model.blocks.size(); ++b) {
    const TextBlock& block = model.blocks[b];
    if (b == 0 || block.part != part) {
      part = block.part;
      page.Raw("<h3 id=\"part").Number(++part_number).Raw("\">").Text(part).Raw("</h3>\n");
    }
    const bool findings = !block.replacements.empty() || !block.undeclared.empty();
    page.Raw("<p class=\"block");
    if (findings) page.Raw(" has-findings");
    if (!block.undeclared.empty()) page.Raw(" has-undeclared");
    page.Raw("\" id=\"b").Number(b).Raw("\"><a class=\"pn\" href=\"#b").Number(b).Raw("\">&para;");
    page.Number(block.paragraph).Raw("</a>");
    if (block.layer != TextLayer::kVisible) page.Raw("<span class=\"layer\">").Raw(LayerLabel(block.layer)).Raw("</span>");
    BlockText(page, model, block);
    for (const TextBlock::Undeclared& u : block.undeclared) {
      page.Raw("<span class=\"badge\">not declared: ");
      page.Text(model.undeclared_findings[u.finding].matched).Raw("</span>");
    }
    page.Raw("</p>\n");
  }
  page.Raw("</section>\n");
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string RenderReviewPage(const ReviewModel& model) {
  const BlockIndex index(model);
  Page page;
  Head(page, model);
  page.Raw("<body>\n");
  Top(page, model);
  page.Raw("<main>\n");
  Replacements(page, model, index);
  Undeclared(page, model, index);
  Hidden(page, model);
  Markings(page, model);
  DocumentText(page, model);
  page.Raw("<p id=\"page-check\"></p>\n</main>\n<script>").Raw(ReviewPageScript()).Raw("</script>\n</body>\n</html>\n");
  return page.Take();
}

}  // namespace dhr::review
