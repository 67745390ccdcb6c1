// Real readers for tests: LibreOffice (headless) and python-docx, run as separate processes.
//
// These are the readers users have; a test that only reparses our own output with our own parser
// proves little. Both are Debian packages installed by `make test` (.ci/install-deps); when one is
// missing the calling test fails with a message saying so, it never skips.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tests/test_paths.h"

namespace dhr::testing {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs `command` with sh. Fails the calling test in the unit suite (DHR_TESTS_HERMETIC=1), which
// runs no other program.
CommandResult RunCommand(const std::string& command);
std::string ShellQuote(const std::string& s);

// Runs the dhr binary under test with `args` (already quoted for sh).
inline CommandResult Dhr(const std::string& args) { return RunCommand(ShellQuote(DhrBinary()) + " " + args); }

// The same, with only what it writes to standard output (a report to parse; warnings go to stderr).
inline CommandResult DhrStdout(const std::string& args) {
  return RunCommand("{ " + ShellQuote(DhrBinary()) + " " + args + " 2>/dev/null; }");
}

// A fresh temporary directory, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

void WriteFile(const std::string& path, const std::string& bytes);
std::string ReadFile(const std::string& path);

// Converts each file with LibreOffice to `format` ("txt:Text", "pdf", "xlsx") into out_dir, in one
// run; `input_filter` names the import filter and its options when the default would guess wrong
// (a CSV with UK dates: "CSV:44,34,76,1,,2057"). Returns the paths of the outputs by input path;
// an input LibreOffice could not read is absent.
std::map<std::string, std::string> ConvertWithLibreOffice(const std::vector<std::string>& inputs,
                                                          const std::string& format, const std::string& out_dir,
                                                          const std::string& input_filter = {});
// The text LibreOffice reads from each .docx (by input path).
std::map<std::string, std::string> LibreOfficeText(const std::vector<std::string>& inputs);
// Text of a PDF, page by page (pdftotext), split at form feeds.
std::vector<std::string> PdfPages(const std::string& pdf);

// Opens each file with python-docx (Debian's python3-docx); returns "" when all open, else the
// error output naming the failing file.
std::string PythonDocxOpens(const std::vector<std::string>& inputs);

bool HaveLibreOffice();

}  // namespace dhr::testing
