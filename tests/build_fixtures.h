// Small templates of the four review documents, for tests of `dhr build` that must not depend on
// the built-in templates' wording: each uses the data tree (docs/data.md) the way a real template
// does (title, victim's code and month of death, Markdown sections under headings, row loops).
#pragma once

#include <map>
#include <string>

#include "tests/docx_fixture.h"

namespace dhr::testing {

inline std::string FixtureParagraph(const std::string& text, const std::string& style = {}) {
  std::string p = "<w:p>";
  if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

inline std::string FixtureRow(const std::vector<std::string>& cells) {
  std::string row = "<w:tr>";
  for (const std::string& cell : cells) row += "<w:tc>" + FixtureParagraph(cell) + "</w:tc>";
  return row + "</w:tr>";
}

inline std::string FixtureTable(const std::vector<std::vector<std::string>>& rows) {
  std::string table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>";
  for (size_t i = 0; i < rows.front().size(); ++i) table += "<w:gridCol w:w=\"2000\"/>";
  table += "</w:tblGrid>";
  for (const auto& row : rows) table += FixtureRow(row);
  return table + "</w:tbl>";
}

// The styles part every fixture template carries (Heading 1 for the template's own headings).
inline std::string FixtureStyles() {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles ") + kWordNamespaces +
         "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn "
         "w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>"
         "</w:style></w:styles>";
}

inline std::string FixtureTemplate(const std::string& body) {
  return DocxFixture()
      .Body(body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>")
      .Part("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            FixtureStyles(), "styles", "rIdStyles")
      .Bytes();
}

// Document name -> template bytes, for the four documents of `dhr build`.
inline std::map<std::string, std::string> FixtureTemplates() {
  std::map<std::string, std::string> templates;
  templates["overview-report"] = FixtureTemplate(
      FixtureParagraph("{{title}} into the death of {{victim.code}} in {{victim.death_month_year}}") +
      FixtureParagraph("{{partnership}}") +
      FixtureParagraph("Stage: {{stage}}{{#if review.draft}}, draft number {{review.draft}}{{/if}}.") +
      FixtureParagraph("Introduction", "Heading1") +
      FixtureParagraph("{{markdown sections.overview.introduction}}") +
      FixtureParagraph("Pseudonyms", "Heading1") +
      FixtureTable({{"Code", "Age", "Relationship"},
                    {"{{#each people}}{{code}}", "{{age}}", "{{relationship_text}}{{/each}}"}}) +
      FixtureParagraph("Lessons to be learned", "Heading1") +
      FixtureParagraph("{{markdown sections.overview.lessons_to_be_learned}}"));
  templates["executive-summary"] = FixtureTemplate(
      FixtureParagraph("{{title}}: executive summary, {{victim.code}}") + FixtureParagraph("Key issues", "Heading1") +
      FixtureParagraph("{{markdown sections.executive_summary.key_issues}}"));
  templates["action-plan"] = FixtureTemplate(
      FixtureParagraph("{{title}} action plan") + FixtureParagraph("Action plan", "Heading1") +
      FixtureTable({{"No.", "Action", "Lead agency", "Status"},
                    {"{{#each action_plan}}{{number}}", "{{action}}", "{{lead_agency}}", "{{status}}{{/each}}"}}));
  templates["data-form"] = FixtureTemplate(
      FixtureParagraph("Home Office data form") + FixtureParagraph("Victim", "Heading1") +
      FixtureParagraph("Name: {{victim.name}}; born {{victim.dob | date}}; {{victim.ethnicity}}") +
      FixtureParagraph("Perpetrator", "Heading1") + FixtureParagraph("Name: {{perpetrator.name}}") +
      FixtureParagraph("Relationship: {{data_form.victim_relationship}}"));
  return templates;
}

}  // namespace dhr::testing
