// Status and Result: errors as values, shared by every stage.
//
// A Status is ok, or carries a stable id ("zip.bomb", "case.yaml.unknown_key"), a place (file,
// part, line and column where known) and one plain sentence. No stage lets an exception escape;
// each returns a Status or a Result<T>. `Describe()` gives the one-line form the CLI prints:
//   FILE:LINE:COL: message            (text files: case.yaml, rules)
//   FILE: PART: message               (packages: a .docx and one of its parts)
// Several errors reported at once (every error of a case file) are one Status holding each error
// with its own place (`Several`, `errors()`); Describe() then gives one such line per error, each
// place named once.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace dhr {

struct Location {
  std::string file;  // the file the user named, as they named it
  std::string part;  // a part of a package ("word/document.xml"), if any
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown
};

inline Location InFile(std::string file, std::string part = {}) { return Location{std::move(file), std::move(part), 0, 0}; }

class Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string id, std::string message, Location where = {}) {
    Status s;
    s.ok_ = false;
    s.id_ = std::move(id);
    s.message_ = std::move(message);
    s.where_ = std::move(where);
    return s;
  }

  // `errors` (not empty, each with its own place) as one Status with this id. Its message is their
  // Describe() lines joined with '\n', and its where() is the first one's place.
  static Status Several(std::string id, std::vector<Status> errors) {
    std::string message;
    for (const Status& error : errors) {
      if (!message.empty()) message += '\n';
      message += error.Describe();
    }
    Status s = Error(std::move(id), std::move(message), errors.front().where());
    s.errors_ = std::move(errors);
    return s;
  }

  bool ok() const { return ok_; }
  // The errors a Status made by Several holds, else empty.
  const std::vector<Status>& errors() const { return errors_; }
  const std::string& id() const { return id_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }

  // Returns a copy with the file (and part, if given and not already set) filled in.
  Status At(std::string file, std::string part = {}) const {
    Status s = *this;
    if (s.where_.file.empty()) s.where_.file = std::move(file);
    if (s.where_.part.empty()) s.where_.part = std::move(part);
    return s;
  }

  // "file:line:col: message" or "file: part: message"; never ends with a newline. For several
  // errors, one such line per error.
  std::string Describe() const {
    if (!errors_.empty()) return message_;  // each line already names its own place
    // The line and column belong to the innermost thing named: the part if any, else the file.
    std::string position;
    if (where_.line > 0) {
      position = ':';
      position += std::to_string(where_.line);
      if (where_.column > 0) {
        position += ':';
        position += std::to_string(where_.column);
      }
    }
    std::string out;
    if (!where_.file.empty()) out += where_.file + (where_.part.empty() ? position : std::string()) + ": ";
    if (!where_.part.empty()) out += where_.part + position + ": ";
    return out + message_;
  }

 private:
  bool ok_ = true;
  std::string id_;
  std::string message_;
  Location where_;
  std::vector<Status> errors_;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status error) : error_(std::move(error)) {}     // NOLINT: must not be ok
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return error_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status error_;
};

}  // namespace dhr
