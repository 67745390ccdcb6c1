#include "pipeline/cli/pdf_copies.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

extern char** environ;

namespace dhr {
namespace {

// A private folder (mode 0700) removed with everything in it when this goes.
class PrivateTempDir {
 public:
  PrivateTempDir() {
    std::error_code error;
    std::string pattern = (std::filesystem::temp_directory_path(error) / "dhr-pdf-XXXXXX").string();
    if (!error && mkdtemp(pattern.data())) path_ = pattern;
  }
  ~PrivateTempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  PrivateTempDir(const PrivateTempDir&) = delete;
  PrivateTempDir& operator=(const PrivateTempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Runs `argv` (looked up on the PATH) with no shell, its input and output on /dev/null; its exit
// status, or the errno of a failed start as a negative number.
int Run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t child = 0;
  const int started = posix_spawnp(&child, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -started;
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) return -errno;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

Result<std::vector<std::string>> WriteTaggedPdfs(FileSystem& fs, const std::vector<std::string>& documents,
                                                 unsigned mode) {
  std::vector<std::string> written;
  if (documents.empty()) return written;
  PrivateTempDir work;
  if (work.path().empty())
    return Status::Error("pdf.temp", "cannot make a private temporary folder for LibreOffice");
  std::vector<std::string> argv = {"soffice", "--headless", "--norestore", "--nolockcheck",
                                   "-env:UserInstallation=file://" + work.path() + "/profile",
                                   "--convert-to", kTaggedPdfFilter, "--outdir", work.path() + "/out"};
  for (const std::string& document : documents) argv.push_back(std::filesystem::absolute(document).string());
  const int exit = Run(argv);
  if (exit == -ENOENT)
    return Status::Error("pdf.no_soffice",
                         "LibreOffice (soffice) is not installed, so no PDF copies were made: install "
                         "libreoffice-writer-nogui and build again with --pdf");
  if (exit < 0)
    return Status::Error("pdf.convert", std::string("cannot start LibreOffice (soffice): ") + std::strerror(-exit));
  // Read every PDF first, so that either all are written or none.
  std::vector<std::pair<std::string, std::string>> pdfs;
  for (const std::string& document : documents) {
    const std::string stem = std::filesystem::path(document).stem().string();
    auto bytes = fs.Read(work.path() + "/out/" + stem + ".pdf");
    if (!bytes.ok())
      return Status::Error("pdf.convert",
                           "LibreOffice made no PDF of this document (soffice exit status " + std::to_string(exit) +
                               ")",
                           InFile(document));
    pdfs.emplace_back((std::filesystem::path(document).parent_path() / (stem + ".pdf")).string(),
                      std::move(bytes).value());
  }
  for (const auto& [path, bytes] : pdfs) {
    if (Status s = fs.WriteAtomic(path, bytes, mode); !s.ok()) return s;
    written.push_back(path);
  }
  return written;
}

}  // namespace dhr
