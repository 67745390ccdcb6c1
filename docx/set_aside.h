// Setting a large part's long tables aside while the rest of it is edited as a tree.
//
// Input: a Package and one of its XML parts held as bytes (Package::IsParsed false, as the fill
// stage leaves the parts it writes, or Open leaves a large part: OpenOptions), a size, and a test
// each tag of a table must pass. Output: the part's bytes with each table of the body (a w:tbl
// child of w:body) at least that large, all of whose tags pass the test, replaced by a processing
// instruction; the caller edits the rest through Package::Xml, and PutBack puts the tables back,
// byte for byte, into the part's serialisation. The tree of the rest is a fraction of the part's:
// a report of 50,000 chronology rows is 55 MB, its tree ten times that.
// The caller must not remove processing instructions it does not know: PutBack then fails, naming
// the part, and the part is left as the tree made it. Knows nothing of what the caller edits.
// Covered by set_aside_test.cpp.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "docx/package.h"
#include "docx/xml_stream.h"

namespace dhr {

// Whether a table holding this tag (its text from '<' to '>') may be set aside. An empty test lets
// every table go, and its tags are then not read one by one.
using SetAsideTest = std::function<bool(const XmlTag& tag, std::string_view text)>;

class SetAsideTables {
 public:
  // Sets aside what qualifies. Nothing is changed (empty() true) when the part's tree is built,
  // its bytes cannot be followed or no table qualifies.
  static Result<SetAsideTables> Take(Package& package, const std::string& part, size_t min_bytes,
                                     const SetAsideTest& test);

  bool empty() const { return spans_.empty(); }
  // The largest value of a w:id (or any ":id") attribute inside the tables set aside, 0 if none.
  int max_id() const { return max_id_; }
  // Puts the tables back: into the serialisation of the tree when it was edited (MarkEdited),
  // else the original bytes are restored. The part is left as bytes, parsed on first use.
  Status PutBack(Package& package);

 private:
  std::string part_;
  std::string content_type_;
  std::string original_;
  std::vector<std::pair<size_t, size_t>> spans_;  // [begin, end) of each table set aside, in order
  int max_id_ = 0;
};

}  // namespace dhr
