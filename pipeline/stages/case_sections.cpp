// ReadSections (case_data.h): the Markdown narrative of a case folder's sections/.
#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "pipeline/stages/case_data.h"
#include "pipeline/stages/section_guidance.h"

namespace dhr {
namespace {

// Reads every NN-<slug>.md of `folder` into `texts`, in name order; a missing folder gives none.
Status ReadSectionFolder(FileSystem& fs, const std::string& folder, SectionTexts& texts) {
  if (!fs.IsDirectory(folder)) return Status();
  auto names = fs.ListFiles(folder);
  if (!names.ok()) return Status::Error("build.section_read", "cannot list the folder", InFile(folder));
  for (const std::string& name : *names) {
    if (name.size() < 3 || name.compare(name.size() - 3, 3, ".md") != 0) continue;
    const std::string file = folder + "/" + name;
    const std::string key = SectionKey(name);
    if (key.empty())
      return Status::Error("build.section_name",
                           "a section file is named NN-<name>.md (two digits, a dash, letters, digits and dashes), "
                           "for example 07-lessons-to-be-learned.md",
                           InFile(file));
    if (texts.count(key))
      return Status::Error("build.section_name", "another file of this folder gives the section \"" + key + "\" too",
                           InFile(file));
    auto text = fs.Read(file);
    if (!text.ok()) return text.status();
    if (!IsValidUtf8(*text))
      return Status::Error("build.section_text", "the file is not UTF-8 text: save it as UTF-8", InFile(file));
    // HTML comments are notes to the author (a new case's guidance): no document shows them, and a
    // file holding nothing else is not written yet.
    texts[key] = WithoutHtmlComments(*text);
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

std::vector<Problem> UnwrittenSections(const CaseSections& sections, const std::string& case_folder) {
  std::vector<Problem> unwritten;
  for (const SectionGuidance& section : BuiltInSectionGuidance()) {
    if (!section.required) continue;
    const SectionTexts& texts = section.folder == "overview" ? sections.overview : sections.executive_summary;
    auto text = texts.find(section.key);
    if (text != texts.end() && text->second.find_first_not_of(" \t\r\n") != std::string::npos) continue;
    const std::string document = section.document == "overview-report" ? "the overview report" : "the executive summary";
    std::string file = case_folder.empty() ? std::string(".") : case_folder;
    file += "/sections/";
    file += section.folder;
    file += '/';
    file += section.file;
    unwritten.push_back(Problem{Severity::kError, "build.section_unwritten",
                                "not written yet: " + document + "'s section \"" + section.heading + "\"", InFile(file)});
  }
  return unwritten;
}

Result<CaseSections> ReadSections(FileSystem& fs, const std::string& case_folder) {
  CaseSections sections;
  const std::string root = (case_folder.empty() ? std::string(".") : case_folder) + "/sections";
  if (Status s = ReadSectionFolder(fs, root + "/overview", sections.overview); !s.ok()) return s;
  if (Status s = ReadSectionFolder(fs, root + "/executive-summary", sections.executive_summary); !s.ok()) return s;
  return sections;
}

}  // namespace dhr
