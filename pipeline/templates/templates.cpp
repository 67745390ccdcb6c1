#include "pipeline/templates/templates.h"

#include <algorithm>

#include "pipeline/fill/fill.h"
#include "pipeline/templates/embedded_templates.h"

namespace dhr {
namespace {

const EmbeddedTemplate* FindEmbedded(std::string_view name) {
  for (size_t i = 0; i < kEmbeddedTemplateCount; ++i)
    if (name == kEmbeddedTemplates[i].name) return &kEmbeddedTemplates[i];
  return nullptr;
}

std::string NameList() {
  std::string out;
  for (const std::string& name : BuiltinTemplateNames()) out += (out.empty() ? "" : ", ") + name + ".docx";
  return out;
}

std::string Joined(const std::string& dir, const std::string& file) {
  return dir.empty() || dir.back() == '/' ? dir + file : dir + "/" + file;
}

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// Word's lock file for an open document ("~$erview-report.docx") is not a template.
bool IsTemplateFile(const std::string& file) { return EndsWith(file, ".docx") && file.rfind("~$", 0) != 0; }

std::string StemOf(const std::string& file) { return file.substr(0, file.size() - 5); }

Status UnknownFileError(const std::string& path) {
  return Status::Error("templates.unknown_file",
                       "this file is named after no template; the templates are " + NameList() +
                           " (rename it, or move it out of the folder)",
                       InFile(path));
}

// Opens and checks one template; appends every problem (prefixed with `path`) to `errors`.
Result<Package> OpenChecked(Result<Package> opened, const std::string& path, std::vector<Problem>& errors,
                            std::vector<Problem>* warnings) {
  if (!opened.ok()) {
    const Status placed = opened.status().At(path);
    errors.insert(errors.end(), placed.problems().begin(), placed.problems().end());
    return opened.status();
  }
  for (const TemplateError& problem : CheckTemplate(*opened)) {
    const Severity severity = problem.warning ? Severity::kWarning : Severity::kError;
    Problem found{severity, problem.id, problem.Describe(), InFile(path)};
    if (!problem.warning) errors.push_back(std::move(found));
    else if (warnings) warnings->push_back(std::move(found));
  }
  return opened;
}

Status ErrorsStatus(std::vector<Problem> errors) {
  return Status::Several(errors.size() == 1 ? "templates.error" : "templates.errors", std::move(errors));
}

}  // namespace

std::vector<std::string> BuiltinTemplateNames() {
  std::vector<std::string> names;
  for (size_t i = 0; i < kEmbeddedTemplateCount; ++i) names.emplace_back(kEmbeddedTemplates[i].name);
  std::sort(names.begin(), names.end());
  return names;
}

bool IsBuiltinTemplateName(std::string_view name) { return FindEmbedded(name) != nullptr; }

std::string_view BuiltinTemplateBytes(std::string_view name) {
  const EmbeddedTemplate* found = FindEmbedded(name);
  if (!found) return {};
  return std::string_view(reinterpret_cast<const char*>(found->bytes), found->size);
}

Result<Package> OpenBuiltinTemplate(std::string_view name) {
  if (!FindEmbedded(name))
    return Status::Error("templates.unknown",
                         "there is no built-in template \"" + std::string(name) + "\"; the templates are " + NameList());
  OpenOptions options;
  options.file_name = "built-in " + std::string(name) + ".docx";
  return Package::Open(BuiltinTemplateBytes(name), options);
}

Result<std::vector<LoadedTemplate>> LoadTemplates(FileSystem& fs, const std::string& dir,
                                                  const std::vector<std::string>& names) {
  std::vector<std::string> present;
  std::vector<Problem> errors;
  if (!dir.empty()) {
    auto files = fs.ListFiles(dir);
    if (!files.ok())
      return Status::Error("templates.folder", "cannot read the templates folder: " + files.status().message(),
                           InFile(dir));
    for (const std::string& file : *files) {
      if (!IsTemplateFile(file)) continue;
      if (IsBuiltinTemplateName(StemOf(file)))
        present.push_back(StemOf(file));
      else
        errors.push_back(UnknownFileError(Joined(dir, file)).problems().front());
    }
    if (present.empty() && errors.empty())
      return Status::Error("templates.folder", "the templates folder holds none of the templates (" + NameList() + ")",
                           InFile(dir));
  }
  std::vector<LoadedTemplate> loaded;
  for (const std::string& name : names) {
    LoadedTemplate item;
    item.name = name;
    const bool own = std::find(present.begin(), present.end(), name) != present.end();
    item.origin = own ? TemplateOrigin::kPartnership : TemplateOrigin::kBuiltin;
    item.path = own ? Joined(dir, name + ".docx") : "built-in " + name + ".docx";
    Result<Package> opened =
        OpenChecked(own ? Package::OpenFile(fs, item.path) : OpenBuiltinTemplate(name), item.path, errors, nullptr);
    if (opened.ok()) {
      item.package = std::move(*opened);
      loaded.push_back(std::move(item));
    }
  }
  if (!errors.empty()) return ErrorsStatus(std::move(errors));
  return loaded;
}

Result<TemplateFolderReport> CheckTemplateFolder(FileSystem& fs, const std::string& dir) {
  auto files = fs.ListFiles(dir);
  if (!files.ok())
    return Status::Error("templates.folder", "cannot read the templates folder: " + files.status().message(),
                         InFile(dir));
  TemplateFolderReport report;
  for (const std::string& file : *files) {
    if (!IsTemplateFile(file)) continue;
    const std::string path = Joined(dir, file);
    report.files.push_back(path);
    if (!IsBuiltinTemplateName(StemOf(file))) report.errors.push_back(UnknownFileError(path).problems().front());
    // Only its mistakes are wanted here; they are in the report.
    if (auto checked = OpenChecked(Package::OpenFile(fs, path), path, report.errors, &report.warnings); !checked.ok())
      continue;
  }
  if (report.files.empty())
    return Status::Error("templates.folder", "the folder holds no .docx templates (" + NameList() + ")", InFile(dir));
  return report;
}

Result<std::vector<std::string>> ExportBuiltinTemplates(FileSystem& fs, const std::string& dir, bool force) {
  std::vector<std::string> paths;
  for (const std::string& name : BuiltinTemplateNames()) paths.push_back(Joined(dir, name + ".docx"));
  if (!force) {
    std::vector<std::string> existing;
    for (const std::string& path : paths)
      if (fs.Exists(path)) existing.push_back(path);
    if (!existing.empty()) {
      std::string list;
      for (const std::string& path : existing) list += (list.empty() ? "" : ", ") + path;
      return Status::Error("templates.exists", "would overwrite " + list + "; give --force to replace them",
                           InFile(dir));
    }
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    if (Status s = fs.WriteAtomic(paths[i], BuiltinTemplateBytes(BuiltinTemplateNames()[i])); !s.ok()) return s;
  }
  return paths;
}

}  // namespace dhr
