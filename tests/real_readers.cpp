#include "tests/real_readers.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dhr::testing {

CommandResult RunCommand(const std::string& command) {
  // The unit suite (ctest's `unit` entry sets DHR_TESTS_HERMETIC=1) runs no other program, so it
  // stays fast and needs nothing installed beyond the build's libraries.
  if (const char* hermetic = std::getenv("DHR_TESTS_HERMETIC"); hermetic && std::string(hermetic) == "1") {
    std::string message = "this test runs another program (";
    message += command;
    message += "): a test that does belongs to the readers suite: TEST_CASE(\"...\" * doctest::test_suite(\"readers\"))";
    FAIL(message);
  }
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "dhr-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  REQUIRE(made != nullptr);
  path_ = made;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  REQUIRE(out.good());
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool HaveLibreOffice() { return RunCommand("command -v soffice").exit_code == 0; }

std::map<std::string, std::string> ConvertWithLibreOffice(const std::vector<std::string>& inputs,
                                                          const std::string& format, const std::string& out_dir,
                                                          const std::string& input_filter) {
  REQUIRE_MESSAGE(HaveLibreOffice(), "LibreOffice (soffice) is not installed: run `make test`, which installs it");
  TempDir profile;
  std::string command = "soffice --headless --norestore --nolockcheck -env:UserInstallation=file://" +
                        profile.path() + (input_filter.empty() ? "" : " --infilter=" + ShellQuote(input_filter)) +
                        " --convert-to " + ShellQuote(format) + " --outdir " + ShellQuote(out_dir);
  for (const auto& in : inputs) {
    command += ' ';
    command += ShellQuote(in);
  }
  const CommandResult run = RunCommand(command + " </dev/null");
  std::map<std::string, std::string> outputs;
  const std::string extension = format.substr(0, format.find(':'));
  for (const auto& in : inputs) {
    const std::string out = out_dir + "/" + std::filesystem::path(in).stem().string() + "." + extension;
    if (std::filesystem::exists(out)) outputs[in] = out;
  }
  if (outputs.size() != inputs.size()) MESSAGE("LibreOffice said: " << run.output);
  return outputs;
}

std::map<std::string, std::string> LibreOfficeText(const std::vector<std::string>& inputs) {
  TempDir out;
  std::map<std::string, std::string> texts;
  for (const auto& [in, path] : ConvertWithLibreOffice(inputs, "txt:Text (encoded):UTF8", out.path()))
    texts[in] = ReadFile(path);
  return texts;
}

std::vector<std::string> PdfPages(const std::string& pdf) {
  const CommandResult run = RunCommand("pdftotext -layout " + ShellQuote(pdf) + " -");
  REQUIRE_MESSAGE(run.exit_code == 0, "pdftotext failed: " << run.output);
  std::vector<std::string> pages;
  std::stringstream ss(run.output);
  std::string page;
  while (std::getline(ss, page, '\f')) pages.push_back(page);
  if (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos) pages.pop_back();
  return pages;
}

std::string PythonDocxOpens(const std::vector<std::string>& inputs) {
  std::string command =
      "/usr/bin/python3 -c 'import sys, docx\n"
      "for f in sys.argv[1:]:\n"
      "    d = docx.Document(f)\n"
      "    [p.text for p in d.paragraphs]\n"
      "    [s.header.paragraphs for s in d.sections]\n'";
  for (const auto& in : inputs) {
    command += ' ';
    command += ShellQuote(in);
  }
  const CommandResult run = RunCommand(command);
  return run.exit_code == 0 ? std::string() : run.output.empty() ? "python-docx failed" : run.output;
}

}  // namespace dhr::testing
