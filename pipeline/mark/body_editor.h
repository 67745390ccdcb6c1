// The main document's section properties and body paragraphs, as the marking stage edits them,
// without building the main document's tree when it has not been built.
//
// Input: a Package. When its main document's tree is built (Package::IsParsed), the nodes are the
// tree's and Commit marks the part edited. When it is not (a large part the fill stage wrote), one
// pass over the bytes (docx/xml_stream.h) finds every w:sectPr and every paragraph of the body;
// each is parsed on its own when asked for, and Commit splices back those edited: marking a
// 50,000-row report re-writes a few hundred bytes of its main part, not the part. Bytes the reader
// cannot follow fall back to the tree.
// An editor hands out either sections or body paragraphs (their spans may nest), not both.
// Covered by body_editor_test.cpp and mark_test.cpp.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "docx/package.h"
#include "base/status.h"
#include "docx/xml.h"

namespace dhr {

// Borrows the package for its lifetime. Not copyable.
class BodyEditor {
 public:
  explicit BodyEditor(Package& package);
  ~BodyEditor();
  BodyEditor(const BodyEditor&) = delete;
  BodyEditor& operator=(const BodyEditor&) = delete;

  // Every w:sectPr of the body in document order, as SectionProperties (sections.h) finds them;
  // with `create_final` the body's own last one is added when missing. Empty when there is no body.
  std::vector<xmlNode*> Sections(bool create_final);
  // The w:p children of w:body, in order.
  std::vector<xmlNode*> BodyParagraphs();
  // Whether the body holds a block (paragraph, table, content control...) besides `paragraph`,
  // one of BodyParagraphs(); blocks removed since are not counted.
  bool BodyHasOtherBlocks(xmlNode* paragraph);
  // Removes a body paragraph from BodyParagraphs().
  void RemoveParagraph(xmlNode* paragraph);
  // Removes the body's last w:sectPr when it is the body's last element and has neither
  // children nor attributes (one Sections(true) created).
  void RemoveEmptyFinalSection();

  // The nodes handed out were edited.
  void MarkEdited() { edited_ = true; }
  // Writes the edits into the package.
  Status Commit();

 private:
  struct Piece;  // an element of the streamed bytes, parsed on its own
  bool Scan();
  xmlNode* Parsed(Piece& piece);

  Package& package_;
  bool streamed_ = false;
  bool edited_ = false;
  std::vector<std::unique_ptr<Piece>> sections_;
  std::vector<std::unique_ptr<Piece>> paragraphs_;
  std::unique_ptr<Piece> created_final_;
  size_t body_end_ = 0;          // where </w:body> starts
  size_t body_blocks_ = 0;       // block children of the body
  bool final_is_last_ = false;   // the body's last element is a w:sectPr (sections_.back())
  std::string declarations_;     // the namespace declarations in scope in the body
  std::string w_prefix_;         // the WordprocessingML prefix of w:body ("w")
};

// Whether any paragraph of the package's main document (text boxes included) has one of these
// styles: read from its bytes in one pass when its tree is not built, without a BodyEditor's scan.
bool MainDocumentUsesParagraphStyle(Package& package, const std::set<std::string>& style_ids);

}  // namespace dhr
