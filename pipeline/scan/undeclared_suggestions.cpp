#include "pipeline/scan/undeclared_suggestions.h"

#include <unicode/unistr.h>

#include <set>
#include <string_view>

#include "pipeline/case/relationship.h"
#include "pipeline/scan/folding.h"

namespace dhr::scan {
namespace {

std::string Lower(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(FoldToUtf8(text));
  u.toLower();
  std::string out;
  return u.toUTF8String(out);
}

std::string WithoutPossessive(std::string name) {
  for (std::string_view ending : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (name.size() > ending.size() + 1 && name.compare(name.size() - ending.size(), ending.size(), ending) == 0) {
      name.resize(name.size() - ending.size());
      break;
    }
  }
  return name;
}

// The word written just before `matched` in the finding's context ("PC" of "PC Gareth Lloyd").
std::string WordBefore(const Finding& f) {
  const size_t at = f.context.find(f.matched);
  if (at == std::string::npos) return {};
  size_t end = at;
  while (end > 0 && (f.context[end - 1] == ' ' || f.context[end - 1] == ',')) --end;
  size_t start = end;
  while (start > 0 && f.context[start - 1] != ' ' && f.context[start - 1] != ',') --start;
  std::string word = f.context.substr(start, end - start);
  if (!word.empty() && word.back() == '.') word.pop_back();
  return word;
}

std::string RoleForTitle(const std::string& title) {
  static const std::set<std::string, std::less<>> police = {"pc", "dc", "ds", "di", "dci", "dsu", "dcs", "sgt",
                                                            "sergeant", "inspector", "insp", "constable",
                                                            "detective", "pcso", "supt", "superintendent",
                                                            "tdc", "dsgt", "officer"};
  const std::string lower = Lower(title);
  if (police.count(lower)) return "Police Officer";
  if (lower == "dr" || lower == "doctor") return "Doctor";
  if (lower == "nurse" || lower == "matron") return "Nurse";
  if (lower == "cllr" || lower == "councillor") return "Councillor";
  return {};
}

std::string ReplacementFor(const std::string& name, bool street) {
  if (street) return "a street";
  const std::string lower = Lower(name);
  auto ends = [&lower](std::string_view word) {
    return lower.size() >= word.size() && lower.compare(lower.size() - word.size(), word.size(), word) == 0;
  };
  if (ends("nursery") || ends("nurseries") || ends("pre-school") || ends("preschool")) return "a nursery";
  if (ends("school") || ends("academy")) return "a school";
  if (ends("college")) return "a college";
  if (ends("surgery") || ends("practice") || ends("medical centre")) return "a GP practice";
  if (ends("health centre")) return "a health centre";
  if (ends("hospital")) return "a hospital";
  if (ends("clinic")) return "a clinic";
  if (ends("church") || ends("mosque") || ends("chapel") || ends("temple") || ends("gurdwara") ||
      ends("synagogue"))
    return "a place of worship";
  if (ends("ltd") || ends("limited") || ends("plc") || ends("llp")) return "a workplace";
  return "a local place";
}

bool IsOrganisation(const std::string& name) {
  static constexpr std::string_view kWords[] = {" council", " trust", " service", " services", " board",
                                                " partnership", " agency", " department", " unit", " team"};
  const std::string lower = Lower(name);
  for (std::string_view w : kWords)
    if (lower.size() > w.size() && lower.compare(lower.size() - w.size(), w.size(), w) == 0) return true;
  return false;
}

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

bool IsUndeclared(const Finding& finding) { return finding.category == Category::kUndeclared; }

std::vector<UndeclaredSuggestion> SuggestFromFindings(const std::vector<Finding>& findings) {
  std::vector<UndeclaredSuggestion> out;
  std::set<std::string> seen;
  int individuals = 0;
  for (const Finding& f : findings) {
    if (!IsUndeclared(f)) continue;
    UndeclaredSuggestion s;
    s.name = WithoutPossessive(f.matched);
    if (!seen.insert(Lower(s.name)).second) continue;
    s.rule = f.rule;
    s.first_seen = f.file + ", " + (f.part.empty() ? "(package)" : f.part) + ", " + f.location;
    const std::string before = WordBefore(f);
    if (f.rule_id == "undeclared.place") {
      s.section = "places";
      s.detail_key = "replacement";
      s.detail = ReplacementFor(s.name, f.rule == "undeclared:street");
    } else if (IsOrganisation(s.name)) {
      s.section = "keep";
    } else if (f.rule == "undeclared:titled person" && !RoleForTitle(before).empty()) {
      s.section = "professionals";
      s.detail_key = "role";
      s.detail = RoleForTitle(before);
    } else if (f.rule == "undeclared:relation and given name") {
      s.section = "people";
      s.detail_key = "relationship";
      s.detail = Lower(before);
      if (s.detail == "mum" || s.detail == "mam") s.detail = "mother";
      if (s.detail == "dad") s.detail = "father";
      if (s.detail == "neighbor") s.detail = "neighbour";
      if (!IsKnownRelationship(s.detail)) {
        s.detail_key = "code";
        s.detail = "Individual " + std::to_string(++individuals);
      }
    } else if (f.rule == "undeclared:given name beside a declared name") {
      s.section = "people";
      s.detail_key = "relationship";
      s.detail = "relative";
    } else {
      s.section = "people";
      s.detail_key = "code";
      s.detail = "Individual " + std::to_string(++individuals);
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string SuggestionYaml(const std::vector<UndeclaredSuggestion>& suggestions) {
  if (suggestions.empty()) return {};
  std::string out =
      "# Names the case file does not declare. Check each, change the codes and replacements as the\n"
      "# review decides, and paste into case.yaml (merging with the sections it already has); words\n"
      "# that are not names go under allow:.\n";
  for (const char* section : {"people", "professionals", "places", "keep"}) {
    bool any = false;
    for (const UndeclaredSuggestion& s : suggestions) {
      if (s.section != section) continue;
      if (!any) out += std::string(section) + ":\n";
      any = true;
      out += "  # first seen: " + s.first_seen + " (" + s.rule + ")\n";
      if (s.section == "keep") {
        out += "  - " + Quoted(s.name) + "\n";
        continue;
      }
      out += "  - name: " + Quoted(s.name) + "\n";
      if (!s.detail_key.empty()) out += "    " + s.detail_key + ": " + Quoted(s.detail) + "\n";
    }
  }
  return out;
}

}  // namespace dhr::scan
