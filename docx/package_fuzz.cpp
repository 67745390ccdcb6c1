// libFuzzer target: any bytes given to Package::Open must give a package or a Status, never a
// crash, a leak or unbounded memory. A package that opens must also save, and its saved bytes
// must open again.
//
// Byte mutations of a zip almost always break an entry's checksum, so they exercise the
// container but rarely reach the XML inside. The custom mutator therefore mostly unzips the
// input, mutates one entry and zips it again; the rest of the time it mutates the raw bytes.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string_view>

#include "docx/archive.h"
#include "docx/package.h"

namespace {

// Smaller than the defaults so that legitimate expansion stays far below the fuzzer's memory cap.
dhr::ArchiveLimits FuzzLimits() {
  dhr::ArchiveLimits limits;
  limits.max_entry_bytes = 16u << 20;
  limits.max_total_bytes = 64u << 20;
  return limits;
}

}  // namespace

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int seed) {
  std::minstd_rand random(seed);
  if (random() % 4 == 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dhr::Result<dhr::Archive> archive = dhr::ReadArchive(bytes, FuzzLimits());
  if (!archive.ok() || archive->entries.empty()) return LLVMFuzzerMutate(data, size, max_size);

  std::string& entry = archive->entries[random() % archive->entries.size()].data;
  const size_t old_size = entry.size();
  entry.resize(old_size + 64 + old_size / 8);  // room to grow
  entry.resize(LLVMFuzzerMutate(reinterpret_cast<uint8_t*>(entry.data()), old_size, entry.size()));

  dhr::Result<std::string> rezipped = dhr::WriteArchive(*archive);
  if (!rezipped.ok() || rezipped->size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, rezipped->data(), rezipped->size());
  return rezipped->size();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dhr::OpenOptions options;
  options.file_name = "fuzz.docx";
  options.archive = FuzzLimits();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dhr::Result<dhr::Package> package = dhr::Package::Open(bytes, options);
  if (!package.ok()) return 0;
  dhr::Result<std::string> saved = package->Save();
  if (!saved.ok()) __builtin_trap();
  if (!dhr::Package::Open(*saved, options).ok()) __builtin_trap();
  return 0;
}
