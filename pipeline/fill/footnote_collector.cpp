#include "pipeline/fill/footnote_collector.h"

#include "docx/related_part.h"
#include "docx/xml_fragment.h"
#include "docx/wordml.h"

namespace dhr {
namespace {


}  // namespace

FootnoteCollector::FootnoteCollector(Package& package) : package_(package) {
  part_ = FindMainDocumentPart(package, "footnotes");
  if (XmlDocument* notes = part_.empty() ? nullptr : package.Xml(part_))
    next_id_ = MaxIdOfChildren(notes->root(), "footnote", "id", 0) + 1;
}

int FootnoteCollector::Add(const std::string& paragraphs) {
  const int id = next_id_++;
  notes_ += "<w:footnote w:id=\"" + std::to_string(id) + "\">" + paragraphs + "</w:footnote>";
  return id;
}

Status FootnoteCollector::Apply(std::map<std::string, std::string>& rendered) {
  if (notes_.empty()) return {};
  if (part_.empty()) {
    std::string content =
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
        "w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote "
        "w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
        "w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
    content += notes_;
    auto created = MainDocumentPart(package_, "footnotes", "word/footnotes.xml", content);
    return created.ok() ? Status() : created.status();
  }
  if (auto it = rendered.find(part_); it != rendered.end()) {
    const size_t end = it->second.rfind("</w:footnotes>");
    if (end == std::string::npos)
      return Status::Error("fill.bad_part", "the footnotes part does not end as Word writes it",
                           InFile(package_.file_name(), part_));
    it->second.insert(end, notes_);
    return {};
  }
  XmlDocument* notes = package_.Xml(part_);
  if (Status s = InsertXmlFragment(notes ? notes->root() : nullptr, notes_); !s.ok()) return s.At(package_.file_name(), part_);
  package_.MarkEdited(part_);
  return {};
}

}  // namespace dhr
