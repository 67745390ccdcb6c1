#include "pipeline/publish/tracked_changes.h"

#include <doctest/doctest.h>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kBy = " w:author=\"Jane Roe\" w:date=\"2024-03-01T10:00:00Z\"";

std::string Run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }
std::string Deleted(const std::string& text, int id = 1) {
  return "<w:del w:id=\"" + std::to_string(id) + "\"" + kBy + "><w:r><w:delText xml:space=\"preserve\">" + text +
         "</w:delText></w:r></w:del>";
}
std::string Inserted(const std::string& text, int id = 2) {
  return "<w:ins w:id=\"" + std::to_string(id) + "\"" + kBy + ">" + Run(text) + "</w:ins>";
}
std::string DeletedMark(int id = 9) { return "<w:pPr><w:rPr><w:del w:id=\"" + std::to_string(id) + "\"" + kBy + "/></w:rPr></w:pPr>"; }

// No revision markup and no author left anywhere in the body.
void CheckNoRevisionLeft(const Package& package) {
  const std::string body = BodyXml(package);
  for (const char* markup : {"w:ins", "w:del ", "w:del>", "w:delText", "w:moveFrom", "w:moveTo", "Change", "w:cellIns",
                             "w:cellDel", "Jane Roe", "RangeStart", "RangeEnd"})
    CHECK_MESSAGE(!Contains(body, markup), markup << " left in " << body);
}

