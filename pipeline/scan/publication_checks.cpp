#include "pipeline/scan/publication_checks.h"

#include <map>
#include <memory>
#include <string_view>

#include "docx/xml.h"
#include "pipeline/scan/hidden_text.h"
#include "pipeline/scan/xml_walk.h"

namespace dhr::scan {
namespace {

// Tracked-change elements of WordprocessingML and what each records.
const std::map<std::string_view, const char*>& TrackedChangeKinds() {
  static const std::map<std::string_view, const char*> kinds = {
      {"ins", "tracked insertion"},          {"del", "tracked deletion"},
      {"moveFrom", "tracked move (source)"}, {"moveTo", "tracked move (destination)"},
      {"rPrChange", "tracked formatting change"}, {"pPrChange", "tracked paragraph formatting change"},
      {"sectPrChange", "tracked section change"}, {"tblPrChange", "tracked table change"},
      {"tblPrExChange", "tracked table change"},  {"trPrChange", "tracked row change"},
      {"tcPrChange", "tracked cell change"},      {"tblGridChange", "tracked table grid change"},
      {"numberingChange", "tracked numbering change"}, {"cellIns", "tracked cell insertion"},
      {"cellDel", "tracked cell deletion"},       {"cellMerge", "tracked cell merge"},
      {"customXmlInsRangeStart", "tracked custom XML insertion"},
      {"customXmlDelRangeStart", "tracked custom XML deletion"},
  };
  return kinds;
}

void CheckComments(const PartInfo& part, XmlDocument& xml, std::vector<Finding>& out) {
  if (part.kind != PartKind::kComments) return;
  for (const xmlNode* c : Children(xml.root(), ns::kW, "comment")) {
    const std::string id = Attr(c, ns::kW, "id");
    out.push_back(StructuralFinding(Category::kPublication, part.name,
                                    IsNumericId(id) ? "comment w:id " + id : "comment", 0, "publication.comment",
                                    "publication:comment", "a comment (w:comment) is in the document"));
  }
}

// Tracked-change elements of one part, by element name (so the order is stable).
struct TrackedChanges {
  struct Seen {
    int count = 0;
    int first_paragraph = 0;
  };
  std::map<std::string, Seen, std::less<>> seen;

  void Visit(const xmlNode* element, int paragraph) {
    if (!HasNamespace(element, ns::kW) || !TrackedChangeKinds().count(LocalName(element))) return;
    auto it = seen.find(LocalName(element));
    if (it == seen.end()) it = seen.emplace(std::string(LocalName(element)), Seen{0, paragraph}).first;
    ++it->second.count;
  }

