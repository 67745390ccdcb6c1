// File I/O behind one small interface, with an in-memory twin for tests.
//
// WriteAtomic writes to a temporary name beside the target and renames it over the target, so a
// crash never leaves a half-written output; on any failure nothing is left behind.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dhr {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual Result<std::string> Read(const std::string& path) = 0;
  // mode: permission bits for a newly created file (0600 for files holding real identifiers).
  virtual Status WriteAtomic(const std::string& path, std::string_view bytes, unsigned mode = 0644) = 0;
  virtual bool Exists(const std::string& path) = 0;
  // True when both paths name the same existing file (so an output never overwrites its input).
  virtual bool SameFile(const std::string& a, const std::string& b) = 0;
  // The names (not paths) of the regular files directly inside a folder, sorted; an error naming
  // the folder when it does not exist or cannot be read.
  virtual Result<std::vector<std::string>> ListFiles(const std::string& dir) = 0;
  // True when `path` names an existing folder.
  virtual bool IsDirectory(const std::string& path) = 0;
};

class DiskFileSystem final : public FileSystem {
 public:
  Result<std::string> Read(const std::string& path) override;
  Status WriteAtomic(const std::string& path, std::string_view bytes, unsigned mode = 0644) override;
  bool Exists(const std::string& path) override;
  bool SameFile(const std::string& a, const std::string& b) override;
  Result<std::vector<std::string>> ListFiles(const std::string& dir) override;
  bool IsDirectory(const std::string& path) override;
};

class MemoryFileSystem final : public FileSystem {
 public:
  Result<std::string> Read(const std::string& path) override;
  Status WriteAtomic(const std::string& path, std::string_view bytes, unsigned mode = 0644) override;
  bool Exists(const std::string& path) override;
  bool SameFile(const std::string& a, const std::string& b) override { return a == b && Exists(a); }
  // A folder exists when a file is stored under it ("dir/name").
  Result<std::vector<std::string>> ListFiles(const std::string& dir) override;
  bool IsDirectory(const std::string& path) override;
  std::map<std::string, std::string> files;
  std::map<std::string, unsigned> modes;
};

// The process-wide disk file system.
FileSystem& Disk();

}  // namespace dhr
