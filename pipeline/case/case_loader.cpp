#include "pipeline/case/case_loader.h"

#include "pipeline/case/case_checks.h"
#include "pipeline/case/case_yaml.h"
#include "pipeline/case/review_checks.h"
#include "pipeline/case/yaml_reader.h"

namespace dhr {
namespace {

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::string FolderOf(const std::string& file) {
  size_t slash = file.find_last_of('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : file.substr(0, slash);
}

// The case and its errors, read in one pass.
struct CaseRead {
  Case value;
  std::vector<Problem> errors;
};

CaseRead ReadCaseText(std::string_view yaml, const std::string& file_name) {
  CaseRead read;
  read.value.file = file_name;
  read.value.folder = FolderOf(file_name);
  YamlReader reader(yaml, file_name, "case.yaml");
  // yaml-cpp reports a node of the wrong kind by throwing; the reader checks kinds first, so this
  // guard only keeps a missed case from escaping.
  try {
    if (std::optional<YAML::Node> root = reader.Parse()) {
      CaseSourceMap where;
      ReadCaseYaml(*root, reader, &read.value, &where);
      CheckCase(read.value, where, reader);
      CheckReviewFacts(&read.value, where, reader);
    }
  } catch (const std::exception& e) {
    reader.Error({file_name, 0, 0}, "internal", std::string("cannot read the case: ") + e.what());
  }
  read.value.warnings = reader.SortedWarnings();
  read.errors = reader.SortedErrors();
  return read;
}

}  // namespace

std::string CaseFilePath(const std::string& path) {
  if (EndsWith(path, ".yaml") || EndsWith(path, ".yml")) return path;
  std::string folder = path;
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  return folder == "/" ? "/case.yaml" : folder + "/case.yaml";
}

std::string InCaseFolder(const Case& c, const std::string& relative) {
  if (relative.empty() || relative.front() == '/' || c.folder.empty()) return relative;
  return c.folder == "/" ? "/" + relative : c.folder + "/" + relative;
}

Result<Case> ParseCase(std::string_view yaml, const std::string& file_name) {
  CaseRead read = ReadCaseText(yaml, file_name);
  if (!read.errors.empty()) return CombineErrors("case.invalid", std::move(read.errors));
  return std::move(read.value);
}

std::vector<Problem> CaseErrors(std::string_view yaml, const std::string& file_name) {
  return ReadCaseText(yaml, file_name).errors;
}

Result<Case> LoadCase(FileSystem& fs, const std::string& path) {
  std::string file = CaseFilePath(path);
  Result<std::string> text = fs.Read(file);
  if (!text.ok()) return text.status().At(file);
  return ParseCase(*text, file);
}

std::vector<Problem> CaseErrors(FileSystem& fs, const std::string& path) {
  std::string file = CaseFilePath(path);
  Result<std::string> text = fs.Read(file);
  if (!text.ok()) return text.status().At(file).problems();
  return CaseErrors(*text, file);
}

}  // namespace dhr
