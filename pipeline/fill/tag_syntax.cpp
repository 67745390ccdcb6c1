#include "pipeline/fill/tag_syntax.h"

#include <array>

#include "pipeline/fill/filters.h"

namespace dhr {
namespace {

// ASCII blanks and the no-break space Word puts in when a user types a space after some marks.
size_t BlankLength(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  const char c = s[at];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (s.substr(at, 2) == "\xC2\xA0") return 2;
  return 0;
}

// "\"text\"" (built by appending: GCC 12 misreads "..." + std::string as overlapping copies).
std::string Quoted(std::string_view text) {
  std::string out = "\"";
  out += text;
  out += '"';
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t from = 0;
  while (size_t n = BlankLength(s, from)) from += n;
  size_t to = s.size();
  while (to > from) {
    if (s[to - 1] == ' ' || s[to - 1] == '\t' || s[to - 1] == '\n' || s[to - 1] == '\r') {
      --to;
    } else if (to - from >= 2 && s.substr(to - 2, 2) == "\xC2\xA0") {
      to -= 2;
    } else {
      break;
    }
  }
  return s.substr(from, to - from);
}

// Splits off the first word (up to a blank); `rest` gets the remainder, trimmed.
std::string_view FirstWord(std::string_view s, std::string_view& rest) {
  size_t at = 0;
  while (at < s.size() && BlankLength(s, at) == 0) ++at;
  rest = Trim(s.substr(at));
  return s.substr(0, at);
}

bool IsPathCharacter(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// Parses "a.b.c", "this", "this.x" or "@number"; returns a message when malformed.
std::string ParsePath(std::string_view text, DataPath& path) {
  path.text = std::string(text);
  path.segments.clear();
  if (text.empty()) return "the tag names no data path";
  if (text == "@number") {
    path.segments.push_back("@number");
    return {};
  }
  if (text.front() == '@') return Quoted(text) + " is not a known name; \"@number\" is the item's position";
  size_t start = 0;
  while (true) {
    const size_t dot = text.find('.', start);
    std::string_view segment = text.substr(start, dot == std::string_view::npos ? text.size() - start : dot - start);
    if (segment.empty()) return Quoted(text) + " has an empty name between dots";
    for (char c : segment)
      if (!IsPathCharacter(c))
        return Quoted(text) + " is not a data path (use letters, digits, '_' and '-', joined by dots)";
    if (segment == "this" && start != 0) return "\"this\" may only start a path";
    path.segments.emplace_back(segment);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return {};
}

// The quote pairs a filter argument may use: straight, and the curly ones Word's AutoCorrect types.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kQuotes{{
    {"\"", "\""}, {"'", "'"}, {"\u201C", "\u201D"}, {"\u2018", "\u2019"}}};

// Parses "name" or "name: argument"; returns a problem id and message when it cannot.
bool ParseFilter(std::string_view text, Filter& filter, std::string& id, std::string& message) {
  const size_t colon = text.find(':');
  filter.name = std::string(Trim(text.substr(0, colon)));
  const bool has_argument = colon != std::string_view::npos;
  std::string_view argument = has_argument ? Trim(text.substr(colon + 1)) : std::string_view();
  if (filter.name.empty()) {
    id = "template.bad_filter";
    message = "a '|' is followed by no filter name";
    return false;
  }
  if (!IsKnownFilter(filter.name)) {
    id = "template.unknown_filter";
    message = Quoted(filter.name) + " is not a known filter (known: " + KnownFilterNames() + ")";
    return false;
  }
  if (FilterTakesArgument(filter.name) != has_argument) {
    id = "template.bad_filter_argument";
    message = has_argument ? "the filter \"" + filter.name + "\" takes no argument"
                           : "the filter \"" + filter.name + "\" needs a text, as in " + filter.name + ": \"text\"";
    return false;
  }
  for (const auto& [open, close] : kQuotes) {
    if (argument.size() >= open.size() + close.size() && argument.substr(0, open.size()) == open &&
        argument.substr(argument.size() - close.size()) == close) {
      argument = argument.substr(open.size(), argument.size() - open.size() - close.size());
      break;
    }
  }
  filter.argument = std::string(argument);
  return true;
}

// Splits on '|' outside quotes.
std::vector<std::string_view> SplitPipes(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  bool in_quote = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') in_quote = !in_quote;
    if (s[i] == '|' && !in_quote) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(s.substr(start));
  return parts;
}

void ParseTag(std::string_view inner, Tag& tag, TagScan& scan, bool& ok, bool& known) {
  auto problem = [&](std::string id, std::string message) {
    scan.problems.push_back({std::move(id), std::move(message), tag.begin, tag.end});
    ok = false;
  };
  inner = Trim(inner);
  std::string_view rest;
  if (!inner.empty() && (inner.front() == '#' || inner.front() == '/')) {
    const bool opening = inner.front() == '#';
    const std::string_view keyword = FirstWord(Trim(inner.substr(1)), rest);
    if (keyword == "each") {
      tag.kind = opening ? TagKind::kEachOpen : TagKind::kEachClose;
    } else if (keyword == "if") {
      tag.kind = opening ? TagKind::kIfOpen : TagKind::kIfClose;
    } else if (keyword == "unless") {
      tag.kind = opening ? TagKind::kUnlessOpen : TagKind::kUnlessClose;
    } else {
      known = false;
      return problem("template.unknown_block", Quoted(keyword) +
                                                   " is not a block: use #each, #if or #unless (and /each, /if, /unless)");
    }
    if (!opening) {
      if (!rest.empty()) return problem("template.bad_tag", "a closing tag takes nothing after its name");
      return;
    }
    if (rest.find('|') != std::string_view::npos) return problem("template.bad_tag", "a block tag takes no filters");
    if (std::string message = ParsePath(rest, tag.path); !message.empty()) return problem("template.bad_path", message);
    return;
  }
  if (inner == "else") {
    tag.kind = TagKind::kElse;
    return;
  }
  const std::string_view first = FirstWord(inner, rest);
  if (first == "markdown" || first == "shade" || first == "image") {
    tag.kind = first == "markdown" ? TagKind::kMarkdown : first == "shade" ? TagKind::kShade : TagKind::kImage;
    if (std::string message = ParsePath(rest, tag.path); !message.empty()) return problem("template.bad_path", message);
    return;
  }
  tag.kind = TagKind::kValue;
  const std::vector<std::string_view> parts = SplitPipes(inner);
  if (std::string message = ParsePath(Trim(parts.front()), tag.path); !message.empty())
    return problem("template.bad_path", message);
  for (size_t i = 1; i < parts.size(); ++i) {
    Filter filter;
    std::string id, message;
    if (!ParseFilter(parts[i], filter, id, message)) return problem(id, message);
    tag.filters.push_back(std::move(filter));
  }
}

}  // namespace

const char* BlockName(TagKind kind) {
  switch (kind) {
    case TagKind::kEachOpen:
    case TagKind::kEachClose:
      return "each";
    case TagKind::kIfOpen:
    case TagKind::kIfClose:
      return "if";
    case TagKind::kUnlessOpen:
    case TagKind::kUnlessClose:
      return "unless";
    default:
      return "";
  }
}

bool IsBlockOpen(TagKind kind) {
  return kind == TagKind::kEachOpen || kind == TagKind::kIfOpen || kind == TagKind::kUnlessOpen;
}

bool IsBlockClose(TagKind kind) {
  return kind == TagKind::kEachClose || kind == TagKind::kIfClose || kind == TagKind::kUnlessClose;
}

TagKind OpeningOf(TagKind close) {
  switch (close) {
    case TagKind::kEachClose:
      return TagKind::kEachOpen;
    case TagKind::kIfClose:
      return TagKind::kIfOpen;
    case TagKind::kUnlessClose:
      return TagKind::kUnlessOpen;
    default:
      return close;
  }
}

bool MayHoldTags(std::string_view text) {
  return text.find("{{") != std::string_view::npos || text.find("}}") != std::string_view::npos;
}

TagScan FindTags(std::string_view text) {
  TagScan scan;
  size_t at = 0;
  while (at < text.size()) {
    const size_t open = text.find("{{", at);
    const size_t stray = text.find("}}", at);
    if (stray != std::string_view::npos && (open == std::string_view::npos || stray < open)) {
      scan.problems.push_back({"template.stray_close", "\"}}\" closes no tag: a \"{{\" is missing", stray, stray + 2});
      at = stray + 2;
      continue;
    }
    if (open == std::string_view::npos) break;
    const size_t close = text.find("}}", open + 2);
    const size_t next_open = text.find("{{", open + 2);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      const size_t end = close == std::string_view::npos ? text.size() : next_open;
      scan.problems.push_back({"template.unclosed_tag",
                               "a tag opened with \"{{\" is not closed with \"}}\" in the same paragraph", open, end});
      at = end;
      continue;
    }
    Tag tag;
    tag.begin = open;
    tag.end = close + 2;
    tag.text = std::string(text.substr(open, tag.end - open));
    bool ok = true, known = true;
    ParseTag(text.substr(open + 2, close - open - 2), tag, scan, ok, known);
    tag.valid = ok;
    if (known) scan.tags.push_back(std::move(tag));
    at = close + 2;
  }
  return scan;
}

}  // namespace dhr
