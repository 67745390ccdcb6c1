#include "pipeline/fill/docx_writer.h"

#include <zip.h>

#include <cstring>
#include <ctime>
#include <deque>
#include <memory>

namespace dhr {
namespace {

constexpr int kDeflateLevel = 1;       // see the header; libzip's default (0) would mean 9, slower still
constexpr size_t kChunk = 256 * 1024;  // rendered bytes asked for at a time

// 1980-01-01, the earliest date a zip entry can hold, as docx/archive.cpp writes it.
time_t FixedModificationTime() {
  std::tm earliest{};
  earliest.tm_year = 80;
  earliest.tm_mday = 1;
  earliest.tm_isdst = -1;
  return std::mktime(&earliest);
}

struct Stream {
  PartRenderer* renderer;
  std::string_view pending;
  zip_error_t error;
};

zip_int64_t ReadRendered(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto* stream = static_cast<Stream*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_READ: {
      zip_uint64_t copied = 0;
      while (copied < length) {
        if (stream->pending.empty()) {
          stream->pending = stream->renderer->Next(kChunk);
          if (stream->pending.empty()) break;
        }
        const size_t n = std::min<size_t>(length - copied, stream->pending.size());
        std::memcpy(static_cast<char*>(data) + copied, stream->pending.data(), n);
        stream->pending.remove_prefix(n);
        copied += n;
      }
      return static_cast<zip_int64_t>(copied);
    }
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&stream->error, data, length);
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      zip_error_set(&stream->error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

Status WriteError(const std::string& what, zip_error_t* error) {
  return Status::Error("zip.write", "the filled document could not be written: " + what + ": " +
                                        zip_error_strerror(error));
}

Result<std::string> ReadBack(zip_source_t* source) {
  if (zip_source_open(source) != 0) return WriteError("reading back", zip_source_error(source));
  std::string bytes;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(source, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) bytes.resize(stat.size);
  zip_int64_t got = bytes.empty() ? 0 : zip_source_read(source, bytes.data(), bytes.size());
  zip_source_close(source);
  if (got < 0 || static_cast<size_t>(got) != bytes.size()) return WriteError("reading back", zip_source_error(source));
  return bytes;
}

}  // namespace

Result<std::string> WriteFilledDocx(const Package& package, const std::map<std::string, std::string>& rendered,
                                    const std::map<std::string, PartRenderer*>& streamed) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> output(zip_source_buffer_create(nullptr, 0, 0, &error),
                                                                    zip_source_free);
  if (!output) return WriteError("creating the buffer", &error);
  zip_source_keep(output.get());
  zip_t* zip = zip_open_from_source(output.get(), ZIP_TRUNCATE, &error);
  if (!zip) return WriteError("opening", &error);

  std::deque<std::string> copies;  // bytes libzip borrows until zip_close
  std::deque<Stream> streams;
  std::vector<std::string> names{"[Content_Types].xml"};
  for (const PartInfo& part : package.parts()) names.push_back(part.name);
  const time_t mtime = FixedModificationTime();
  for (const std::string& name : names) {
    zip_source_t* source = nullptr;
    if (auto s = streamed.find(name); s != streamed.end()) {
      streams.push_back(Stream{s->second, {}, {}});
      zip_error_init(&streams.back().error);
      source = zip_source_function(zip, ReadRendered, &streams.back());
    } else {
      auto r = rendered.find(name);
      const std::string* bytes = r != rendered.end() ? &r->second : &copies.emplace_back(package.Bytes(name));
      source = zip_source_buffer(zip, bytes->data(), bytes->size(), 0);
    }
    const zip_int64_t index = source ? zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      Status status = WriteError(name, zip_get_error(zip));
      zip_discard(zip);
      return status;
    }
    if (zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, kDeflateLevel) != 0 ||
        zip_file_set_mtime(zip, static_cast<zip_uint64_t>(index), mtime, 0) != 0) {
      Status status = WriteError(name, zip_get_error(zip));
      zip_discard(zip);
      return status;
    }
  }
  if (zip_close(zip) != 0) {
    Status status = WriteError("finishing", zip_get_error(zip));
    zip_discard(zip);
    return status;
  }
  for (Stream& s : streams) zip_error_fini(&s.error);
  return ReadBack(output.get());
}

}  // namespace dhr