  void Report(const PartInfo& part, std::vector<Finding>& out) const {
    for (const auto& [name, s] : seen) {
      std::string description = std::to_string(s.count) + " " + TrackedChangeKinds().at(name) +
                                (s.count == 1 ? "" : "s") + " (w:" + name + ")";
      if (s.first_paragraph > 0) description += ", the first in paragraph " + std::to_string(s.first_paragraph);
      out.push_back(StructuralFinding(Category::kPublication, part.name, "element w:" + name, s.first_paragraph,
                                      "publication.tracked-change", "publication:tracked change", description));
    }
  }
};

void CheckProperties(const PartInfo& part, XmlDocument& xml, std::vector<Finding>& out) {
  static const std::string_view kCore[] = {"creator", "lastModifiedBy", "keywords", "description", "category",
                                           "contentStatus"};
  static const std::string_view kApp[] = {"Company", "Manager", "HyperlinkBase"};
  const bool core = part.kind == PartKind::kCoreProperties;
  const bool app = part.kind == PartKind::kAppProperties;
  const bool custom = part.kind == PartKind::kCustomProperties;
  if (!core && !app && !custom) return;
  for (const xmlNode* p : Children(xml.root())) {
    if (IsBlank(Content(p))) continue;
    if (custom) {
      const std::string pid = Attr(p, nullptr, "pid");
      out.push_back(StructuralFinding(
          Category::kPublication, part.name, IsNumericId(pid) ? "custom property pid " + pid : "custom property", 0,
          "publication.property", "publication:custom property", "a custom document property is set"));
      continue;
    }
    bool identifying = false;
    const std::string_view local = LocalName(p);
    if (core) {
      for (std::string_view name : kCore) identifying = identifying || local == name;
    } else {
      for (std::string_view name : kApp) identifying = identifying || local == name;
    }
    if (!identifying) continue;
    const std::string qualified = QualifiedName(p);
    out.push_back(StructuralFinding(Category::kPublication, part.name, "property " + qualified, 0,
                                    "publication.property", "publication:identifying property",
                                    "the document property " + qualified + " is set"));
  }
}

void CheckSettings(const PartInfo& part, XmlDocument& xml, std::vector<Finding>& out) {
  if (part.kind != PartKind::kSettings) return;
  const xmlNode* settings = xml.root();
  if (Child(settings, ns::kW, "attachedTemplate")) {
    out.push_back(
        StructuralFinding(Category::kPublication, part.name, "element w:attachedTemplate", 0, "publication.template",
                          "publication:attached template",
                          "an attached template is named (w:attachedTemplate); its path often names a person"));
  }
  if (const xmlNode* vars = Child(settings, ns::kW, "docVars")) {
    int count = 0;
    for ([[maybe_unused]] const xmlNode* v : Children(vars, ns::kW, "docVar")) ++count;
    if (count > 0)
      out.push_back(StructuralFinding(
          Category::kPublication, part.name, "element w:docVars", 0, "publication.doc-variable",
          "publication:document variables",
          std::to_string(count) + " document variable" + (count == 1 ? "" : "s") + " (w:docVar) hold hidden data"));
  }
  if (Child(settings, ns::kW, "mailMerge")) {
    out.push_back(StructuralFinding(Category::kPublication, part.name, "element w:mailMerge", 0,
                                    "publication.mail-merge", "publication:mail merge",
                                    "mail-merge settings (w:mailMerge) name a data source"));
  }
  const xmlNode* remove = Child(settings, ns::kW, "removePersonalInformation");
  const std::string value = Attr(remove, ns::kW, "val");
  if (!remove || value == "0" || value == "false" || value == "off") {
    out.push_back(StructuralFinding(Category::kPublication, part.name, "settings", 0,
                                    "publication.personal-information", "publication:personal information kept",
                                    "w:removePersonalInformation is not set: Word will store authors' names on save"));
  }
}

void CheckPart(const PartInfo& part, std::vector<Finding>& out) {
  const std::string& name = part.name;
  if (name.rfind("customXml/", 0) == 0 && part.kind != PartKind::kRelationships &&
      name.find("itemProps") == std::string::npos) {
    out.push_back(StructuralFinding(Category::kPublication, name, "part", 0, "publication.custom-xml",
                                    "publication:custom XML data",
                                    "a custom XML data part (customXml) is in the package"));
  }
  if (part.kind == PartKind::kPeople) {
    out.push_back(StructuralFinding(Category::kPublication, name, "part", 0, "publication.people",
                                    "publication:people part",
                                    "a people part lists the authors of comments and changes"));
  }
  if (part.kind == PartKind::kThumbnail || name.rfind("docProps/thumbnail", 0) == 0) {
    out.push_back(StructuralFinding(Category::kPublication, name, "part", 0, "publication.thumbnail",
                                    "publication:thumbnail",
                                    "a thumbnail picture of the first page is in the package"));
  }
}

}  // namespace

struct PublicationChecks::State {
  explicit State(Package& p) : package(p), hidden(p) {}
  Package& package;
  HiddenTextFinder hidden;
  std::map<std::string, TrackedChanges, std::less<>> tracked;  // by part
};

PublicationChecks::PublicationChecks(Package& package) : state_(std::make_unique<State>(package)) {}
PublicationChecks::~PublicationChecks() = default;

std::vector<ElementVisitor> PublicationChecks::VisitorsFor(const PartInfo& part) {
  TrackedChanges& tracked = state_->tracked[part.name];
  return {[&tracked](xmlNode* element, int paragraph) { tracked.Visit(element, paragraph); },
          state_->hidden.VisitorFor(part)};
}

std::vector<Finding> PublicationChecks::Findings() {
  std::vector<Finding> out;
  bool has_settings = false;
  for (const PartInfo& part : state_->package.parts()) {
    CheckPart(part, out);
    if (!part.is_xml || part.kind == PartKind::kRelationships) continue;
    // Only the small parts these checks read are made trees; the document's body never is here.
    const bool whole = part.kind == PartKind::kComments || part.kind == PartKind::kCoreProperties ||
                       part.kind == PartKind::kAppProperties || part.kind == PartKind::kCustomProperties ||
                       part.kind == PartKind::kSettings;
    XmlDocument* xml = whole ? state_->package.Xml(part.name) : nullptr;
    has_settings = has_settings || (xml && part.kind == PartKind::kSettings);
    if (xml) CheckComments(part, *xml, out);
    if (auto it = state_->tracked.find(part.name); it != state_->tracked.end()) it->second.Report(part, out);
    if (!xml) continue;
    CheckProperties(part, *xml, out);
    CheckSettings(part, *xml, out);
  }
  if (!has_settings) {
    out.push_back(StructuralFinding(Category::kPublication, "", "package", 0, "publication.personal-information",
                                    "publication:personal information kept",
                                    "the package has no settings part, so w:removePersonalInformation is not set"));
  }
  for (HiddenText& hidden : state_->hidden.found()) {
    Finding f = StructuralFinding(Category::kPublication, hidden.part,
                                  hidden.paragraph > 0 ? "paragraph " + std::to_string(hidden.paragraph) : "run",
                                  hidden.paragraph, "publication.hidden-text", "publication:hidden text",
                                  "hidden text (w:vanish) in this paragraph");
    f.matched = std::move(hidden.text);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> PublicationFindings(Package& package) {
  PublicationChecks checks(package);
  for (const PartInfo& part : package.parts())
    if (part.is_xml && part.kind != PartKind::kRelationships && !WalkPart(package, part, checks.VisitorsFor(part)).ok())
      continue;  // unreadable: nothing to check
  return checks.Findings();
}

}  // namespace dhr::scan
