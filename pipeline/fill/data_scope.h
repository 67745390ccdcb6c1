// The data a template is filled from, seen from inside nested loops.
//
// Input: the data tree (nlohmann::json) and the loop items entered so far. Output: the value a
// DataPath names: the first name is looked up in the innermost loop item, then outward to the
// root; "this" is the innermost item and "@number" its 1-based position. Also the truthiness
// #if uses and the text a value prints as. Covered by data_scope_test.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "pipeline/fill/tag_syntax.h"

namespace dhr {

class DataScope {
 public:
  // `root` must outlive the scope.
  explicit DataScope(const nlohmann::json& root);
  DataScope(const DataScope&) = delete;
  DataScope& operator=(const DataScope&) = delete;

  // Enters a loop item (borrowed: it must outlive the matching Leave); `index` is 0-based.
  void Enter(const nlohmann::json& item, size_t index);
  void Leave();

  // The value at `path`, or nullptr when it is missing. The pointer is valid until the next
  // Enter or Leave.
  const nlohmann::json* Find(const DataPath& path);

 private:
  struct Frame {
    const nlohmann::json* item;
    nlohmann::json number;  // the item's 1-based position, for "@number"
  };
  const nlohmann::json& root_;
  std::vector<Frame> frames_;
};

// #if's test: true, a non-zero number, a non-empty text, list or object.
bool IsTruthy(const nlohmann::json* value);

// The text a string, number or boolean prints as ("" for null); nullopt for a list or object.
std::optional<std::string> ScalarText(const nlohmann::json& value);

// "a list", "a group of fields", "a text"... for messages.
std::string KindName(const nlohmann::json& value);

}  // namespace dhr
