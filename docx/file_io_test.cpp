// DiskFileSystem in a scratch folder of its own, and MemoryFileSystem as its twin.
#include "docx/file_io.h"

#include <dirent.h>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace dhr {
namespace {

// A fresh folder under the system's temporary folder, removed with its files at the end.
class ScratchFolder {
 public:
  ScratchFolder() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/dhr-file-io-XXXXXX";
    path_ = mkdtemp(pattern.data()) ? pattern : "";
    REQUIRE_FALSE(path_.empty());
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    for (const std::string& name : Names()) ::unlink((path_ + "/" + name).c_str());
    ::rmdir(path_.c_str());
  }

  std::string Path(const std::string& name) const { return path_ + "/" + name; }

  // Every name in the folder but "." and "..", hidden ones included.
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    DIR* dir = ::opendir(path_.c_str());
    if (!dir) return names;
    while (dirent* entry = ::readdir(dir)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(name);
    }
    ::closedir(dir);
    return names;
  }

 private:
  std::string path_;
};

unsigned PermissionsOf(const std::string& path) {
  struct stat info;
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 0777;
}

}  // namespace

TEST_CASE("DiskFileSystem writes atomically, reads back and leaves no temporary file") {
  ScratchFolder folder;
  DiskFileSystem disk;
  const std::string out = folder.Path("review.docx");
  constexpr char kBytes[] = "PK\x03\x04 with a \0 inside";
  const std::string bytes(kBytes, sizeof kBytes - 1);
  REQUIRE(disk.WriteAtomic(out, bytes).ok());
  CHECK(disk.Exists(out));
  Result<std::string> read = disk.Read(out);
  REQUIRE(read.ok());
  CHECK(*read == bytes);
  CHECK(folder.Names() == std::vector<std::string>{"review.docx"});

  // Overwriting replaces the whole content, still with nothing left beside it.
  REQUIRE(disk.WriteAtomic(out, "short").ok());
  CHECK(*disk.Read(out) == "short");
  CHECK(folder.Names() == std::vector<std::string>{"review.docx"});
}

TEST_CASE("DiskFileSystem honours the requested mode") {
  ScratchFolder folder;
  DiskFileSystem disk;
  const mode_t old_mask = ::umask(022);
  REQUIRE(disk.WriteAtomic(folder.Path("private.docx"), "x", 0600).ok());
  REQUIRE(disk.WriteAtomic(folder.Path("shared.docx"), "x", 0640).ok());
  REQUIRE(disk.WriteAtomic(folder.Path("default.docx"), "x").ok());
  ::umask(old_mask);
  CHECK(PermissionsOf(folder.Path("private.docx")) == 0600);
  CHECK(PermissionsOf(folder.Path("shared.docx")) == 0640);
  CHECK(PermissionsOf(folder.Path("default.docx")) == 0644);
}

TEST_CASE("DiskFileSystem writing into a missing folder fails and leaves nothing") {
  ScratchFolder folder;
  DiskFileSystem disk;
  const std::string out = folder.Path("missing/review.docx");
  Status status = disk.WriteAtomic(out, "bytes");
  CHECK_FALSE(status.ok());
  CHECK(status.id() == "io.write");
  CHECK(status.message().find(out) != std::string::npos);
  CHECK(folder.Names().empty());
}

TEST_CASE("DiskFileSystem failing to rename over a folder removes its temporary file") {
  ScratchFolder folder;
  DiskFileSystem disk;
  REQUIRE(::mkdir(folder.Path("taken").c_str(), 0755) == 0);
  Status status = disk.WriteAtomic(folder.Path("taken"), "bytes");
  CHECK(status.id() == "io.write");
  CHECK(folder.Names() == std::vector<std::string>{"taken"});
  ::rmdir(folder.Path("taken").c_str());
}

TEST_CASE("DiskFileSystem reading a missing file names the path") {
  ScratchFolder folder;
  DiskFileSystem disk;
  const std::string missing = folder.Path("absent.docx");
  Result<std::string> read = disk.Read(missing);
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().id() == "io.read");
  CHECK(read.status().message().find(missing) != std::string::npos);
  CHECK_FALSE(disk.Exists(missing));
  CHECK_FALSE(disk.Read(folder.Path("")).ok());  // a folder is not a file
}

TEST_CASE("DiskFileSystem SameFile sees through different spellings of one file") {
  ScratchFolder folder;
  DiskFileSystem disk;
  REQUIRE(disk.WriteAtomic(folder.Path("a.docx"), "a").ok());
  REQUIRE(disk.WriteAtomic(folder.Path("b.docx"), "b").ok());
  REQUIRE(::link(folder.Path("a.docx").c_str(), folder.Path("hard.docx").c_str()) == 0);
  CHECK(disk.SameFile(folder.Path("a.docx"), folder.Path("a.docx")));
  CHECK(disk.SameFile(folder.Path("a.docx"), folder.Path("./a.docx")));
  CHECK(disk.SameFile(folder.Path("a.docx"), folder.Path("hard.docx")));
  CHECK_FALSE(disk.SameFile(folder.Path("a.docx"), folder.Path("b.docx")));
  CHECK_FALSE(disk.SameFile(folder.Path("a.docx"), folder.Path("absent.docx")));
}

TEST_CASE("MemoryFileSystem behaves as the disk's twin") {
  MemoryFileSystem memory;
  CHECK_FALSE(memory.Exists("in.docx"));
  Result<std::string> missing = memory.Read("in.docx");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().id() == "io.read");
  CHECK(missing.status().message().find("in.docx") != std::string::npos);

  REQUIRE(memory.WriteAtomic("out.docx", "bytes", 0600).ok());
  CHECK(memory.Exists("out.docx"));
  CHECK(*memory.Read("out.docx") == "bytes");
  CHECK(memory.modes["out.docx"] == 0600);
  REQUIRE(memory.WriteAtomic("out.docx", "new").ok());
  CHECK(*memory.Read("out.docx") == "new");
  CHECK(memory.modes["out.docx"] == 0644);

  CHECK(memory.SameFile("out.docx", "out.docx"));
  CHECK_FALSE(memory.SameFile("out.docx", "in.docx"));
  CHECK_FALSE(memory.SameFile("in.docx", "in.docx"));
}

TEST_CASE("Disk() is one process-wide DiskFileSystem") {
  CHECK(&Disk() == &Disk());
  CHECK(dynamic_cast<DiskFileSystem*>(&Disk()) != nullptr);
}

}  // namespace dhr
