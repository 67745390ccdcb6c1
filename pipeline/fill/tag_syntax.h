// The tag language: finds `{{ ... }}` tags in a paragraph's text and parses each one.
//
// Input: the visible text of one paragraph (ParagraphText::text, joined across runs). Output: its
// tags in order, each with its byte range, kind, data path and filters, plus the problems found
// (an unclosed "{{", a stray "}}", an unknown filter or block, a malformed path). Tags are:
//   {{ path.to.value | filter | default: "text" }}   a value
//   {{#each path}} {{#if path}} {{#unless path}}      block openings
//   {{else}} {{/each}} {{/if}} {{/unless}}            block middles and ends
//   {{markdown path}}                                 a paragraph replaced by Markdown
//   {{shade path}}                                    the table cell's shading, from a hex colour
//   {{image path}}                                    a paragraph replaced by a picture
// Paths are dotted names; "this" is the current loop item and "@number" its 1-based position.
// Covered by tag_syntax_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr {

enum class TagKind {
  kValue,
  kEachOpen,
  kIfOpen,
  kUnlessOpen,
  kElse,
  kEachClose,
  kIfClose,
  kUnlessClose,
  kMarkdown,
  kShade,
  kImage,
};

// "each", "if", "unless" for the block tags; "" for the others.
const char* BlockName(TagKind kind);
bool IsBlockOpen(TagKind kind);
bool IsBlockClose(TagKind kind);
// The opening kind a closing kind ends (kEachClose -> kEachOpen).
TagKind OpeningOf(TagKind close);

struct DataPath {
  std::string text;                   // as written: "homicide.date", "this", "@number"
  std::vector<std::string> segments;  // "homicide", "date"; "this" and "@number" stay segments
};

struct Filter {
  std::string name;      // "month_year", "date", "upper", "lower", "default"
  std::string argument;  // default's text, without its quotes
};

struct Tag {
  TagKind kind = TagKind::kValue;
  size_t begin = 0;  // byte range of "{{...}}" in the paragraph text
  size_t end = 0;
  std::string text;  // "{{#each rows}}" as written
  DataPath path;     // empty for else and closings
  std::vector<Filter> filters;
  bool valid = true;  // false when the tag has a problem; it still counts for block structure
};

struct TagProblem {
  std::string id;       // "template.unclosed_tag", "template.unknown_filter"...
  std::string message;  // one plain sentence
  size_t begin = 0;     // the byte range it concerns
  size_t end = 0;
};

struct TagScan {
  std::vector<Tag> tags;  // every tag whose kind is known, in text order
  std::vector<TagProblem> problems;
};

TagScan FindTags(std::string_view text);

// True when the text may hold a tag or a stray brace pair; a cheap test before FindTags.
bool MayHoldTags(std::string_view text);

}  // namespace dhr
