// The disk and in-memory file systems.
#include "docx/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>

namespace dhr {
namespace {

std::string Quoted(const std::string& path) { return "'" + path + "'"; }

Status ReadError(const std::string& path, int error) {
  return Status::Error("io.read", "Cannot read " + Quoted(path) + ": " + std::strerror(error) + ".");
}

Status WriteError(const std::string& path, int error) {
  return Status::Error("io.write",
                       "Cannot write " + Quoted(path) + ": " + std::strerror(error) + ".");
}

// Closes a descriptor when it goes out of scope unless released.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now and reports the error close itself may return (a late write failure on some
  // file systems).
  int Close() {
    int result = ::close(fd_);
    fd_ = -1;
    return result;
  }

 private:
  int fd_;
};

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// A name beside the target that no other writer uses: dot-prefixed so it stays out of sight, and
// made unique by process, a counter and the clock.
std::string TemporaryNameFor(const std::string& path) {
  static std::atomic<unsigned long> counter{0};
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
  return dir + "." + base + ".tmp-" + std::to_string(::getpid()) + "-" +
         std::to_string(counter++) + "-" + std::to_string(ticks % 1000000007);
}

Status WriteAll(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return WriteError(path, errno);
    }
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return Status();
}

// Writes, flushes and closes the temporary file; the caller removes it on failure.
Status FillTemporary(FileDescriptor& fd, std::string_view bytes, const std::string& path) {
  if (Status status = WriteAll(fd.get(), bytes, path); !status.ok()) return status;
  if (::fsync(fd.get()) != 0) return WriteError(path, errno);
  if (fd.Close() != 0) return WriteError(path, errno);
  return Status();
}

// Makes the rename itself durable; a failure here loses nothing already written, so it is ignored.
void SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

Result<std::string> DiskFileSystem::Read(const std::string& path) {
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return ReadError(path, errno);
  struct stat info;
  if (::fstat(fd.get(), &info) != 0) return ReadError(path, errno);
  if (S_ISDIR(info.st_mode)) return ReadError(path, EISDIR);
  std::string bytes;
  if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<size_t>(info.st_size));
  char chunk[64 * 1024];
  while (true) {
    ssize_t got = ::read(fd.get(), chunk, sizeof chunk);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ReadError(path, errno);
    }
    if (got == 0) break;
    bytes.append(chunk, static_cast<size_t>(got));
  }
  return bytes;
}

Status DiskFileSystem::WriteAtomic(const std::string& path, std::string_view bytes,
                                   unsigned mode) {
  // O_EXCL with the requested mode: the file never exists with wider permissions than asked.
  std::string temporary;
  int raw_fd = -1;
  for (int attempt = 0; attempt < 100 && raw_fd < 0; ++attempt) {
    temporary = TemporaryNameFor(path);
    raw_fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                    static_cast<mode_t>(mode & 07777));
    if (raw_fd < 0 && errno != EEXIST) return WriteError(path, errno);
  }
  if (raw_fd < 0) return WriteError(path, EEXIST);
  FileDescriptor fd(raw_fd);
  Status status = FillTemporary(fd, bytes, path);
  if (status.ok() && ::rename(temporary.c_str(), path.c_str()) != 0) {
    status = WriteError(path, errno);
  }
  if (!status.ok()) {
    ::unlink(temporary.c_str());
    return status;
  }
  SyncDirectory(DirectoryOf(path));
  return Status();
}

bool DiskFileSystem::Exists(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0;
}

bool DiskFileSystem::SameFile(const std::string& a, const std::string& b) {
  struct stat first, second;
  if (::stat(a.c_str(), &first) != 0 || ::stat(b.c_str(), &second) != 0) return false;
  return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

Result<std::vector<std::string>> DiskFileSystem::ListFiles(const std::string& dir) {
  std::error_code error;
  std::vector<std::string> names;
  std::filesystem::directory_iterator it(dir, error);
  if (error) return ReadError(dir, error.value());
  for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
    if (error) return ReadError(dir, error.value());
    std::error_code kind_error;
    if (it->is_regular_file(kind_error)) names.push_back(it->path().filename().string());
  }
  if (error) return ReadError(dir, error.value());
  std::sort(names.begin(), names.end());
  return names;
}

bool DiskFileSystem::IsDirectory(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error);
}

Result<std::string> MemoryFileSystem::Read(const std::string& path) {
  auto found = files.find(path);
  if (found == files.end()) return ReadError(path, ENOENT);
  return found->second;
}

Status MemoryFileSystem::WriteAtomic(const std::string& path, std::string_view bytes,
                                     unsigned mode) {
  files[path] = std::string(bytes);
  modes[path] = mode;
  return Status();
}

bool MemoryFileSystem::Exists(const std::string& path) { return files.count(path) > 0; }

Result<std::vector<std::string>> MemoryFileSystem::ListFiles(const std::string& dir) {
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::vector<std::string> names;
  bool found = false;
  for (const auto& [path, bytes] : files) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    found = true;
    const std::string rest = path.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names.push_back(rest);
  }
  if (!found) return ReadError(dir, ENOENT);
  return names;  // the map keeps them sorted
}

bool MemoryFileSystem::IsDirectory(const std::string& path) {
  const std::string prefix = path.empty() || path.back() == '/' ? path : path + "/";
  auto after = files.lower_bound(prefix);
  return after != files.end() && after->first.compare(0, prefix.size(), prefix) == 0;
}

FileSystem& Disk() {
  static DiskFileSystem disk;
  return disk;
}

}  // namespace dhr
