#include "bench/generated_docx.h"

#include <cctype>

#include <random>

#include "docx/archive.h"

namespace dhr::bench {
namespace {

constexpr const char* kWords[] = {
    "the",     "agency",   "contact",  "review",   "panel",  "record",   "visit",     "family",   "support",
    "referral", "concern", "risk",     "assessment", "health", "service", "meeting", "report",   "police",
    "school",  "housing",  "advice",   "domestic", "abuse",  "learning", "practice", "safeguarding"};

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string Run(const std::string& text, const char* props = "") {
  return std::string("<w:r>") + props + "<w:t xml:space=\"preserve\">" + Escape(text) + "</w:t></w:r>";
}

// One paragraph of prose; a planted phrase is split in the middle at a spell-check mark.
std::string Paragraph(std::mt19937& rng, const std::string& planted, int index) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  std::string xml = "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr>";
  for (int sentence = 0; sentence < 3; ++sentence) {
    // A sentence as people write one: a capital first, a full stop last.
    std::string text;
    for (int w = 0; w < 12; ++w) text += std::string(kWords[pick(rng)]) + (w == 11 ? ". " : " ");
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    xml += Run(text, sentence == 1 ? "<w:rPr><w:i/></w:rPr>" : "");
    if (sentence == 0 && !planted.empty()) {
      const size_t half = planted.size() / 2;
      xml += Run(planted.substr(0, half));
      xml += "<w:proofErr w:type=\"spellStart\"/>";
      xml += Run(planted.substr(half), "<w:rPr><w:b/></w:rPr>");
      xml += "<w:proofErr w:type=\"spellEnd\"/>";
      xml += Run(" ");
    }
    if (sentence == 2) {
      xml += "<w:bookmarkStart w:id=\"" + std::to_string(index) + "\" w:name=\"_Ref" + std::to_string(index) +
             "\"/><w:bookmarkEnd w:id=\"" + std::to_string(index) + "\"/>";
    }
  }
  return xml + "</w:p>";
}

std::string Table(std::mt19937& rng, int rows) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  std::string xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>";
  for (int r = 0; r < rows; ++r) {
    xml += "<w:tr>";
    for (int c = 0; c < 4; ++c)
      xml += std::string("<w:tc><w:p>") + Run(std::string(kWords[pick(rng)]) + " " + kWords[pick(rng)]) + "</w:p></w:tc>";
    xml += "</w:tr>";
  }
  return xml + "</w:tbl>";
}

constexpr const char* kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

}  // namespace

std::string GenerateDocx(const GeneratedDocxOptions& options) {
  std::mt19937 rng(options.seed);
  std::string body;
  int planted = 0;
  for (int page = 0; page < options.pages; ++page) {
    for (int p = 0; p < 40; ++p) {
      const int index = page * 40 + p;
      std::string phrase;
      if (!options.planted.empty() && index % options.plant_every == 0)
        phrase = options.planted[planted++ % options.planted.size()];
      body += Paragraph(rng, phrase, index);
    }
    body += Table(rng, 5);
  }
  body += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
          "<w:footerReference w:type=\"default\" r:id=\"rId3\"/></w:sectPr>";

  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  Archive archive;
  archive.entries.push_back(
      {"[Content_Types].xml",
       decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
              "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/></Types>",
       false});
  archive.entries.push_back(
      {"_rels/.rels",
       decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>",
       false});
  archive.entries.push_back(
      {"word/_rels/document.xml.rels",
       decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId2\" Type=\"" + rel + "header\" Target=\"header1.xml\"/>"
              "<Relationship Id=\"rId3\" Type=\"" + rel + "footer\" Target=\"footer1.xml\"/></Relationships>",
       false});
  archive.entries.push_back(
      {"word/document.xml", decl + "<w:document " + kNamespaces + "><w:body>" + body + "</w:body></w:document>", false});
  archive.entries.push_back(
      {"word/header1.xml", decl + "<w:hdr " + kNamespaces + "><w:p>" + Run("Review report") + "</w:p></w:hdr>", false});
  archive.entries.push_back(
      {"word/footer1.xml", decl + "<w:ftr " + kNamespaces + "><w:p>" + Run("Page") + "</w:p></w:ftr>", false});
  auto bytes = WriteArchive(archive);
  return bytes.ok() ? *bytes : std::string();
}

}  // namespace dhr::bench
