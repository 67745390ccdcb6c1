#include "pipeline/fill/data_scope.h"

namespace dhr {
namespace {

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

}  // namespace

DataScope::DataScope(const nlohmann::json& root) : root_(root) { frames_.reserve(8); }

void DataScope::Enter(const nlohmann::json& item, size_t index) {
  frames_.push_back({&item, nlohmann::json(index + 1)});
}

void DataScope::Leave() {
  if (!frames_.empty()) frames_.pop_back();
}

const nlohmann::json* DataScope::Find(const DataPath& path) {
  if (path.segments.empty()) return nullptr;
  const std::string& first = path.segments.front();
  const nlohmann::json* value = nullptr;
  if (first == "@number") {
    return frames_.empty() ? nullptr : &frames_.back().number;
  } else if (first == "this") {
    value = frames_.empty() ? &root_ : frames_.back().item;
  } else {
    for (auto frame = frames_.rbegin(); frame != frames_.rend() && !value; ++frame)
      value = Member(*frame->item, first);
    if (!value) value = Member(root_, first);
  }
  for (size_t i = 1; value && i < path.segments.size(); ++i) value = Member(*value, path.segments[i]);
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
