// dhr new: the files of a new case folder, which builds at once.
//
// Input: nothing but what is built into the program. Output: the files, each with its path inside
// the folder:
//  - case.yaml: every key dhr knows, each commented with what it means, holding the example values
//    of an invented case with the fictional-case guard off (templates/new-case/case.yaml);
//  - sections/overview/NN-name.md and sections/executive-summary/NN-name.md, one per section of
//    templates/section-guidance.yaml, each holding the seeds' guidance inside an HTML comment, so
//    a draft shows the section as "to be written" until the author writes it;
//  - chronology/chronology-return-form.xlsx: the agencies' return form (return_form.h), blank;
//  - imr/imr-template.docx: the IMR template (the built-in template "imr", templates/imr/).
// Guarantees: `dhr build --stage draft` on the folder succeeds, with a warning per unwritten
// section. Refusing a folder that is not empty is the command line's (pipeline/cli/new_command.cpp).
// Covered by new_case_test.cpp and tests/new_case_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "docx/file_io.h"

namespace dhr {

struct NewCaseFile {
  std::string path;   // inside the case folder: "sections/overview/01-introduction.md"
  std::string bytes;
  unsigned mode = 0644;  // case.yaml, which will hold the real names, is its owner's only (0600)
};

// The commented case.yaml of a new case (static storage).
std::string_view NewCaseYaml();

// The file names the return form and the IMR template get, in chronology/ and imr/ of a new case
// and in the folder `dhr templates export` writes.
inline constexpr const char* kReturnFormFile = "chronology-return-form.xlsx";
inline constexpr const char* kImrTemplateFile = "imr-template.docx";

// The blank return form and the IMR template's bytes.
Result<std::string> BlankReturnForm();
std::string_view ImrTemplateBytes();

// Every file of a new case folder, in the order written.
Result<std::vector<NewCaseFile>> NewCaseFiles();

// The folders `files` need under `dir` ("DIR/sections/overview"...), parents first.
std::vector<std::string> NewCaseFolders(const std::string& dir, const std::vector<NewCaseFile>& files);

// Writes each file under `dir` (whose folders exist) atomically; stops at the first failure.
Result<std::vector<std::string>> WriteNewCase(FileSystem& fs, const std::string& dir,
                                              const std::vector<NewCaseFile>& files);

}  // namespace dhr
