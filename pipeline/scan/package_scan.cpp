#include "pipeline/scan/package_scan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_set>

#include "pipeline/scan/excerpt.h"
#include "pipeline/scan/folding.h"
#include "pipeline/scan/package_text.h"
#include "pipeline/scan/accessibility.h"
#include "pipeline/scan/publication_checks.h"
#include "pipeline/scan/text_detector.h"

namespace dhr::scan {
namespace {

bool Overlaps(const TextHit& a, const TextHit& b) { return a.begin < b.end && b.begin < a.end; }

// Adds hits found in another reading of the same text. A hit overlapping known hits of its
// category replaces them when it covers them all (the split reading of "connor-darcy" finds the
// full name where the plain one found two words), and is left out otherwise. Every hit, kept or
// not, still hides its text in the masked excerpts.
void Merge(std::vector<TextHit>& hits, std::vector<TextHit> more, std::vector<MaskSpan>& masks) {
  for (TextHit& h : more) {
    if (!h.mask.empty()) masks.push_back({h.begin, h.end, h.mask});
    bool overlaps = false;
    bool covers_all = true;
    for (const TextHit& k : hits) {
      if (k.category != h.category || !Overlaps(k, h)) continue;
      overlaps = true;
      covers_all = covers_all && h.begin <= k.begin && k.end <= h.end && h.end - h.begin > k.end - k.begin;
    }
    if (overlaps && !covers_all) continue;
    if (overlaps) {
      std::erase_if(hits, [&h](const TextHit& k) { return k.category == h.category && Overlaps(k, h); });
    }
    hits.push_back(std::move(h));
  }
}

// Maps hits from a reading back to the bytes of the full text.
std::vector<TextHit> ToFullText(std::vector<TextHit> hits, const TextReading& reading) {
  for (TextHit& h : hits) {
    if (h.end <= h.begin || h.end > reading.offsets.size()) continue;
    h.begin = reading.offsets[h.begin];
    h.end = reading.offsets[h.end - 1] + 1;
  }
  return hits;
}

bool IsHexDigit(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// A value written by software rather than a person: an id, a number, a GUID, a colour, a hex
// code, a timestamp. Such values are full of digit runs that look like NHS numbers, phone numbers
// or dates; they are still searched for names. With `numbers_are_machine` false, plain numbers
// are not taken for machine tokens (an NHS number may be kept as a property's value).
bool IsMachineToken(std::string_view value, bool numbers_are_machine) {
  bool all_digits = true;
  bool has_hex_letter = false;
  for (char c : value) {
    const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
    all_digits = all_digits && (digit || c == '-');
    has_hex_letter = has_hex_letter || (IsHexDigit(c) && !digit);
    if (std::isspace(static_cast<unsigned char>(c)) || c == '@' || c == '/' || c == ',' || c == '(') return false;
    if (!std::isalnum(static_cast<unsigned char>(c)) && std::string_view("_{}-.:+").find(c) == std::string_view::npos)
      return false;
  }
  if (all_digits) return numbers_are_machine;
  if (numbers_are_machine) return true;
  // In element text only GUIDs and hex codes are machine tokens.
  for (char c : value)
    if (!IsHexDigit(c) && std::string_view("{}-x").find(c) == std::string_view::npos) return false;
  return has_hex_letter;
}

// Where people write prose: paragraphs, alt text and titles, a content control's title, WordArt,
// the document's title and subject. Never fonts, styles or other names software gives.
bool ReadsAsProse(const TextItem& item) {
  static constexpr std::string_view kProseAttributes[] = {
      "attribute descr of", "attribute title of", "attribute o:title of", "attribute alt of",
      "attribute w:val of w:alias", "attribute string of v:textpath"};
  static constexpr std::string_view kProseProperties[] = {"property dc:title", "property dc:subject",
                                                          "property dc:description", "property cp:keywords"};
  switch (item.origin) {
    case TextOrigin::kParagraph: return true;
    case TextOrigin::kAttribute:
      for (std::string_view prefix : kProseAttributes)
        if (item.location.rfind(prefix, 0) == 0) return true;
      return false;
    case TextOrigin::kElementText:
      for (std::string_view property : kProseProperties)
        if (item.location == property) return true;
      return false;
    default: return false;
  }
}

// Attributes whose values a person types, though they are not prose: content control tags,
// document variables, field and hyperlink data, the author of a comment or change.
bool HoldsUserText(const TextItem& item) {
  static constexpr std::string_view kUserAttributes[] = {
      "attribute w:val of w:tag", "attribute w:val of w:docVar", "attribute w:name of w:docVar",
      "attribute w:instr of", "attribute w:author of", "attribute w:initials of", "attribute r:id of",
      "attribute w:tooltip of", "attribute w:anchor of", "attribute tooltip of", "attribute w:val of w:placeholder",
      "attribute w:val of w:dataBinding", "attribute w:name of w:bookmarkStart", "attribute name of"};
  for (std::string_view prefix : kUserAttributes)
    if (item.location.rfind(prefix, 0) == 0) return true;
  return false;
}

DetectOptions OptionsFor(const TextItem& item, const ScanOptions& scan) {
  DetectOptions options;
  options.publication = scan.publication;
  options.undeclared = scan.undeclared && ReadsAsProse(item);
  options.timestamp = item.origin == TextOrigin::kTimestamp;
  // Dates and generic identifiers are looked for where text is: never in geometry, colours, style
  // names and the other values software writes into attributes.
  options.identifiers_only =
      item.origin == TextOrigin::kBinaryString ||
      (item.origin == TextOrigin::kAttribute && !ReadsAsProse(item) && !HoldsUserText(item)) ||
      (item.origin == TextOrigin::kAttribute && IsMachineToken(item.text, true)) ||
      (item.origin == TextOrigin::kElementText && IsMachineToken(item.text, false));
  return options;
}

// Texts that are identifiers rather than prose (names of bookmarks, files, targets) are also read
// with joined words split and URL escapes decoded.
bool IsIdentifierLike(TextOrigin origin) {
  return origin == TextOrigin::kAttribute || origin == TextOrigin::kRelationshipTarget ||
         origin == TextOrigin::kPartName || origin == TextOrigin::kBinaryString;
}

class ItemScanner {
 public:
  ItemScanner(const ScanTarget& target, const ScanOptions& options, std::vector<Finding>& out,
              std::vector<Finding>& warnings)
      : detector_(target), options_(options), out_(out), warnings_(warnings) {}

  const Status& status() const { return status_; }
  // Part names with their identifiers masked, for the parts whose names carry one.
  const std::map<std::string, std::string, std::less<>>& masked_parts() const { return masked_parts_; }

  void Scan(const TextItem& item) {
    if (!status_.ok()) return;
    const DetectOptions detect = OptionsFor(item, options_);
    // A long document repeats its texts (style names, widths, a table's fixed cells): a text read
    // clean under the same options is clean again, so it is read once.
    std::string key;
    if (item.other_readings.empty() && item.text.size() <= kMaxRememberedText) {
      key = {static_cast<char>('0' + detect.publication), static_cast<char>('0' + detect.identifiers_only),
             static_cast<char>('0' + detect.timestamp), static_cast<char>('0' + detect.undeclared),
             static_cast<char>('0' + IsIdentifierLike(item.origin))};
      key += item.text;
      if (clean_.count(key)) return;
    }
    auto hits = detector_.Find(item.text, detect);
    if (!hits.ok()) return Fail(hits.status());
    std::vector<MaskSpan> masks;
    for (const TextHit& h : *hits)
      if (!h.mask.empty()) masks.push_back({h.begin, h.end, h.mask});
    // The reading with joined words split finds nothing more in a text it leaves unchanged where
    // the plain reading found nothing (a number, a plain word): most attribute values.
    if (IsIdentifierLike(item.origin) && !(hits->empty() && SplitChangesNothing(item.text))) {
      DetectOptions split = detect;
      split.fold.split_joined_words = true;
      split.fold.decode_percent = true;
      split.undeclared = false;  // "ConnorWalsh" split is a name; "TableGrid" split is not
      auto more = detector_.Find(item.text, split);
      if (!more.ok()) return Fail(more.status());
      Merge(*hits, std::move(*more), masks);
    }
    for (const TextReading& reading : item.other_readings) {
      auto more = detector_.Find(reading.text, detect);
      if (!more.ok()) return Fail(more.status());
      Merge(*hits, ToFullText(std::move(*more), reading), masks);
    }
    std::stable_sort(hits->begin(), hits->end(), [](const TextHit& a, const TextHit& b) { return a.begin < b.begin; });
    if (!key.empty() && hits->empty() && masks.empty() && clean_.size() < kMaxRemembered) clean_.insert(std::move(key));
    Report(item, *hits, masks);
  }

 private:
  void Fail(const Status& status) { status_ = status; }

  void Report(const TextItem& item, const std::vector<TextHit>& hits, const std::vector<MaskSpan>& masks) {
    if (item.origin == TextOrigin::kPartName && item.location == "part name" && !masks.empty())
      masked_parts_[item.part] = ExcerptAround(item.text, 0, item.text.size(), masks, item.text.size()).masked;
    for (const TextHit& h : hits) {
      const Excerpt excerpt = ExcerptAround(item.text, h.begin, h.end, masks, options_.context_chars);
      Finding f;
      f.part = item.part;
      f.location = item.location;
      f.paragraph = item.paragraph;
      f.category = h.category;
      f.rule = h.rule;
      f.rule_id = h.rule_id;
      f.matched = item.text.substr(h.begin, h.end - h.begin);
      f.context = excerpt.raw;
      f.masked_context = excerpt.masked;
      (h.warning ? warnings_ : out_).push_back(std::move(f));
    }
  }

  TextDetector detector_;
  const ScanOptions& options_;
  std::vector<Finding>& out_;
  std::vector<Finding>& warnings_;
  static constexpr size_t kMaxRememberedText = 200;  // bytes
  static constexpr size_t kMaxRemembered = 100000;     // texts
  Status status_;
  std::map<std::string, std::string, std::less<>> masked_parts_;
  std::unordered_set<std::string> clean_;  // option flags + text, of texts read clean
};

// The last component of a path: the name a published file goes by.
std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<ScanReport> ScanPackage(Package& package, const ScanTarget& target, const ScanOptions& options) {
  ScanReport report;
  report.file = package.file_name();
  ItemScanner scanner(target, options, report.findings, report.warnings);
  if (!report.file.empty()) scanner.Scan({"", "file name", 0, TextOrigin::kPartName, BaseName(report.file), {}});
  // One walk of each part for the text and every check: a long document is read once.
  std::optional<PublicationChecks> publication;
  std::optional<AccessibilityChecks> accessibility;
  if (options.publication) publication.emplace(package);
  if (options.publication || options.accessibility) accessibility.emplace(package);
  auto more = [&](const PartInfo& part) {
    std::vector<ElementVisitor> visitors;
    if (publication) visitors = publication->VisitorsFor(part);
    if (accessibility)
      for (ElementVisitor& v : accessibility->VisitorsFor(part)) visitors.push_back(std::move(v));
    return visitors;
  };
  const Status read = ForEachTextItem(package, [&scanner](const TextItem& item) { scanner.Scan(item); }, more,
                                      options.walk);
  if (!read.ok()) return read;
  if (!scanner.status().ok()) return scanner.status().At(report.file);
  if (publication) {
    for (Finding& f : publication->Findings()) report.findings.push_back(std::move(f));
  }
  if (accessibility) {
    for (Finding& f : accessibility->Findings())
      (options.accessibility ? report.findings : report.warnings).push_back(std::move(f));
  }

  // Part order of the package; findings about the package as a whole come first.
  std::map<std::string, size_t, std::less<>> order;
  for (size_t i = 0; i < package.parts().size(); ++i) order.emplace(package.parts()[i].name, i + 1);
  auto rank = [&order](const Finding& f) {
    auto it = order.find(f.part);
    return it == order.end() ? 0 : it->second;
  };
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [&rank](const Finding& a, const Finding& b) { return rank(a) < rank(b); });
  for (std::vector<Finding>* list : {&report.findings, &report.warnings}) {
    for (Finding& f : *list) {
      f.file = report.file;
      auto masked = scanner.masked_parts().find(f.part);
      f.masked_part = masked == scanner.masked_parts().end() ? f.part : masked->second;
    }
  }
  return report;
}

}  // namespace dhr::scan
