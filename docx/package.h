// An OPC package (.docx): parts, content types and relationships, edited in memory and saved.
//
// Input: the bytes of a .docx (or a path through a FileSystem). Output: a Package whose parts can
// be listed by kind, parsed lazily into XmlDocuments, edited, added and removed; Save gives the
// bytes of a new package in which parts that were not touched are copied byte for byte and edited
// XML parts are re-serialised. Open refuses hostile containers (see archive.h) and reports any
// malformed XML part as "FILE: PART: line N: ...". Knows nothing of reviews.
// Covered by package_test.cpp and tests/corpus_test.cpp.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docx/archive.h"
#include "docx/file_io.h"
#include "base/status.h"
#include "docx/xml.h"

namespace dhr {

enum class PartKind {
  kMainDocument,
  kHeader,
  kFooter,
  kFootnotes,
  kEndnotes,
  kComments,
  kCommentsExtended,  // commentsExtended, commentsIds, commentsExtensible
  kPeople,
  kSettings,
  kCoreProperties,
  kAppProperties,
  kCustomProperties,
  kGlossary,        // the glossary document (building blocks)
  kCustomXml,       // customXml/item*.xml and their properties
  kChart,
  kDiagram,         // SmartArt data, drawing, layout...
  kRelationships,   // *.rels
  kContentTypes,    // [Content_Types].xml
  kThumbnail,
  kOtherXml,        // styles, numbering, fonts, theme, webSettings...
  kBinary,          // images, embedded objects, anything not XML
};

const char* PartKindName(PartKind kind);

struct PartInfo {
  std::string name;          // "word/document.xml", no leading '/'
  std::string content_type;  // from [Content_Types].xml (override, else by extension)
  PartKind kind = PartKind::kBinary;
  bool is_xml = false;
};

struct Relationship {
  std::string id;
  std::string type;    // full type URI
  std::string target;  // as written
  bool external = false;
  std::string resolved;  // the target part's name when internal ("word/media/image1.png")
};

struct OpenOptions {
  std::string file_name;  // for messages only
  ArchiveLimits archive;
  XmlLimits xml;
  // Accept an OPC package whose main part is not a Word document (a spreadsheet's workbook):
  // main_document() then names whatever _rels/.rels calls the office document.
  bool any_main_document = false;
  // XML parts (not relationships) larger than this many bytes are parsed only when Xml() first
  // asks for them, for a reader that can read them without a tree. They are still checked here
  // (check_unparsed), by a parse that builds nothing, so a malformed part is reported by Open.
  size_t parse_on_first_use_over = SIZE_MAX;
  // Whether a part left unparsed is checked at Open (a tenth of a long scan's time): false only
  // for a reader that reports a malformed part itself, as the leak scan's piece walk does.
  bool check_unparsed = true;
};

class Package {
 public:
  Package() = default;
  Package(Package&&) noexcept = default;
  Package& operator=(Package&&) noexcept = default;
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  // Reads and checks the container, content types and relationship parts, and parses every XML
  // part once, so a malformed part is reported here and not halfway through an edit.
  static Result<Package> Open(std::string_view bytes, const OpenOptions& options = {});
  static Result<Package> OpenFile(FileSystem& fs, const std::string& path, OpenOptions options = {});

  // Every part but [Content_Types].xml, in stored order.
  const std::vector<PartInfo>& parts() const { return parts_; }
  const PartInfo* Find(std::string_view name) const;
  std::vector<std::string> PartsOfKind(PartKind kind) const;
  // The parts whose w:p / a:p paragraphs hold document text: the main document, glossary,
  // headers, footers, footnotes, endnotes, comments, charts and diagrams, in that order.
  std::vector<std::string> TextParts() const;
  const std::string& file_name() const { return file_name_; }

