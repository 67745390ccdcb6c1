// The zip container, read whole into memory with limits that refuse hostile files.
//
// Input: the bytes of a file. Output: its entries (name, uncompressed bytes) in their stored
// order, or a Status naming the problem: not a zip, truncated, encrypted, a legacy/password-
// protected Word file (OLE compound file), a zip bomb, an entry name that is absolute or climbs
// with "..", two entries with the same name (compared case-insensitively, as OPC part names are),
// or an entry whose Unicode Path extra field (0x7075) names it otherwise than its stored name (two
// readers would see two different documents; a stored name in a legacy code page with a UTF-8
// field is refused too, a price paid for never guessing which name a reader will use). WriteArchive is the inverse: deflated entries in the
// given order. Covered by archive_test.cpp and tests/hostile_test.cpp.
//
// The zip-bomb limits (ArchiveLimits), checked while inflating, never trusting the sizes the
// headers claim, so a bomb costs at most the limit in memory and time:
//   - 256 MB for one entry and 1 GB for all entries together, uncompressed (absolute limits: what
//     bounds memory);
//   - 100 times its compressed size for one entry, checked only once the entry has inflated past
//     64 MB. Below that any ratio is accepted: a long chronology table's XML repeats itself (the
//     overview report's main part with 10,000 chronology rows is 11.6 MB deflated about 96 times,
//     more when rows are alike), and a part under 64 MB costs no more than a legitimate one would.
//     A bomb is refused once it has inflated past 64 MB.
//   - 20,000 entries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dhr {

struct ArchiveLimits {
  uint64_t max_entry_bytes = 256ull << 20;   // one entry, uncompressed
  uint64_t max_total_bytes = 1024ull << 20;  // all entries, uncompressed
  uint64_t max_ratio = 100;                  // uncompressed / compressed, for entries past ratio_floor
  uint64_t ratio_floor = 64ull << 20;        // entries up to this size may compress as well as they like
  uint64_t max_entries = 20000;
};

struct ArchiveEntry {
  std::string name;  // as stored, without a leading '/'
  std::string data;  // uncompressed bytes
  bool stored = false;  // true when the entry was stored uncompressed (kept so on write)
};

struct Archive {
  std::vector<ArchiveEntry> entries;

  // The entry with exactly this name, or nullptr. The pointer lives as long as `entries` is not
  // resized.
  ArchiveEntry* Find(std::string_view name);
  const ArchiveEntry* Find(std::string_view name) const;
};

Result<Archive> ReadArchive(std::string_view bytes, const ArchiveLimits& limits = {});
Result<std::string> WriteArchive(const Archive& archive);

// An entry to write whose name and bytes are borrowed until WriteArchive returns: saves copying a
// large part into an Archive.
struct ArchiveEntryView {
  std::string_view name;
  std::string_view data;
  bool stored = false;
};
Result<std::string> WriteArchive(const std::vector<ArchiveEntryView>& entries);

}  // namespace dhr
