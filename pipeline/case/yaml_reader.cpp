#include "pipeline/case/yaml_reader.h"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <utility>

#include "pipeline/case/iso_date.h"
#include "pipeline/case/suggestion.h"

namespace dhr {
namespace {

// Walks the parse events only to find what the tree hides: anchors and aliases (an alias shares
// its node, so a few lines of them can stand for millions of entries) and their positions.
class AliasFinder final : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> aliases;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { aliases.push_back(mark); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::string KindOf(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping (key: value)";
    case YAML::NodeType::Scalar:
      return "text";
    default:
      return "nothing";
  }
}

}  // namespace

Status CombineErrors(std::string id, std::vector<Problem> errors) {
  return Status::Several(std::move(id), std::move(errors));
}


YamlReader::YamlReader(std::string_view text, std::string file, std::string id_prefix)
    : text_(text), file_(std::move(file)), id_prefix_(std::move(id_prefix)) {}

std::optional<YAML::Node> YamlReader::Parse() {
  try {
    std::istringstream stream{std::string(text_)};
    YAML::Parser parser(stream);
    AliasFinder finder;
    parser.HandleNextDocument(finder);
    for (const YAML::Mark& mark : finder.aliases) {
      RecordMark(mark, "alias",
                 "anchors and aliases (*name) are not supported; write the value out");
    }
    AliasFinder rest;
    if (parser.HandleNextDocument(rest)) {
      RecordMark(
          YAML::Mark::null_mark(), "documents",
          "the file holds more than one YAML document (a --- line, or text after the first ends)");
    }
    return YAML::Load(std::string(text_));
  } catch (const YAML::ParserException& e) {
    RecordMark(e.mark, "syntax", "YAML syntax: " + e.msg);
  } catch (const YAML::Exception& e) {
    RecordMark(e.mark, "syntax", std::string("YAML: ") + e.what());
  } catch (const std::exception& e) {
    RecordMark(YAML::Mark::null_mark(), "syntax", std::string("cannot read the YAML: ") + e.what());
  }
  return std::nullopt;
}

SourcePos YamlReader::Pos(const YAML::Node& node) const {
  SourcePos pos{file_, 0, 0};
  if (!node.IsDefined()) return pos;
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return pos;
  pos.line = mark.line + 1;
  pos.column = mark.column + 1;
  // yaml-cpp counts bytes; count characters instead (UTF-8 continuation bytes do not start one).
  size_t end = std::min<size_t>(static_cast<size_t>(mark.pos), text_.size());
  if (end >= static_cast<size_t>(mark.column)) {
    std::string_view line_start = text_.substr(end - mark.column, mark.column);
    int characters = 0;
    for (char c : line_start) characters += (static_cast<unsigned char>(c) >> 6) != 0x2;
    pos.column = characters + 1;
  }
  return pos;
}

void YamlReader::Error(const SourcePos& at, std::string_view id, std::string message) {
  Location where{at.file.empty() ? file_ : at.file, "", at.line, at.column};
  errors_.push_back(Problem{Severity::kError, id_prefix_ + "." + std::string(id), std::move(message), where});
}

void YamlReader::Warning(const SourcePos& at, std::string_view id, std::string message) {
  Location where{at.file.empty() ? file_ : at.file, "", at.line, at.column};
  warnings_.push_back(Problem::Warning(id_prefix_ + "." + std::string(id), std::move(message), where));
}

void YamlReader::RecordMark(const YAML::Mark& mark, std::string_view id, std::string message) {
  SourcePos at{file_, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1};
  Error(at, id, std::move(message));
}

namespace {

std::vector<Problem> ByPlace(std::vector<Problem> sorted) {
  std::stable_sort(sorted.begin(), sorted.end(), [](const Problem& a, const Problem& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  return sorted;
}

}  // namespace

std::vector<Problem> YamlReader::SortedErrors() const { return ByPlace(errors_); }
std::vector<Problem> YamlReader::SortedWarnings() const { return ByPlace(warnings_); }

std::vector<YamlField> YamlReader::Fields(const YAML::Node& map, std::string_view what,
                                          std::span<const std::string_view> known_keys) {
  std::vector<YamlField> fields;
  if (!map.IsMap()) {
    Error(Pos(map), "type",
          std::string(what) + ": expected a mapping (key: value), found " + KindOf(map));
    return fields;
  }
  std::set<std::string> seen;
  for (const auto& pair : map) {
    YAML::Node key = pair.first;  // copies: yaml-cpp's iterator hands out temporaries
    if (!key.IsScalar()) {
      Error(Pos(key), "type", std::string(what) + ": a key must be a plain word");
      continue;
    }
    const std::string& name = key.Scalar();
    if (std::find(known_keys.begin(), known_keys.end(), name) == known_keys.end()) {
      std::string shown = IsValidUtf8(name) ? "'" + name + "'" : "with invalid UTF-8";
      Error(Pos(key), "unknown_key",
            std::string(what) + ": unknown key " + shown + DidYouMean(name, known_keys));
      continue;
    }
    if (!seen.insert(name).second) {
      Error(Pos(key), "duplicate_key", std::string(what) + ": key '" + name + "' is given twice");
      continue;
    }
    fields.push_back({name, key, pair.second});
  }
  return fields;
}

std::string YamlReader::ScalarText(const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar()) {
    Error(Pos(node), "type", std::string(key) + ": expected text, found " + KindOf(node));
    return "";
  }
  if (!IsValidUtf8(node.Scalar())) {
    Error(Pos(node), "utf8", std::string(key) + ": not valid UTF-8 text; save the file as UTF-8");
    return "";
  }
  return node.Scalar();
}

void YamlReader::RequireKey(const YAML::Node& node, bool missing, const SourcePos& at, std::string_view what,
                            std::string_view key, std::string_view hint) {
  if (!node.IsMap() || !missing) return;
  std::string message(what);
  message += ": ";
  message += key;
  message += " is missing";
  message += hint;
  Error(at, "missing", std::move(message));
}

std::string YamlReader::Text(const YamlField& field, bool required) {
  if (field.value.IsNull() || (field.value.IsScalar() && field.value.Scalar().empty())) {
    if (required) Error(Pos(field), "missing", field.key + ": expected a value");
    return "";
  }
  return ScalarText(field.value, field.key);
}

std::vector<std::string> YamlReader::TextList(const YamlField& field) {
  std::vector<std::string> texts;
  for (const YAML::Node& item : Items(field)) {
    std::string text = ScalarText(item, field.key);
    if (!text.empty()) texts.push_back(std::move(text));
  }
  return texts;
}

std::optional<bool> YamlReader::Bool(const YamlField& field) {
  bool value = false;
  if (field.value.IsScalar() && YAML::convert<bool>::decode(field.value, value)) return value;
  Error(Pos(field.value.IsNull() ? field.key_node : field.value), "type",
        field.key + ": expected true or false");
  return std::nullopt;
}

std::vector<YAML::Node> YamlReader::Items(const YamlField& field) {
  std::vector<YAML::Node> items;
  if (field.value.IsNull()) return items;
  if (!field.value.IsSequence()) {
    Error(Pos(field.value), "type", field.key + ": expected a list, found " + KindOf(field.value));
    return items;
  }
  for (const YAML::Node& item : field.value) items.push_back(item);
  return items;
}

std::optional<int> YamlReader::Count(const YamlField& field) {
  const std::string text = field.value.IsScalar() ? field.value.Scalar() : std::string();
  bool digits = !text.empty() && text.size() <= 6 &&
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && std::stoi(text) <= 100000) return std::stoi(text);
  Error(Pos(field.value.IsNull() ? field.key_node : field.value), "type",
        field.key + ": expected a whole number (0, 1, 2...)");
  return std::nullopt;
}

std::optional<Date> YamlReader::IsoDate(const YamlField& field) {
  std::string text = Text(field, false);
  if (text.empty()) return std::nullopt;
  Result<Date> date = ParseIsoDate(text);
  if (date.ok()) return *date;
  Error(Pos(field.value), "date", field.key + ": " + date.status().message());
  return std::nullopt;
}

}  // namespace dhr
