#include "pipeline/fill/data_scope.h"

#include <algorithm>

namespace dhr {
namespace {

// Where the table declarations are kept in the root: not a name a template path can spell.
constexpr const char* kTablesKey = "\x01tables";

const nlohmann::json* Member(const nlohmann::json& value, const std::string& name) {
  if (value.is_object()) {
    auto it = value.find(name);
    return it == value.end() ? nullptr : &*it;
  }
  if (value.is_array() && !name.empty() && name.find_first_not_of("0123456789") == std::string::npos &&
      name.size() < 10) {
    const size_t index = std::stoul(name);
    return index < value.size() ? &value[index] : nullptr;
  }
  return nullptr;
}

// A field of a table's row: its value at the field's place.
const nlohmann::json* Field(const nlohmann::json& row, const std::vector<std::string>& fields,
                            const std::string& name) {
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i] == name) return row.is_array() && i < row.size() ? &row[i] : nullptr;
  return nullptr;
}

}  // namespace

void DeclareTable(nlohmann::json& root, std::string_view path, const std::vector<std::string>& fields) {
  root[kTablesKey][std::string(path)] = fields;
}

DataScope::DataScope(const nlohmann::json& root) : root_(root) {
  frames_.reserve(8);
  auto declared = root.is_object() ? root.find(kTablesKey) : root.end();
  if (declared == root.end() || !declared->is_object()) return;
  for (const auto& [path, fields] : declared->items()) {
    const nlohmann::json* list = &root;
    for (size_t at = 0; list && at <= path.size();) {
      const size_t dot = std::min(path.find('.', at), path.size());
      list = Member(*list, path.substr(at, dot - at));
      at = dot + 1;
    }
    if (!list || !list->is_array() || !fields.is_array()) continue;
    Fields names;
    for (const nlohmann::json& name : fields)
      if (name.is_string()) names.push_back(name.get<std::string>());
    tables_[list] = std::move(names);
  }
}

const DataScope::Fields* DataScope::TableFields(const nlohmann::json& list) const {
  if (tables_.empty()) return nullptr;
  auto it = tables_.find(&list);
  return it == tables_.end() ? nullptr : &it->second;
}

void DataScope::Enter(const nlohmann::json& list, size_t index) {
  frames_.push_back({&list[index], TableFields(list), nlohmann::json(index + 1)});
}

void DataScope::Leave() {
  if (!frames_.empty()) frames_.pop_back();
}

const nlohmann::json* DataScope::Find(const DataPath& path) {
  if (path.segments.empty()) return nullptr;
  const std::string& first = path.segments.front();
  const nlohmann::json* value = nullptr;
  const Fields* fields = nullptr;  // `value` is a table's row, these its fields
  if (first == "@number") {
    return frames_.empty() ? nullptr : &frames_.back().number;
  } else if (first == "this") {
    value = frames_.empty() ? &root_ : frames_.back().item;
    if (!frames_.empty()) fields = frames_.back().fields;
  } else if (first != kTablesKey) {
    for (auto frame = frames_.rbegin(); frame != frames_.rend() && !value; ++frame)
      value = frame->fields ? Field(*frame->item, *frame->fields, first) : Member(*frame->item, first);
    if (!value) value = Member(root_, first);
  }
  for (size_t i = 1; value && i < path.segments.size(); ++i) {
    if (fields) {
      value = Field(*value, *fields, path.segments[i]);
      fields = nullptr;
    } else {
      const nlohmann::json* list = value;
      value = Member(*value, path.segments[i]);
      if (value && list->is_array()) fields = TableFields(*list);
    }
  }
  if (value && fields) {  // a row asked for whole reads as its fields
    whole_row_ = nlohmann::json::object();
    for (size_t i = 0; i < fields->size() && i < value->size(); ++i) whole_row_[(*fields)[i]] = (*value)[i];
    return &whole_row_;
  }
  return value;
}

bool IsTruthy(const nlohmann::json* value) {
  if (!value) return false;
  switch (value->type()) {
    case nlohmann::json::value_t::boolean:
      return value->get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return value->get<double>() != 0.0;
    case nlohmann::json::value_t::string:
      return !value->get_ref<const std::string&>().empty();
    case nlohmann::json::value_t::array:
    case nlohmann::json::value_t::object:
      return !value->empty();
    default:
      return false;
  }
}

std::optional<std::string> ScalarText(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string:
      return value.get_ref<const std::string&>();
    case nlohmann::json::value_t::boolean:
      return std::string(value.get<bool>() ? "true" : "false");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return value.dump();
    case nlohmann::json::value_t::null:
      return std::string();
    default:
      return std::nullopt;
  }
}

std::string KindName(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::array:
      return "a list";
    case nlohmann::json::value_t::object:
      return "a group of fields";
    case nlohmann::json::value_t::string:
      return "a text";
    case nlohmann::json::value_t::boolean:
      return "a yes/no value";
    case nlohmann::json::value_t::null:
      return "empty (null)";
    default:
      return "a number";
  }
}

}  // namespace dhr
