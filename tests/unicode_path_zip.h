// Packages whose zip entries carry an Info-ZIP Unicode Path extra field (0x7075), for the tests
// of the zip reader's refusal. libzip will not write that field itself, so the entry gets a
// placeholder field (0x7076) and the id is patched in the bytes afterwards.
#pragma once

#include <zip.h>
#include <zlib.h>

#include <string>

#include "docx/archive.h"

namespace dhr::testing {

// `archive` zipped, its entry `stored_name` carrying a Unicode Path field that names it
// `unicode_name`, with the CRC-32 of the stored name (so libzip reads the entry as `unicode_name`
// while readers that ignore the field read `stored_name`). Empty on failure.
inline std::string WithUnicodePath(const Archive& archive, const std::string& stored_name,
                                   const std::string& unicode_name) {
  zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, nullptr);
  zip_source_keep(source);
  zip_t* zip = zip_open_from_source(source, ZIP_TRUNCATE, nullptr);
  const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(stored_name.data()), static_cast<uInt>(stored_name.size()));
  std::string field(1, '\x01');
  for (int i = 0; i < 4; ++i) field += static_cast<char>((crc >> (8 * i)) & 0xFF);
  field += unicode_name;
  for (const ArchiveEntry& entry : archive.entries) {
    zip_source_t* data = zip_source_buffer(zip, entry.data.data(), entry.data.size(), 0);
    const zip_int64_t index = zip_file_add(zip, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (entry.name == stored_name)
      zip_file_extra_field_set(zip, index, 0x7076, ZIP_EXTRA_FIELD_NEW, reinterpret_cast<const zip_uint8_t*>(field.data()),
                               static_cast<zip_uint16_t>(field.size()), ZIP_FL_LOCAL | ZIP_FL_CENTRAL);
  }
  std::string bytes;
  zip_stat_t stat;
  if (zip_close(zip) == 0 && zip_source_stat(source, &stat) == 0 && zip_source_open(source) == 0) {
    bytes.resize(stat.size);
    if (zip_source_read(source, bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size())) bytes.clear();
    zip_source_close(source);
  }
  zip_source_free(source);
  // The placeholder's header: its id, then its length, then the field's version byte.
  std::string placeholder("\x76\x70", 2), real("\x75\x70", 2);
  const std::string length{static_cast<char>(field.size() & 0xFF), static_cast<char>(field.size() >> 8), '\x01'};
  for (size_t at = bytes.find(placeholder + length); at != std::string::npos; at = bytes.find(placeholder + length, at + 1))
    bytes.replace(at, 2, real);
  return bytes;
}

}  // namespace dhr::testing
