#include "pipeline/new/new_case.h"

#include <algorithm>

#include "base/embedded_file.h"
#include "pipeline/new/return_form.h"
#include "pipeline/stages/section_guidance.h"
#include "pipeline/templates/templates.h"

DHR_EMBED_FILE(dhr_new_case_yaml, DHR_NEW_CASE_YAML)

namespace dhr {
namespace {

std::string Joined(const std::string& dir, const std::string& path) {
  return dir.empty() || dir.back() == '/' ? dir + path : dir + "/" + path;
}

}  // namespace

std::string_view NewCaseYaml() { return EmbeddedBytes(dhr_new_case_yaml, dhr_new_case_yaml_end); }

Result<std::string> BlankReturnForm() { return WriteReturnForm(ReturnForm{}); }

std::string_view ImrTemplateBytes() { return BuiltinTemplateBytes("imr"); }

Result<std::vector<NewCaseFile>> NewCaseFiles() {
  std::vector<NewCaseFile> files;
  files.push_back({"case.yaml", std::string(NewCaseYaml()), 0600});
  for (const SectionGuidance& section : BuiltInSectionGuidance())
    files.push_back({"sections/" + section.folder + "/" + section.file, UnwrittenSectionFile(section)});
  auto form = BlankReturnForm();
  if (!form.ok()) return form.status();
  files.push_back({std::string("chronology/") + kReturnFormFile, std::move(*form)});
  files.push_back({std::string("imr/") + kImrTemplateFile, std::string(ImrTemplateBytes())});
  return files;
}

std::vector<std::string> NewCaseFolders(const std::string& dir, const std::vector<NewCaseFile>& files) {
  std::vector<std::string> folders;
  for (const NewCaseFile& file : files) {
    for (size_t slash = file.path.find('/'); slash != std::string::npos; slash = file.path.find('/', slash + 1)) {
      const std::string folder = Joined(dir, file.path.substr(0, slash));
      if (std::find(folders.begin(), folders.end(), folder) == folders.end()) folders.push_back(folder);
    }
  }
  return folders;
}

Result<std::vector<std::string>> WriteNewCase(FileSystem& fs, const std::string& dir,
                                              const std::vector<NewCaseFile>& files) {
  std::vector<std::string> written;
  for (const NewCaseFile& file : files) {
    const std::string path = Joined(dir, file.path);
    if (Status s = fs.WriteAtomic(path, file.bytes, file.mode); !s.ok()) return s;
    written.push_back(path);
  }
  return written;
}

}  // namespace dhr
