#include "pipeline/publish/settings_cleanup.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "pipeline/publish/publish_test_support.h"

namespace dhr::publish {
namespace {

using namespace testing;

constexpr const char* kSettingsRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "attachedTemplate\" Target=\"file:///C:/Users/jane.roe/AppData/Roaming/Microsoft/Templates/CSP%20DHR.dotm\" "
    "TargetMode=\"External\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "mailMergeSource\" Target=\"file:///S:/Cases/2024-07/family.xlsx\" TargetMode=\"External\"/>"
    "</Relationships>";

DocxFixture WithSettings(const std::string& settings) {
  return DocxFixture()
      .Part("word/settings.xml", WordType("settings"), WordPart("w:settings", settings), "settings", "rId3")
      .Part("word/_rels/settings.xml.rels", "", kSettingsRels);
}

// The element names of the settings, in order.
std::vector<std::string> SettingNames(Package& package) {
  std::vector<std::string> names;
  for (xmlNode* n = package.Xml("word/settings.xml")->root()->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE) names.emplace_back(LocalName(n));
  return names;
}

TEST_CASE("publish: identifying settings go with their relationships; tracking is switched off") {
  Package package = Open(WithSettings(
      "<w:zoom w:percent=\"100\"/><w:attachedTemplate r:id=\"rId1\"/>"
      "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:dataSource r:id=\"rId2\"/>"
      "<w:query w:val=\"SELECT * FROM family\"/></w:mailMerge><w:trackRevisions/><w:defaultTabStop w:val=\"720\"/>"
      "<w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/><w:rsid w:val=\"00A1B2C3\"/></w:rsids>"
      "<w:docVars><w:docVar w:name=\"CaseOfficer\" w:val=\"Jane Roe\"/></w:docVars>"
      "<w14:docId w14:val=\"1A2B3C4D\"/><w15:docId w15:val=\"{9E5C29AD-F95A-4ACD-93E4-77244B7D25C9}\"/>"));
  const CleanReport report = Clean(package);
  CHECK(SettingNames(package) ==
        std::vector<std::string>{"zoom", "removePersonalInformation", "removeDateAndTime", "defaultTabStop"});
  const std::string rels = PartXml(package, "word/_rels/settings.xml.rels");
  CHECK(!Contains(rels, "jane.roe"));
  CHECK(!Contains(rels, "family.xlsx"));
  for (const char* change : {"w:attachedTemplate removed", "w:mailMerge removed", "w:trackRevisions removed",
                             "w:rsids removed", "w:docVars removed", "w14:docId removed", "w15:docId removed",
                             "w:removePersonalInformation set", "w:removeDateAndTime set"}) {
    CAPTURE(change);
    CHECK(std::find(report.setting_changes().begin(), report.setting_changes().end(), change) !=
          report.setting_changes().end());
  }
}

TEST_CASE("publish: the privacy switches go where CT_Settings puts them") {
  SUBCASE("after writeProtection, view and zoom") {
    Package package = Open(WithSettings("<w:writeProtection w:recommended=\"1\"/><w:view w:val=\"print\"/>"
                                        "<w:zoom w:percent=\"90\"/><w:proofState w:spelling=\"clean\"/>"));
    Clean(package);
    CHECK(SettingNames(package) == std::vector<std::string>{"writeProtection", "view", "zoom", "removePersonalInformation",
                                                            "removeDateAndTime", "proofState"});
  }
  SUBCASE("first, when none of those is there") {
    Package package = Open(WithSettings("<w:defaultTabStop w:val=\"720\"/>"));
    Clean(package);
    CHECK(SettingNames(package) ==
          std::vector<std::string>{"removePersonalInformation", "removeDateAndTime", "defaultTabStop"});
  }
  SUBCASE("an existing switch set off is set on, not duplicated") {
    Package package = Open(WithSettings("<w:zoom w:percent=\"90\"/><w:removePersonalInformation w:val=\"0\"/>"
                                        "<w:doNotDisplayPageBoundaries/>"));
    Clean(package);
    CHECK(SettingNames(package) == std::vector<std::string>{"zoom", "removePersonalInformation", "removeDateAndTime",
                                                            "doNotDisplayPageBoundaries"});
    CHECK(!Contains(PartXml(package, "word/settings.xml"), "w:val=\"0\""));
  }
}

TEST_CASE("publish: the glossary's own settings get the privacy switches and lose their revision ids too") {
  Package package = Open(
      WithSettings("<w:zoom w:percent=\"90\"/>")
          .Part("word/glossary/document.xml", WordType("document.glossary"),
                WordPart("w:glossaryDocument", "<w:docParts/>"), "glossaryDocument", "rId9")
          .Part("word/glossary/settings.xml", WordType("settings"),
                WordPart("w:settings", "<w:view w:val=\"normal\"/><w:defaultTabStop w:val=\"720\"/>"
                                       "<w:rsids><w:rsidRoot w:val=\"00F32A8F\"/></w:rsids>"))
          .Part("word/glossary/_rels/document.xml.rels", "",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
                "Target=\"settings.xml\"/></Relationships>"));
  Clean(package);
  const std::string glossary = PartXml(package, "word/glossary/settings.xml");
  CHECK(Contains(glossary, "<w:view w:val=\"normal\"/><w:removePersonalInformation/><w:removeDateAndTime/>"
                           "<w:defaultTabStop w:val=\"720\"/>"));
  CHECK(!Contains(glossary, "rsid"));
  CHECK(Contains(PartXml(package, "word/settings.xml"), "<w:removePersonalInformation/>"));
  CHECK(package.Find("word/glossary/document.xml") != nullptr);
}

}  // namespace
}  // namespace dhr::publish
