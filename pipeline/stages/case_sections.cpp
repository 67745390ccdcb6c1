// ReadSections (case_data.h): the Markdown narrative of a case folder's sections/.
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "pipeline/stages/case_data.h"
#include "pipeline/stages/section_guidance.h"

namespace dhr {
namespace {

namespace fs = std::filesystem;

bool IsUtf8(const std::string& text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 ch;
    U8_NEXT(bytes, i, length, ch);
    if (ch < 0) return false;
  }
  return true;
}

// Reads every NN-<slug>.md of `folder` into `texts`, in name order.
Status ReadSectionFolder(const fs::path& folder, SectionTexts& texts) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) return Status();
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  if (error) return Status::Error("build.section_read", "cannot list the folder: " + error.message(), InFile(folder.string()));
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    const std::string key = SectionKey(file.filename().string());
    if (key.empty())
      return Status::Error("build.section_name",
                           "a section file is named NN-<name>.md (two digits, a dash, letters, digits and dashes), "
                           "for example 07-lessons-to-be-learned.md",
                           InFile(file.string()));
    if (texts.count(key))
      return Status::Error("build.section_name", "another file of this folder gives the section \"" + key + "\" too",
                           InFile(file.string()));
    auto text = Disk().Read(file.string());
    if (!text.ok()) return text.status();
    if (!IsUtf8(*text))
      return Status::Error("build.section_text", "the file is not UTF-8 text: save it as UTF-8", InFile(file.string()));
    texts[key] = std::move(*text);
  }
  return Status();
}

}  // namespace

std::string SectionKey(const std::string& file_name) {
  const std::string suffix = ".md";
  if (file_name.size() <= suffix.size() || file_name.compare(file_name.size() - suffix.size(), suffix.size(), suffix) != 0)
    return "";
  const std::string stem = file_name.substr(0, file_name.size() - suffix.size());
  size_t digits = 0;
  while (digits < stem.size() && std::isdigit(static_cast<unsigned char>(stem[digits]))) ++digits;
  if (digits == 0 || digits + 1 >= stem.size() || stem[digits] != '-') return "";
  std::string key;
  for (char ch : stem.substr(digits + 1)) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (ch == '-' || ch == '_') key += '_';
    else if (std::isalnum(c)) key += static_cast<char>(std::tolower(c));
    else return "";
  }
  if (key.front() == '_' || key.back() == '_') return "";
  return key;
}

std::vector<Status> UnwrittenSections(const CaseSections& sections, const std::string& case_folder) {
  std::vector<Status> unwritten;
  for (const SectionGuidance& section : BuiltInSectionGuidance()) {
    if (!section.required) continue;
    const SectionTexts& texts = section.folder == "overview" ? sections.overview : sections.executive_summary;
    auto text = texts.find(section.key);
    if (text != texts.end() && text->second.find_first_not_of(" \t\r\n") != std::string::npos) continue;
    const std::string document = section.document == "overview-report" ? "the overview report" : "the executive summary";
    const fs::path file = fs::path(case_folder.empty() ? "." : case_folder) / "sections" / section.folder / section.file;
    unwritten.push_back(Status::Error("build.section_unwritten",
                                      "not written yet: " + document + "'s section \"" + section.heading + "\"",
                                      InFile(file.string())));
  }
  return unwritten;
}

Result<CaseSections> ReadSections(const std::string& case_folder) {
  CaseSections sections;
  const fs::path root = fs::path(case_folder) / "sections";
  if (Status s = ReadSectionFolder(root / "overview", sections.overview); !s.ok()) return s;
  if (Status s = ReadSectionFolder(root / "executive-summary", sections.executive_summary); !s.ok()) return s;
  return sections;
}

}  // namespace dhr
