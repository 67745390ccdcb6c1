// A compiled template part: the bytes of the part with holes, as a small tree of instructions.
//
// Input: built by part_compiler.cpp from a part whose tags have been found and placed. Output:
// what renderer.cpp runs against the data: literal bytes copied as they are, values escaped into
// a w:t, blocks whose bodies run once per item (each) or once or not at all (if, unless), and
// Markdown paragraphs. Running a program never parses or scans XML: a 50,000-row table is 50,000
// runs of one body.
#pragma once

#include <string>
#include <vector>

#include "pipeline/fill/tag_syntax.h"

namespace dhr {

// Where a tag was written, for messages.
struct TagOrigin {
  Tag tag;
  std::string part;
  int paragraph = 0;
  std::string context;
};

enum class Op {
  kLiteral,         // append `literal`
  kValue,           // append the escaped text of `origin.tag` (inside a w:t)
  kEach,            // run `body` once per item of the list at the tag's path
  kIf,              // run `body` when the value is truthy, else `else_body`
  kUnless,          // the reverse
  kMarkdown,        // append the paragraphs of the Markdown text at the tag's path
  kImage,           // append a paragraph holding the picture at the tag's path
  kParagraphGuard,  // run `body`; if it wrote no paragraph (or ends with a table), add an empty one
  kTableGuard,      // run `body` (a whole table); if it wrote no row, take the table out again
  kShade,           // append a cell's w:shd filled with the colour at the tag's path; `literal` when empty
};

struct Instruction;
using Program = std::vector<Instruction>;

struct Instruction {
  Op op = Op::kLiteral;
  std::string literal;                  // kLiteral; kShade: the cell's own w:shd, if any
  TagOrigin origin;                     // values, blocks and Markdown
  Program body;                         // blocks and guards
  Program else_body;                    // kIf, kUnless
  std::string paragraph_style;          // kMarkdown, kImage: the style id of the tag's paragraph, if any
};

// True when the program (or any block or guard in it) holds a kMarkdown or a kImage: rendering it
// adds to other parts (styles, relationships, media), so it is rendered whole, not streamed.
bool HasMarkdown(const Program& program);

}  // namespace dhr