TEST_CASE("publish: an insertion is accepted: its runs stay, the w:ins and its author go") {
  Package package = Open(DocxFixture().Body("<w:p>" + Run("The ") + Inserted("new ") + Run("text") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "The new text\n");
  CHECK(report.Count(clean_category::kInsertions) == 1);
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: a deletion is dropped with its text") {
  Package package = Open(DocxFixture().Body("<w:p>" + Run("The ") + Deleted("old ") + Run("text") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "The text\n");
  CHECK(report.Count(clean_category::kDeletions) == 1);
  CHECK(!Contains(BodyXml(package), "old"));
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: a deleted field code goes with its deletion") {
  Package package = Open(DocxFixture().Body(
      "<w:p>" + Run("See ") + "<w:del w:id=\"1\"" + kBy +
      "><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:delInstrText> MERGEFIELD Surname </w:delInstrText>"
      "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:del>" + Run("below") + "</w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "See below\n");
  CHECK(!Contains(BodyXml(package), "MERGEFIELD"));
  CHECK(!Contains(BodyXml(package), "fldChar"));
}

TEST_CASE("publish: a move keeps the text where it went, once") {
  Package package = Open(DocxFixture().Body(
      "<w:p>" + Run("First.") + "</w:p>"
      "<w:p><w:moveToRangeStart w:id=\"1\"" + kBy + " w:name=\"move1\"/><w:moveTo w:id=\"2\"" + kBy + ">" +
      Run("Moved.") + "</w:moveTo><w:moveToRangeEnd w:id=\"1\"/></w:p>"
      "<w:p>" + Run("Last.") + "</w:p>"
      "<w:p><w:moveFromRangeStart w:id=\"3\"" + kBy + " w:name=\"move1\"/><w:moveFrom w:id=\"4\"" + kBy + ">" +
      Run("Moved.") + "</w:moveFrom><w:moveFromRangeEnd w:id=\"3\"/>" + Run("Tail.") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "First.\nMoved.\nLast.\nTail.\n");
  CHECK(report.Count(clean_category::kInsertions) == 1);
  CHECK(report.Count(clean_category::kDeletions) == 1);
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: a moved paragraph, marks included, ends up once, where it went") {
  const std::string by = kBy;
  Package package = Open(DocxFixture().Body(
      "<w:p><w:pPr><w:rPr><w:moveTo w:id=\"1\"" + by + "/></w:rPr></w:pPr><w:moveTo w:id=\"2\"" + by + ">" +
      Run("Moved paragraph.") + "</w:moveTo></w:p>"
      "<w:p>" + Run("Staying paragraph.") + "</w:p>"
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/><w:ins w:id=\"3\"" + by +
      "/></w:numPr><w:rPr><w:moveFrom w:id=\"4\"" + by + "/></w:rPr></w:pPr><w:moveFrom w:id=\"5\"" + by + ">" +
      Run("Moved paragraph.") + "</w:moveFrom></w:p>"
      "<w:p>" + Run("Last.") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "Moved paragraph.\nStaying paragraph.\nLast.\n");
  CHECK(report.Count(clean_category::kMergedParagraphs) == 1);
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: an inserted paragraph mark loses its marker and the paragraphs stay apart") {
  Package package = Open(DocxFixture().Body("<w:p><w:pPr><w:rPr><w:ins w:id=\"1\"" + std::string(kBy) +
                                            "/></w:rPr></w:pPr>" + Run("One") + "</w:p><w:p>" + Run("Two") + "</w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "One\nTwo\n");
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: a deleted paragraph mark joins the paragraph to the next, which keeps its properties") {
  Package package = Open(DocxFixture().Body(
      "<w:p>" + DeletedMark() + Run("Joined ") + "</w:p>"
      "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + Run("here.") + "</w:p>"
      "<w:p>" + Run("Apart.") + "</w:p>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "Joined here.\nApart.\n");
  CHECK(report.Count(clean_category::kMergedParagraphs) == 1);
  CHECK(Contains(BodyXml(package), "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Joined "));
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: consecutive deleted paragraph marks join into one paragraph, in order") {
  Package package = Open(DocxFixture().Body("<w:p>" + DeletedMark(1) + Run("A") + "</w:p><w:p>" + DeletedMark(2) +
                                            Run("B") + "</w:p><w:p>" + Run("C") + "</w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "ABC\n");
}

TEST_CASE("publish: a wholly deleted paragraph disappears, bookmarks kept balanced") {
  Package package = Open(DocxFixture().Body(
      "<w:p>" + Run("Before.") + "</w:p>"
      "<w:p>" + DeletedMark() + "<w:bookmarkStart w:id=\"0\" w:name=\"gone\"/>" + Deleted("Struck out.") + "</w:p>"
      "<w:p>" + Run("After.") + "<w:bookmarkEnd w:id=\"0\"/></w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "Before.\nAfter.\n");
  const std::string body = BodyXml(package);
  CHECK(Contains(body, "w:bookmarkStart"));
  CHECK(Contains(body, "w:bookmarkEnd"));
}

TEST_CASE("publish: a deleted paragraph mark before a table: an emptied paragraph goes, one with text stays") {
  const std::string table = "<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc><w:p>" + Run("Cell") +
                            "</w:p></w:tc></w:tr></w:tbl>";
  Package emptied = Open(DocxFixture().Body("<w:p>" + DeletedMark() + Deleted("Gone") + "</w:p>" + table + "<w:p/>"));
  Clean(emptied);
  CHECK(VisibleText(emptied) == "Cell\n\n");
  Package kept = Open(DocxFixture().Body("<w:p>" + DeletedMark() + Run("Kept") + "</w:p>" + table + "<w:p/>"));
  Clean(kept);
  CHECK(VisibleText(kept) == "Kept\nCell\n\n");
  CheckNoRevisionLeft(kept);
}

TEST_CASE("publish: property changes go and the current formatting stays") {
  Package package = Open(DocxFixture().Body(
      "<w:p><w:pPr><w:jc w:val=\"right\"/><w:pPrChange w:id=\"1\"" + std::string(kBy) +
      "><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:pPrChange></w:pPr>"
      "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"2\"" + kBy + "><w:rPr/></w:rPrChange></w:rPr><w:t>Bold</w:t></w:r></w:p>"
      "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblPrChange w:id=\"3\"" + kBy +
      "><w:tblPr/></w:tblPrChange></w:tblPr><w:tblGrid><w:gridCol w:w=\"100\"/><w:tblGridChange w:id=\"4\">"
      "<w:tblGrid><w:gridCol w:w=\"50\"/></w:tblGrid></w:tblGridChange></w:tblGrid>"
      "<w:tr><w:trPr><w:jc w:val=\"center\"/><w:trPrChange w:id=\"5\"" + kBy + "><w:trPr/></w:trPrChange></w:trPr>"
      "<w:tc><w:tcPr><w:tcW w:w=\"100\" w:type=\"dxa\"/><w:tcPrChange w:id=\"6\"" + kBy + "><w:tcPr/></w:tcPrChange>"
      "</w:tcPr><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/><w:numberingChange w:id=\"7\"" + kBy +
      " w:original=\"%1.\"/></w:numPr></w:pPr>" + Run("Cell") + "</w:p></w:tc></w:tr></w:tbl>"
      "<w:p/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:sectPrChange w:id=\"8\"" + kBy +
      "><w:sectPr/></w:sectPrChange></w:sectPr>"));
  const CleanReport report = Clean(package);
  CHECK(report.Count(clean_category::kFormattingChanges) == 8);
  CHECK(VisibleText(package) == "Bold\nCell\n\n");
  const std::string body = BodyXml(package);
  for (const char* kept : {"<w:jc w:val=\"right\"/>", "<w:b/>", "<w:tblW w:w=\"0\" w:type=\"auto\"/>",
                           "<w:gridCol w:w=\"100\"/>", "<w:jc w:val=\"center\"/>", "<w:numId w:val=\"1\"/>",
                           "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"})
    CHECK_MESSAGE(Contains(body, kept), kept);
  CHECK(!Contains(body, "w:val=\"left\""));
  CHECK(!Contains(body, "w:w=\"50\""));
  CheckNoRevisionLeft(package);
}

std::string Row(const std::string& text, const std::string& row_properties = {}, const std::string& cell_properties = {}) {
  return "<w:tr>" + row_properties + "<w:tc>" + cell_properties + "<w:p>" + Run(text) + "</w:p></w:tc></w:tr>";
}
std::string Table(const std::string& rows) {
  return "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid>" + rows + "</w:tbl>";
}

TEST_CASE("publish: table rows: an inserted row stays, a deleted row goes, a table with no row left goes") {
  const std::string inserted_row = "<w:trPr><w:ins w:id=\"1\"" + std::string(kBy) + "/></w:trPr>";
  const std::string deleted_row = "<w:trPr><w:del w:id=\"2\"" + std::string(kBy) + "/></w:trPr>";
  Package package = Open(DocxFixture().Body(Table(Row("Kept") + Row("Added", inserted_row) + Row("Dropped", deleted_row)) +
                                            "<w:p>" + Run("Between") + "</w:p>" + Table(Row("Also dropped", deleted_row)) +
                                            "<w:p/>"));
  const CleanReport report = Clean(package);
  CHECK(VisibleText(package) == "Kept\nAdded\nBetween\n\n");
  CHECK(report.Count(clean_category::kDeletions) == 2);
  CHECK(report.Count(clean_category::kInsertions) == 1);
  const std::string body = BodyXml(package);
  CHECK(body.find("<w:tbl>") == body.rfind("<w:tbl>"));  // one table left
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: table cells: an inserted cell stays, a deleted cell goes") {
  const std::string cells =
      "<w:tr><w:tc><w:tcPr><w:cellIns w:id=\"1\"" + std::string(kBy) + "/></w:tcPr><w:p>" + Run("New cell") +
      "</w:p></w:tc><w:tc><w:tcPr><w:cellDel w:id=\"2\"" + kBy + "/></w:tcPr><w:p>" + Run("Old cell") +
      "</w:p></w:tc></w:tr>";
  Package package = Open(DocxFixture().Body(Table(cells) + "<w:p/>"));
  Clean(package);
  CHECK(VisibleText(package) == "New cell\n\n");
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: nested revisions: an insertion inside a deletion goes, a deletion inside an insertion goes") {
  Package package = Open(DocxFixture().Body(
      "<w:p>" + Run("A") + "<w:del w:id=\"1\"" + kBy + ">" + Inserted("gone", 2) + "</w:del>" + "<w:ins w:id=\"3\"" +
      kBy + ">" + Run("B") + Deleted("gone", 4) + Run("C") + "</w:ins></w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "ABC\n");
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: revisions inside hyperlinks, content controls and math are accepted") {
  Package package = Open(DocxFixture().Body(
      "<w:p><w:hyperlink w:anchor=\"x\">" + Deleted("old") + Inserted("new") + "</w:hyperlink>"
      "<w:sdt><w:sdtPr/><w:sdtContent>" + Deleted(" field") + "</w:sdtContent></w:sdt>"
      "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><w:del w:id=\"5\"" + kBy +
      "><m:r><m:t>x</m:t></m:r></w:del><w:ins w:id=\"6\"" + kBy + "><m:r><m:t>y</m:t></m:r></w:ins></m:oMath></w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "newy\n");
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: custom XML revision ranges and stray deleted text are removed") {
  Package package = Open(DocxFixture().Body(
      "<w:p><w:customXmlInsRangeStart w:id=\"1\"" + std::string(kBy) + "/>" + Run("Text") +
      "<w:customXmlInsRangeEnd w:id=\"1\"/><w:r><w:delText>stray</w:delText></w:r></w:p>"));
  Clean(package);
  CHECK(VisibleText(package) == "Text\n");
  CHECK(!Contains(BodyXml(package), "stray"));
  CheckNoRevisionLeft(package);
}

TEST_CASE("publish: tracked changes in headers, footnotes, styles and the glossary are accepted too") {
  const std::string change = "<w:p>" + Run("Kept") + Deleted(" gone") + Inserted(" added") + "</w:p>";
  Package package = Open(
      DocxFixture()
          .Body("<w:p>" + Run("Body") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/></w:sectPr>")
          .Part("word/header1.xml", WordType("header"), WordPart("w:hdr", change), "header", "rId10")
          .Part("word/footnotes.xml", WordType("footnotes"),
                WordPart("w:footnotes", "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p/></w:footnote>"
                                        "<w:footnote w:id=\"1\">" + change + "</w:footnote>"),
                "footnotes", "rId11")
          .Part("word/styles.xml", WordType("styles"),
                WordPart("w:styles", "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:rPr><w:b/><w:rPrChange "
                                     "w:id=\"9\"" + std::string(kBy) + "><w:rPr/></w:rPrChange></w:rPr></w:style>"),
                "styles", "rId12")
          .Part("word/glossary/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
                WordPart("w:glossaryDocument", "<w:docParts><w:docPart><w:docPartBody>" + change +
                                                   "</w:docPartBody></w:docPart></w:docParts>"),
                "glossaryDocument", "rId13"));
  Clean(package);
  CHECK(VisibleText(package, "word/header1.xml") == "Kept added\n");
  CHECK(VisibleText(package, "word/glossary/document.xml") == "Kept added\n");
  CHECK(!Contains(PartXml(package, "word/footnotes.xml"), "gone"));
  CHECK(Contains(PartXml(package, "word/footnotes.xml"), "added"));
  for (const char* part : {"word/header1.xml", "word/footnotes.xml", "word/styles.xml", "word/glossary/document.xml"}) {
    CAPTURE(part);
    CHECK(!Contains(PartXml(package, part), "Jane Roe"));
  }
  CHECK(Contains(PartXml(package, "word/styles.xml"), "<w:b/>"));
}

TEST_CASE("publish: counting tracked changes reads only and agrees with accepting them") {
  Package package = Open(DocxFixture().Body("<w:p>" + DeletedMark() + Run("The ") + Deleted("old ") + Inserted("new ") +
                                            "</w:p><w:p>" + Run("end") + "</w:p>"));
  const std::string before = BodyXml(package);
  const TrackedChangeCounts counted = CountTrackedChanges(package.Xml("word/document.xml")->root());
  CHECK(BodyXml(package) == before);
  CHECK(counted.Total() == 3);
  CHECK(counted.merged_paragraphs == 1);
  const TrackedChangeCounts accepted = AcceptTrackedChanges(package.Xml("word/document.xml")->root());
  CHECK(accepted.insertions == counted.insertions);
  CHECK(accepted.deletions == counted.deletions);
  CHECK(CountTrackedChanges(package.Xml("word/document.xml")->root()).Total() == 0);
}

}  // namespace
}  // namespace dhr::publish
