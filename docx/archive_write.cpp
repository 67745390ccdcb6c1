// Writing the zip container with libzip, entirely in memory (reading: archive.cpp).
#include <zip.h>

#include <ctime>
#include <string>

#include "docx/archive.h"
#include "docx/zip_handles.h"

namespace dhr {

using namespace zip_handles;  // NOLINT: the handles of this file's own library

namespace {

std::string Quoted(std::string_view name) {
  std::string quoted = "\"";
  quoted += name;
  quoted += '"';
  return quoted;
}

// 1980-01-01 00:00 in local time, which libzip turns back into the earliest DOS timestamp, so the
// same entries always give the same bytes.
time_t FixedModificationTime() {
  std::tm earliest{};
  earliest.tm_year = 80;
  earliest.tm_mon = 0;
  earliest.tm_mday = 1;
  earliest.tm_isdst = -1;
  return std::mktime(&earliest);
}

Status WriteError(std::string_view what, zip_error_t* error) {
  return Status::Error("zip.write", "The zip archive could not be written: " + std::string(what) +
                                        ": " + zip_error_strerror(error) + ".");
}

Status AddEntries(zip_t* zip, const std::vector<ArchiveEntryView>& entries) {
  const time_t mtime = FixedModificationTime();
  for (const ArchiveEntryView& entry : entries) {
    const std::string name(entry.name);
    // The entry's bytes outlive the archive handle, so libzip may borrow them.
    zip_source_t* source = zip_source_buffer(zip, entry.data.data(), entry.data.size(), 0);
    if (!source) return WriteError(entry.name, zip_get_error(zip));
    zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      if (zip_error_code_zip(zip_get_error(zip)) == ZIP_ER_EXISTS) {
        return Status::Error("zip.duplicate",
                             "The entry " + Quoted(entry.name) + " was given twice to be written.");
      }
      return WriteError(entry.name, zip_get_error(zip));
    }
    zip_int32_t method = entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    // Level 6, zlib's default: libzip's own default is 9, several times slower for a few percent.
    if (zip_set_file_compression(zip, index, method, entry.stored ? 0 : 6) != 0 ||
        zip_file_set_mtime(zip, index, mtime, 0) != 0) {
      return WriteError(entry.name, zip_get_error(zip));
    }
  }
  return Status();
}

// Reads back the whole content of a buffer source libzip has finished writing.
Result<std::string> SourceBytes(zip_source_t* source) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_open(source) != 0) return WriteError("reopening", zip_source_error(source));
  std::string bytes;
  if (zip_source_stat(source, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
    bytes.reserve(stat.size);
  }
  char chunk[kReadChunk];
  zip_int64_t got;
  while ((got = zip_source_read(source, chunk, sizeof chunk)) > 0) {
    bytes.append(chunk, static_cast<size_t>(got));
  }
  Status status = got < 0 ? WriteError("reading back", zip_source_error(source)) : Status();
  zip_source_close(source);
  if (!status.ok()) return status;
  return bytes;
}

}  // namespace

Result<std::string> WriteArchive(const Archive& archive) {
  std::vector<ArchiveEntryView> entries;
  entries.reserve(archive.entries.size());
  for (const ArchiveEntry& entry : archive.entries) entries.push_back({entry.name, entry.data, entry.stored});
  return WriteArchive(entries);
}

Result<std::string> WriteArchive(const std::vector<ArchiveEntryView>& entries) {
  if (entries.empty()) return std::string(kEmptyZip);
  zip_error_t error;
  zip_error_init(&error);
  ZipSourcePtr source(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!source) {
    Status status = WriteError("creating the buffer", &error);
    zip_error_fini(&error);
    return status;
  }
  zip_source_keep(source.get());  // still needed after zip_close to read the bytes back
  ZipPtr zip(zip_open_from_source(source.get(), ZIP_TRUNCATE, &error));
  if (!zip) {
    Status status = WriteError("opening", &error);
    zip_error_fini(&error);
    return status;
  }
  zip_error_fini(&error);
  if (Status added = AddEntries(zip.get(), entries); !added.ok()) return added;
  if (zip_close(zip.get()) != 0) return WriteError("finishing", zip_get_error(zip.get()));
  zip.release();  // zip_close freed it
  return SourceBytes(source.get());
}

}  // namespace dhr
