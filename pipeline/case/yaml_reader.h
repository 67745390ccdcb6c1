// YamlReader: reads typed values out of a yaml-cpp tree and records every problem it meets as a
// Status carrying the file, line and column of the node at fault, so that a loader reports all the
// errors of a file at once instead of stopping at the first. Never throws.
//
// Positions are 1-based; columns count characters (as editors do), not bytes. Messages name keys,
// vocabulary words and positions, but never repeat a value that could identify someone (a name, an
// alias, a date of birth), since error output can end up in CI logs.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/text.h"
#include "pipeline/case/case.h"

namespace dhr {

struct YamlField {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

class YamlReader {
 public:
  // `text` is the whole file and must outlive the reader. `id_prefix` starts every error id, e.g.
  // "case.yaml" gives "case.yaml.unknown_key".
  YamlReader(std::string_view text, std::string file, std::string id_prefix);

  // Parses the text into one document. A syntax error, an anchor or alias, or a second document is
  // recorded; the tree is returned only when there was no syntax error.
  std::optional<YAML::Node> Parse();

  SourcePos Pos(const YAML::Node& node) const;
  SourcePos Pos(const YamlField& field) const { return Pos(field.key_node); }
  void Error(const SourcePos& at, std::string_view id, std::string message);
  // A problem the user should hear of that does not stop the case loading.
  void Warning(const SourcePos& at, std::string_view id, std::string message);

  // The fields of a mapping in file order. Unknown keys (with a suggestion when one is close) and
  // repeated keys are recorded and left out; a node that is not a mapping is recorded and gives
  // none. `what` names the mapping in messages: "review", "person".
  std::vector<YamlField> Fields(const YAML::Node& map, std::string_view what,
                                std::span<const std::string_view> known_keys);

  // One entry of a list of mappings (a person, a place, a panel member): a new T placed at `node`,
  // then `on_field(entry, field)` for each of its fields as Fields gives them.
  template <class T, class OnField>
  T Entry(const YAML::Node& node, std::string_view what, std::span<const std::string_view> known_keys,
          OnField on_field) {
    T entry;
    entry.pos = Pos(node);
    for (const YamlField& field : Fields(node, what, known_keys)) on_field(entry, field);
    return entry;
  }
  // When `node` is a mapping and `missing`: the error "<what>: <key> is missing<hint>" at `at`.
  void RequireKey(const YAML::Node& node, bool missing, const SourcePos& at, std::string_view what,
                  std::string_view key, std::string_view hint = {});

  // A scalar's text. A list, a mapping or invalid UTF-8 is recorded and gives ""; so does an empty
  // value when `required`.
  std::string Text(const YamlField& field, bool required = true);
  // A list of scalars (an empty value gives an empty list).
  std::vector<std::string> TextList(const YamlField& field);
  // true/false (also yes/no); anything else is recorded and gives nullopt.
  std::optional<bool> Bool(const YamlField& field);
  // The elements of a list (an empty value gives none); anything else is recorded.
  std::vector<YAML::Node> Items(const YamlField& field);
  // A whole number from 0 to 100000; anything else is recorded and gives nullopt.
  std::optional<int> Count(const YamlField& field);
  // A date written YYYY-MM-DD; an empty value gives nullopt, anything else is recorded.
  std::optional<Date> IsoDate(const YamlField& field);

  const std::vector<Problem>& errors() const { return errors_; }
  const std::vector<Problem>& warnings() const { return warnings_; }
  // The errors ordered by line and column (those without a place first).
  std::vector<Problem> SortedErrors() const;
  std::vector<Problem> SortedWarnings() const;

 private:
  std::string ScalarText(const YAML::Node& node, std::string_view key);
  void RecordMark(const YAML::Mark& mark, std::string_view id, std::string message);

  std::string_view text_;
  std::string file_;
  std::string id_prefix_;
  std::vector<Problem> errors_;
  std::vector<Problem> warnings_;
};

// One Status (`id`, e.g. "case.invalid") holding `errors` (Status::Several): its Describe() lists
// them one per line, each "FILE:LINE:COL: message". `errors` must not be empty.
Status CombineErrors(std::string id, std::vector<Problem> errors);


}  // namespace dhr
