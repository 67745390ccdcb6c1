// Problems, Status and Result: errors and warnings as values, shared by every stage.
//
// A Problem is one thing to tell the user: how serious it is (an error stops the run, a warning
// does not), a stable id ("zip.bomb", "case.yaml.unknown_key"), a place (file, part, line and
// column where known) and one plain sentence. `Describe()` gives the one-line form the CLI prints:
//   FILE:LINE:COL: message            (text files: case.yaml, rules)
//   FILE: PART: message               (packages: a .docx and one of its parts)
// A Status is ok, or holds the errors that stopped a step: one (`Error`) or several at once, each
// with its own place (`Several`: every error of a case file, every mistake of every template).
// Warnings travel as Problems with Severity::kWarning in the outcome of a step, never inside a
// Status and never as text to be parsed back.
// No stage lets an exception escape; each returns a Status or a Result<T>, and neither may be
// ignored ([[nodiscard]]).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dhr {

struct Location {
  std::string file;  // the file the user named, as they named it
  std::string part;  // a part of a package ("word/document.xml"), if any
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown
};

inline Location InFile(std::string file, std::string part = {}) { return Location{std::move(file), std::move(part), 0, 0}; }

enum class Severity { kWarning, kError };

struct Problem {
  Severity severity = Severity::kError;
  std::string id;
  std::string message;
  Location where;

  static Problem Warning(std::string id, std::string message, Location where = {}) {
    return Problem{Severity::kWarning, std::move(id), std::move(message), std::move(where)};
  }

  // "file:line:col: message" or "file: part: message"; never ends with a newline. The severity is
  // not written: the caller says "error" or "warning" in its own way.
  std::string Describe() const {
    // The line and column belong to the innermost thing named: the part if any, else the file.
    std::string position;
    if (where.line > 0) {
      position = ':';
      position += std::to_string(where.line);
      if (where.column > 0) {
        position += ':';
        position += std::to_string(where.column);
      }
    }
    std::string out;
    if (!where.file.empty()) {
      out += where.file;
      if (where.part.empty()) out += position;
      out += ": ";
    }
    if (!where.part.empty()) {
      out += where.part;
      out += position;
      out += ": ";
    }
    out += message;
    return out;
  }
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string id, std::string message, Location where = {}) {
    Status s;
    s.id_ = id;
    s.problems_.push_back(Problem{Severity::kError, std::move(id), std::move(message), std::move(where)});
    return s;
  }

  // Several errors found at once (not empty), as one Status with this id.
  static Status Several(std::string id, std::vector<Problem> errors) {
    if (errors.size() == 1 && id.empty()) id = errors.front().id;
    Status s;
    s.id_ = std::move(id);
    s.problems_ = std::move(errors);
    for (Problem& p : s.problems_) p.severity = Severity::kError;
    return s;
  }

  bool ok() const { return problems_.empty(); }
  // Every error, each with its own place; empty when ok.
  const std::vector<Problem>& problems() const { return problems_; }
  const std::string& id() const { return id_; }
  // The first error's sentence and place (the only one, for a Status made by Error).
  const std::string& message() const { return problems_.empty() ? Empty() : problems_.front().message; }
  const Location& where() const { return problems_.empty() ? NoWhere() : problems_.front().where; }

  // Returns a copy with the file (and part, if given and not already set) filled in on each error.
  Status At(const std::string& file, const std::string& part = {}) const {
    Status s = *this;
    for (Problem& p : s.problems_) {
      if (p.where.file.empty()) p.where.file = file;
      if (p.where.part.empty()) p.where.part = part;
    }
    return s;
  }

  // One line per error (Problem::Describe), joined with '\n'; never ends with a newline.
  std::string Describe() const {
    std::string out;
    for (const Problem& p : problems_) {
      if (!out.empty()) out += '\n';
      out += p.Describe();
    }
    return out;
  }

 private:
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }
  static const Location& NoWhere() {
    static const Location none;
    return none;
  }
  std::string id_;
  std::vector<Problem> problems_;
};

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
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
