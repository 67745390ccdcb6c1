// A private temporary folder for a benchmark's files ($TMPDIR, else /tmp), removed with everything
// in it when the object dies.
#pragma once

#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace dhr::bench {

class ScratchDir {
 public:
  // `prefix` names the benchmark ("dhr-scan-bench"); ok() is false when the folder cannot be made.
  explicit ScratchDir(const std::string& prefix) {
    const char* tmp = std::getenv("TMPDIR");
    path_ = std::string(tmp && *tmp ? tmp : "/tmp") + "/" + prefix + "-XXXXXX";
    if (!mkdtemp(path_.data())) {
      std::perror("mkdtemp");
      path_.clear();
    }
  }
  ~ScratchDir() {
    if (!path_.empty()) std::filesystem::remove_all(path_);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace dhr::bench
