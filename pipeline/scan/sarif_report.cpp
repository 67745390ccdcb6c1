#include "pipeline/scan/sarif_report.h"

#include <cctype>

#include "pipeline/scan/rule_catalogue.h"

namespace dhr::scan {
namespace {

using Json = nlohmann::ordered_json;

Json Text(const std::string& text) { return Json{{"text", text}}; }

Json RulesJson() {
  Json rules = Json::array();
  for (const RuleDescription& r : RuleCatalogue()) {
    Json rule;
    rule["id"] = r.id;
    rule["name"] = r.name;
    rule["shortDescription"] = Text(r.short_text);
    rule["fullDescription"] = Text(r.full_text);
    rule["defaultConfiguration"] = {{"level", r.level}};
    rules.push_back(std::move(rule));
  }
  return rules;
}

std::string PartName(const Finding& f) { return f.masked_part.empty() ? "(package)" : f.masked_part; }

// What the logical location is: a paragraph, an attribute, a property, a whole part...
const char* LogicalKind(const Finding& f) {
  if (f.location.rfind("attribute ", 0) == 0) return "attribute";
  if (f.location.find("property") != std::string::npos) return "property";
  if (f.location == "part" || f.location == "part name" || f.location == "package") return "resource";
  return "element";  // a paragraph, a comment, a relationship, a tracked change
}

Json ResultJson(const Finding& f, const char* level) {
  Json result;
  result["ruleId"] = f.rule_id;
  const int index = RuleIndex(f.rule_id);
  if (index >= 0) result["ruleIndex"] = index;
  result["level"] = level;
  result["message"] = Text(std::string(CategoryName(f.category)) + " (" + f.rule + ") in " + PartName(f) + ", " +
                           f.location + ": \"" + f.masked_context + "\"");
  Json location;
  location["physicalLocation"]["artifactLocation"]["uri"] = FileUri(f.file);
  Json logical;
  logical["name"] = f.location;
  logical["fullyQualifiedName"] = PartName(f) + ": " + f.location;
  logical["kind"] = LogicalKind(f);
  location["logicalLocations"] = Json::array({logical});
  result["locations"] = Json::array({location});
  Json properties;
  properties["part"] = f.masked_part;
  properties["location"] = f.location;
  if (f.paragraph > 0) properties["paragraph"] = f.paragraph;
  properties["category"] = CategoryName(f.category);
  properties["rule"] = f.rule;
  result["properties"] = std::move(properties);
  return result;
}

}  // namespace

std::string FileUri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  // An absolute path is a file: URI (a relative reference must not begin with "/", SARIF 3.10.2).
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Json SarifReport(const std::vector<FileScan>& scans) {
  Json results = Json::array();
  Json notifications = Json::array();
  for (const FileScan& scan : scans) {
    if (!scan.status.ok()) {
      Json note;
      note["level"] = "error";
      note["message"] = Text(scan.status.Describe());
      Json where;
      where["physicalLocation"]["artifactLocation"]["uri"] = FileUri(scan.file);
      note["locations"] = Json::array({where});
      note["descriptor"] = {{"id", scan.status.id()}};
      notifications.push_back(std::move(note));
    }
    for (const Finding& f : scan.report.findings) results.push_back(ResultJson(f, "error"));
    for (const Finding& w : scan.report.warnings) results.push_back(ResultJson(w, "warning"));
  }
  Json driver;
  driver["name"] = "dhr";
  driver["fullName"] = "dhr leak scan";
  driver["version"] = DHR_VERSION;
  driver["semanticVersion"] = DHR_VERSION;
  driver["rules"] = RulesJson();
  Json invocation;
  invocation["executionSuccessful"] = notifications.empty();
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = Json::array({invocation});
  run["results"] = std::move(results);
  Json out;
  out["$schema"] = kSarifSchema;
  out["version"] = "2.1.0";
  out["runs"] = Json::array({run});
  return out;
}

}  // namespace dhr::scan