  // The parsed XML of a part, or nullptr when the part is missing or not XML (or, for a part put
  // with PartParsing::kOnFirstUse, not well-formed). Editing through the returned document
  // requires MarkEdited(name) so Save re-serialises it.
  XmlDocument* Xml(std::string_view name);
  // Whether the part's tree has been built (false for a part put with kOnFirstUse and not asked
  // for since): a caller may then read and splice its bytes without building it.
  bool IsParsed(std::string_view name) const;
  // The part's bytes when they are current (not edited through its tree), borrowed until the part
  // is next changed; nullptr otherwise. Saves the copy Bytes makes of a large part.
  const std::string* CurrentBytes(std::string_view name) const;
  void MarkEdited(std::string_view name);
  // Frees the tree of every part whose tree is built, keeping what it holds as bytes (an edited
  // tree is serialised first); each is built again when Xml next asks for it. For a caller done
  // with the trees of a large document that still needs the package.
  void ReleaseTrees();
  bool IsEdited(std::string_view name) const;
  // Current bytes of a part (serialised anew if it was edited); empty if missing.
  std::string Bytes(std::string_view name) const;

  // Adds or replaces a part with these bytes; registers its content type as an override (or
  // relies on the Default for its extension when content_type is empty). An XML part is parsed
  // now (a malformed one is an error), or with kOnFirstUse only when Xml() first asks for it: for
  // large parts the caller wrote itself and may never need as a tree (relationship parts and
  // content types are always parsed now).
  enum class PartParsing { kNow, kOnFirstUse };
  Status PutPart(const std::string& name, std::string bytes, const std::string& content_type = {},
                 PartParsing parsing = PartParsing::kNow);
  // PutPart for a part whose bytes are current (CurrentBytes), giving back the bytes it held,
  // moved rather than copied; an error when the part has no current bytes.
  Result<std::string> ExchangeBytes(const std::string& name, std::string bytes, PartParsing parsing);
  // Replaces byte ranges of a part whose bytes are current (CurrentBytes), in place: no second copy
  // of a large part is made. Each edit replaces [begin, end) of the bytes as they were; edits
  // must not overlap. The part's tree, if built, is dropped and built again when next asked for.
  struct ByteEdit {
    size_t begin = 0;
    size_t end = 0;
    std::string text;
  };
  Status EditBytes(std::string_view name, std::vector<ByteEdit> edits);
  // Removes a part, its content-type override, every relationship that targets it, and its own
  // relationship part.
  void RemovePart(std::string_view name);

  // Relationships of a source part ("" for the package-level _rels/.rels).
  std::vector<Relationship> Relationships(std::string_view source) const;
  // The name of the relationship part of a source part ("word/_rels/document.xml.rels").
  static std::string RelationshipsPartName(std::string_view source);
  // The main document part ("word/document.xml" usually), found through _rels/.rels.
  const std::string& main_document() const { return main_document_; }
  // Adds a relationship from source to target (a part name, or a URL when external); returns its
  // new id.
  std::string AddRelationship(std::string_view source, std::string_view type,
                              std::string_view target, bool external = false);
  void RemoveRelationship(std::string_view source, std::string_view id);

  Result<std::string> Save() const;
  // Writes atomically; refuses to overwrite the file the package was opened from.
  Status SaveFile(FileSystem& fs, const std::string& path, unsigned mode = 0644) const;

 private:
  struct Slot {
    std::string bytes;                  // original (or put) bytes
    std::unique_ptr<XmlDocument> xml;   // parsed form, when XML
    bool parse_on_first_use = false;    // XML not parsed yet (PartParsing::kOnFirstUse)
    bool edited = false;
    bool stored = false;
  };
  Status LoadContentTypes();
  void Classify(PartInfo& info) const;
  std::string ContentTypeFor(std::string_view name) const;
  void SetOverride(const std::string& name, const std::string& content_type);
  void RemoveOverride(std::string_view name);

  std::string file_name_;
  std::string source_path_;
  std::vector<PartInfo> parts_;
  std::map<std::string, Slot, std::less<>> slots_;  // by part name, includes [Content_Types].xml
  std::vector<std::string> order_;                  // stored order of all entries
  std::map<std::string, std::string, std::less<>> default_types_;  // extension -> type
  std::string main_document_;
  XmlLimits xml_limits_;
};

// Resolves a relationship target against the folder of its source part ("media/a.png" from
// "word/document.xml" -> "word/media/a.png"; "/word/x.xml" -> "word/x.xml").
std::string ResolvePartName(std::string_view source, std::string_view target);

}  // namespace dhr
