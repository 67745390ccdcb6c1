// Reading the zip container with libzip, entirely in memory (writing: archive_write.cpp).
//
// Reading trusts nothing the headers claim: every entry is inflated through a bounded loop that
// stops one byte past the applicable limit, so a bomb costs at most the limit in memory and time.
#include "docx/archive.h"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <memory>
#include <optional>
#include <set>

#include "base/text.h"
#include "docx/zip_handles.h"

namespace dhr {
namespace {

using namespace zip_handles;  // NOLINT: the handles of this file's own library

// The signature of an OLE compound file: what Word writes for password-protected documents (an
// encrypted package inside a compound file) and for legacy .doc files.
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr std::string_view kLocalHeaderMagic("PK\x03\x04", 4);


// libzip's text for an error code, e.g. "Not a zip archive".
std::string ErrorText(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

std::string Quoted(std::string_view name) {
  std::string quoted = "\"";
  quoted += name;
  quoted += '"';
  return quoted;
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Absolute names ("/x", "\x", "C:x") and names with a ".." segment (either separator) could
// escape a folder if an entry were ever extracted, and are never valid OPC part names.
bool IsUnsafeName(std::string_view name) {
  if (name.empty() || name[0] == '/' || name[0] == '\\') return true;
  if (name.size() >= 2 && std::isalpha(static_cast<unsigned char>(name[0])) && name[1] == ':') {
    return true;
  }
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}


Status OpenError(std::string_view bytes, int code) {
  if (code == ZIP_ER_NOZIP || code == ZIP_ER_EOF || code == ZIP_ER_READ || code == ZIP_ER_SEEK) {
    // A file that starts like a zip but has no readable end record was cut short.
    if (StartsWith(bytes, kLocalHeaderMagic)) {
      return Status::Error("zip.truncated",
                           "The file is a truncated zip archive: its end is missing.");
    }
    return Status::Error("zip.not_zip", "The file is not a zip archive, so not a .docx file.");
  }
  if (code == ZIP_ER_MULTIDISK) {
    return Status::Error("zip.corrupt", "The file is a multi-part zip archive, which is not supported.");
  }
  if (code == ZIP_ER_MEMORY) {
    return Status::Error("zip.memory", "There was not enough memory to open the zip archive.");
  }
  return Status::Error("zip.corrupt", "The zip archive is damaged: " + ErrorText(code) + ".");
}

Status BombError(std::string_view name, std::string_view reason) {
  return Status::Error("zip.bomb", "The entry " + Quoted(name) + " " + std::string(reason) +
                                       "; the file may be a zip bomb.");
}

// Inflates one entry into `out`, reading at most one byte past what the limits still allow
// after `total_so_far` bytes, so that going over is seen without inflating further.
// `compressed_size` is the divisor of the ratio check; `declared_size`, the size the header gives
// (0 if none), is reserved as far as the limits would let the entry grow, so a large part is not
// copied from buffer to doubled buffer as it inflates.
Status InflateEntry(zip_t* zip, zip_uint64_t index, std::string_view name,
                    uint64_t compressed_size, uint64_t declared_size, const ArchiveLimits& limits,
                    uint64_t total_so_far, std::string& out) {
  const uint64_t total_left = limits.max_total_bytes - total_so_far;
  const bool budget_is_total = total_left < limits.max_entry_bytes;
  const uint64_t byte_budget = budget_is_total ? total_left : limits.max_entry_bytes;

  ZipFilePtr file(zip_fopen_index(zip, index, 0));
  if (!file) {
    int code = zip_error_code_zip(zip_get_error(zip));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_WRONGPASSWD) {
      return Status::Error("zip.encrypted", "The entry " + Quoted(name) +
                                                " is encrypted; encrypted files are not supported.");
    }
    if (code == ZIP_ER_COMPNOTSUPP) {
      return Status::Error("zip.method", "The entry " + Quoted(name) +
                                             " uses a compression method Word does not write.");
    }
    return Status::Error("zip.corrupt", "The entry " + Quoted(name) +
                                            " cannot be read: " + ErrorText(code) + ".");
  }
  // Never more than the limit plus one byte, however large the header says the entry is.
  const uint64_t ceiling = byte_budget + (byte_budget < UINT64_MAX ? 1 : 0);
  const uint64_t ratio_bound = std::max<uint64_t>(limits.ratio_floor, std::max<uint64_t>(compressed_size, 1) *
                                                                         limits.max_ratio);
  out.reserve(static_cast<size_t>(std::min({declared_size, byte_budget, ratio_bound})));
  char chunk[kReadChunk];
  while (out.size() < ceiling) {
    uint64_t want = std::min<uint64_t>(kReadChunk, ceiling - out.size());
    zip_int64_t got = zip_fread(file.get(), chunk, want);
    if (got < 0) {
      return Status::Error("zip.corrupt", "The entry " + Quoted(name) + " is damaged: " +
                                              zip_file_strerror(file.get()) + ".");
    }
    if (got == 0) break;
    out.append(chunk, static_cast<size_t>(got));
    if (out.size() > limits.ratio_floor &&
        out.size() / std::max<uint64_t>(compressed_size, 1) > limits.max_ratio) {
      return BombError(name, "expands more than " + std::to_string(limits.max_ratio) +
                                 " times when uncompressed");
    }
  }
  if (out.size() > byte_budget) {
    return BombError(name, budget_is_total
                               ? "takes the archive past " +
                                     std::to_string(limits.max_total_bytes) +
                                     " bytes when uncompressed"
                               : "is larger than " + std::to_string(limits.max_entry_bytes) +
                                     " bytes when uncompressed");
  }
  return Status();
}

// Checks the entry's name and encryption before anything is inflated.
Status CheckEntry(const zip_stat_t& stat, std::string_view name) {
  if (IsUnsafeName(name)) {
    return Status::Error("zip.path", "The entry " + Quoted(name) +
                                         " has an absolute name or one that climbs with \"..\".");
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return Status::Error("zip.encrypted", "The entry " + Quoted(name) +
                                              " is encrypted; encrypted files are not supported.");
  }
  if ((stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method != ZIP_CM_STORE &&
      stat.comp_method != ZIP_CM_DEFLATE) {
    return Status::Error("zip.method", "The entry " + Quoted(name) +
                                           " uses a compression method Word does not write.");
  }
  return Status();
}

// The Info-ZIP Unicode Path extra field (0x7075): version 1, a CRC-32, then a name in UTF-8.
// libzip reports that name instead of the stored one when the CRC matches the stored name, then
// drops both the stored name and the field, so neither can be asked of it; readers that ignore the
// field see the stored name. The central directory is therefore walked here, over bytes libzip has
// already opened, only to compare each stored name with the name its field gives: any difference
// is refused, since two readers would see two different documents. Returns the first entry (as
// libzip names it) whose field disagrees, or a corrupt-archive error when the directory cannot be
// walked.
constexpr uint16_t kUnicodePathField = 0x7075;

uint64_t LittleEndian(std::string_view bytes, size_t at, int width) {
  uint64_t value = 0;
  for (int i = width - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

struct CentralDirectory {
  uint64_t offset = 0;
  uint64_t entries = 0;
};

// Where the central directory starts and how many entries it holds, from the end record (and the
// zip64 end record when the plain one says so).
std::optional<CentralDirectory> FindCentralDirectory(std::string_view bytes) {
  if (bytes.size() < 22) return std::nullopt;
  const size_t lowest = bytes.size() > 22 + 65535 ? bytes.size() - 22 - 65535 : 0;
  for (size_t at = bytes.size() - 22 + 1; at-- > lowest;) {
    if (bytes.substr(at, 4) != std::string_view("PK\x05\x06", 4)) continue;
    CentralDirectory found{LittleEndian(bytes, at + 16, 4), LittleEndian(bytes, at + 10, 2)};
    if (found.offset != 0xFFFFFFFF && found.entries != 0xFFFF) return found;
    if (at < 20 || bytes.substr(at - 20, 4) != std::string_view("PK\x06\x07", 4)) return std::nullopt;
    const uint64_t record = LittleEndian(bytes, at - 20 + 8, 8);
    if (bytes.size() < 56 || record > bytes.size() - 56 || bytes.substr(record, 4) != std::string_view("PK\x06\x06", 4)) return std::nullopt;
    return CentralDirectory{LittleEndian(bytes, record + 48, 8), LittleEndian(bytes, record + 32, 8)};
  }
  return std::nullopt;
}

Status CheckUnicodePaths(std::string_view bytes) {
  const Status unreadable = Status::Error("zip.corrupt", "The zip archive is damaged: its central directory cannot be read.");
  const std::optional<CentralDirectory> directory = FindCentralDirectory(bytes);
  if (!directory) return unreadable;
  uint64_t at = directory->offset;
  for (uint64_t entry = 0; entry < directory->entries; ++entry) {
    if (at > bytes.size() || bytes.size() - at < 46 || bytes.substr(at, 4) != std::string_view("PK\x01\x02", 4))
      return unreadable;
    const uint64_t name_length = LittleEndian(bytes, at + 28, 2), extra_length = LittleEndian(bytes, at + 30, 2),
                   comment_length = LittleEndian(bytes, at + 32, 2);
    if (bytes.size() - at - 46 < name_length + extra_length + comment_length) return unreadable;
    const std::string_view stored = bytes.substr(at + 46, name_length);
    std::string_view extra = bytes.substr(at + 46 + name_length, extra_length);
    while (extra.size() >= 4) {
      const uint64_t id = LittleEndian(extra, 0, 2), size = LittleEndian(extra, 2, 2);
      if (size > extra.size() - 4) return unreadable;
      const std::string_view field = extra.substr(4, size);
      if (id == kUnicodePathField && (field.size() < 5 || field[0] != 1 || field.substr(5) != stored)) {
        const std::string_view shown = field.size() >= 5 ? field.substr(5) : stored;
        return Status::Error("zip.unicode_path",
                             "The entry " + Quoted(stored) + " has a Unicode Path field (0x7075) naming it " +
                                 Quoted(shown) + ", so two programs could read two different documents from this file.");
      }
      extra.remove_prefix(4 + size);
    }
    at += 46 + name_length + extra_length + comment_length;
  }
  return Status();
}

Result<ZipPtr> OpenFromMemory(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  ZipSourcePtr source(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
  if (!source) {
    zip_error_fini(&error);
    return OpenError(bytes, ZIP_ER_MEMORY);
  }
  ZipPtr zip(zip_open_from_source(source.get(), ZIP_RDONLY, &error));
  int code = zip_error_code_zip(&error);
  zip_error_fini(&error);
  if (!zip) return OpenError(bytes, code);
  source.release();  // the archive owns it now
  return zip;
}

}  // namespace

ArchiveEntry* Archive::Find(std::string_view name) {
  for (ArchiveEntry& entry : entries) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

const ArchiveEntry* Archive::Find(std::string_view name) const {
  return const_cast<Archive*>(this)->Find(name);
}

Result<Archive> ReadArchive(std::string_view bytes, const ArchiveLimits& limits) {
  if (StartsWith(bytes, kOleMagic)) {
    return Status::Error("zip.ole",
                         "The file is a password-protected or legacy Word file, not a .docx "
                         "package; password-protected documents are not supported yet, so "
                         "remove the password in Word and save as .docx.");
  }
  if (bytes.empty()) return OpenError(bytes, ZIP_ER_NOZIP);
  Result<ZipPtr> opened = OpenFromMemory(bytes);
  if (!opened.ok()) return opened.status();
  zip_t* zip = opened->get();
  if (Status checked = CheckUnicodePaths(bytes); !checked.ok()) return checked;

  zip_int64_t count = zip_get_num_entries(zip, 0);
  if (count < 0) return OpenError(bytes, ZIP_ER_INTERNAL);
  if (static_cast<uint64_t>(count) > limits.max_entries) {
    return Status::Error("zip.too_many", "The zip archive has " + std::to_string(count) +
                                             " entries, more than the limit of " +
                                             std::to_string(limits.max_entries) + ".");
  }

  Archive archive;
  std::set<std::string> folded_names;
  uint64_t total = 0;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip, i, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
      return OpenError(bytes, zip_error_code_zip(zip_get_error(zip)));
    }
    std::string name = stat.name;
    if (Status checked = CheckEntry(stat, name); !checked.ok()) return checked;
    if (name.back() == '/') continue;  // a folder: OPC has no use for them
    if (!folded_names.insert(AsciiLower(name)).second) {
      return Status::Error("zip.duplicate", "The zip archive holds the entry " + Quoted(name) +
                                                " twice (names are compared ignoring case).");
    }

    // Headers may lie about sizes, but a claimed compressed size larger than the file cannot be
    // read, so the file size bounds it.
    uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : bytes.size();
    compressed = std::min<uint64_t>(compressed, bytes.size());
    ArchiveEntry entry;
    entry.name = name;
    entry.stored = (stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method == ZIP_CM_STORE;
    const uint64_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
    Status inflated = InflateEntry(zip, i, name, compressed, declared, limits, total, entry.data);
    if (!inflated.ok()) return inflated;
    total += entry.data.size();
    archive.entries.push_back(std::move(entry));
  }
  return archive;
}

}  // namespace dhr
