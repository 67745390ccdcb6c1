// The data a template is filled from, seen from inside nested loops.
//
// Input: the data tree (nlohmann::json) and the loop items entered so far. Output: the value a
// DataPath names: the first name is looked up in the innermost loop item, then outward to the
// root; "this" is the innermost item and "@number" its 1-based position. Also the truthiness
// #if uses and the text a value prints as. Covered by data_scope_test.cpp.
//
// A long list of records may be given as a table: each item a list of values, the fields' names
// declared once (DeclareTable), and a template reads its items as groups of fields all the same.
// A row of ten fields is then ~200 bytes of tree instead of ~850 (a 50,000-row chronology: 33 MB
// less).
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/fill/tag_syntax.h"

namespace dhr {

// Declares the list at `path` (dotted names from the root, "chronology.rows") a table whose rows
// hold these fields' values, in this order. The declaration is kept in the root, under a name no
// template path can reach.
void DeclareTable(nlohmann::json& root, std::string_view path, const std::vector<std::string>& fields);

class DataScope {
 public:
  // `root` must outlive the scope.
  explicit DataScope(const nlohmann::json& root);
  DataScope(const DataScope&) = delete;
  DataScope& operator=(const DataScope&) = delete;

  // Enters item `index` (0-based) of `list`, a list Find returned (borrowed: it must outlive the
  // matching Leave).
  void Enter(const nlohmann::json& list, size_t index);
  void Leave();

  // The value at `path`, or nullptr when it is missing. The pointer is valid until the next
  // Find, Enter or Leave.
  const nlohmann::json* Find(const DataPath& path);

 private:
  using Fields = std::vector<std::string>;
  struct Frame {
    const nlohmann::json* item;
    const Fields* fields;   // the item is a table's row: its values in this order; else nullptr
    nlohmann::json number;  // the item's 1-based position, for "@number"
  };
  const Fields* TableFields(const nlohmann::json& list) const;

  const nlohmann::json& root_;
  std::map<const nlohmann::json*, Fields> tables_;  // each declared table's list, with its fields
  std::vector<Frame> frames_;
  nlohmann::json whole_row_;  // a table's row asked for whole, as a group of fields
};

// #if's test: true, a non-zero number, a non-empty text, list or object.
bool IsTruthy(const nlohmann::json* value);

// The text a string, number or boolean prints as ("" for null); nullopt for a list or object.
std::optional<std::string> ScalarText(const nlohmann::json& value);

// "a list", "a group of fields", "a text"... for messages.
std::string KindName(const nlohmann::json& value);

}  // namespace dhr
