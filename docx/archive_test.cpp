// Round trips through WriteArchive/ReadArchive, and one test per kind of hostile container.
// Hostile zips are built with libzip directly (WriteArchive would refuse some of them) and, where
// libzip cannot make them, by patching header fields of a valid archive.
#include "docx/archive.h"

#include <doctest/doctest.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "tests/unicode_path_zip.h"

namespace dhr {
namespace {

// Builds zip bytes in memory with libzip, bypassing WriteArchive.
class ZipBuilder {
 public:
  ZipBuilder() {
    source_ = zip_source_buffer_create(nullptr, 0, 0, nullptr);
    zip_source_keep(source_);
    zip_ = zip_open_from_source(source_, ZIP_TRUNCATE, nullptr);
  }
  ZipBuilder(const ZipBuilder&) = delete;
  ZipBuilder& operator=(const ZipBuilder&) = delete;
  ~ZipBuilder() {
    if (zip_) zip_discard(zip_);
    zip_source_free(source_);
  }

  // `data` must outlive Finish().
  zip_uint64_t Add(const std::string& name, const std::string& data,
                   zip_int32_t method = ZIP_CM_DEFLATE) {
    return AddSource(name, zip_source_buffer(zip_, data.data(), data.size(), 0), method);
  }
  zip_uint64_t AddSource(const std::string& name, zip_source_t* source,
                         zip_int32_t method = ZIP_CM_DEFLATE) {
    zip_int64_t index = zip_file_add(zip_, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    zip_set_file_compression(zip_, index, method, 0);
    return static_cast<zip_uint64_t>(index);
  }
  zip_t* zip() { return zip_; }

  std::string Finish() {
    REQUIRE(zip_close(zip_) == 0);
    zip_ = nullptr;
    zip_stat_t stat;
    REQUIRE(zip_source_stat(source_, &stat) == 0);
    std::string bytes(stat.size, '\0');
    REQUIRE(zip_source_open(source_) == 0);
    REQUIRE(zip_source_read(source_, bytes.data(), bytes.size()) ==
            static_cast<zip_int64_t>(bytes.size()));
    zip_source_close(source_);
    return bytes;
  }

 private:
  zip_source_t* source_ = nullptr;
  zip_t* zip_ = nullptr;
};

std::string ZipOf(const std::vector<std::pair<std::string, std::string>>& entries) {
  ZipBuilder builder;
  for (const auto& [name, data] : entries) builder.Add(name, data);
  return builder.Finish();
}

// A source of `size` zero bytes made on demand, so a huge entry never sits in memory.
struct ZeroStream {
  uint64_t size = 0;
  uint64_t offset = 0;
  zip_error_t error{};
};

zip_int64_t ZeroCallback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t command) {
  auto* zeros = static_cast<ZeroStream*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      zeros->offset = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      uint64_t n = std::min<uint64_t>(len, zeros->size - zeros->offset);
      std::memset(data, 0, n);
      zeros->offset += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->valid = ZIP_STAT_SIZE;
      stat->size = zeros->size;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&zeros->error, data, len);
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                            -1);
    default:
      return 0;
  }
}

// Offsets of every local header ("PK\3\4") or central directory header ("PK\1\2").
std::vector<size_t> Headers(const std::string& bytes, std::string_view magic) {
  std::vector<size_t> found;
  for (size_t at = bytes.find(magic); at != std::string::npos; at = bytes.find(magic, at + 1)) {
    found.push_back(at);
  }
  return found;
}
constexpr std::string_view kLocal("PK\x03\x04", 4);
constexpr std::string_view kCentral("PK\x01\x02", 4);

void PutLittleEndian(std::string& bytes, size_t at, uint32_t value, int width) {
  for (int i = 0; i < width; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Sets a field in every local header and every central header; offsets are those of the field
// in each kind of header (the central one has "version made by" in front).
void PatchAllHeaders(std::string& bytes, size_t local_offset, uint32_t value, int width) {
  for (size_t at : Headers(bytes, kLocal)) PutLittleEndian(bytes, at + local_offset, value, width);
  for (size_t at : Headers(bytes, kCentral)) {
    PutLittleEndian(bytes, at + local_offset + 2, value, width);
  }
}
constexpr size_t kFlagsField = 6, kMethodField = 8, kTimeField = 10, kDateField = 12,
                 kCrcField = 14, kUncompressedSizeField = 22;

void ReplaceAll(std::string& bytes, const std::string& from, const std::string& to) {
  REQUIRE(from.size() == to.size());
  for (size_t at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1)) {
    bytes.replace(at, from.size(), to);
  }
}

Status ReadError(const std::string& bytes, const ArchiveLimits& limits = {}) {
  Result<Archive> archive = ReadArchive(bytes, limits);
  REQUIRE_FALSE(archive.ok());
  return archive.status();
}

bool Mentions(const Status& status, std::string_view text) {
  return status.message().find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("WriteArchive and ReadArchive round-trip names, bytes, order and storage") {
  constexpr char kPng[] = "\x89PNG\r\n\x1a\n\0\0binary";
  Archive original;
  original.entries = {
      {"[Content_Types].xml", "<Types/>", false},
      {"word/document.xml", std::string(5000, 'x') + "<w:document/>", false},
      {"word/media/image1.png", std::string(kPng, sizeof kPng - 1), true},
      {"word/empty.xml", "", false},
      {"word/média/ünïcode.xml", "<x/>", false},
  };
  Result<std::string> bytes = WriteArchive(original);
  REQUIRE(bytes.ok());
  Result<Archive> read = ReadArchive(*bytes);
  REQUIRE(read.ok());
  REQUIRE(read->entries.size() == original.entries.size());
  for (size_t i = 0; i < original.entries.size(); ++i) {
    CHECK(read->entries[i].name == original.entries[i].name);
    CHECK(read->entries[i].data == original.entries[i].data);
    CHECK(read->entries[i].stored == original.entries[i].stored);
  }
  REQUIRE(read->Find("word/document.xml") != nullptr);
  CHECK(read->Find("WORD/document.xml") == nullptr);
}

TEST_CASE("WriteArchive is reproducible: every entry is dated 1980-01-01 00:00") {
  Archive archive;
  archive.entries = {{"a.xml", "<a/>", false}, {"b.bin", "bb", true}};
  Result<std::string> first = WriteArchive(archive);
  Result<std::string> second = WriteArchive(archive);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(*first == *second);
  for (size_t at : Headers(*first, kLocal)) {
    CHECK(first->substr(at + kTimeField, 2) == std::string("\0\0", 2));
    CHECK(first->substr(at + kDateField, 2) == std::string("\x21\0", 2));  // day 1, month 1
  }
}

TEST_CASE("an empty archive round-trips") {
  Result<std::string> bytes = WriteArchive(Archive{});
  REQUIRE(bytes.ok());
  Result<Archive> read = ReadArchive(*bytes);
  REQUIRE(read.ok());
  CHECK(read->entries.empty());
}

TEST_CASE("WriteArchive refuses the same name twice") {
  Archive archive;
  archive.entries = {{"a.xml", "1", false}, {"a.xml", "2", false}};
  Result<std::string> bytes = WriteArchive(archive);
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.status().id() == "zip.duplicate");
}

TEST_CASE("ReadArchive skips folder entries") {
  std::string data = "<x/>";
  ZipBuilder builder;
  REQUIRE(zip_dir_add(builder.zip(), "word/", ZIP_FL_ENC_UTF_8) >= 0);
  builder.Add("word/document.xml", data);
  Result<Archive> read = ReadArchive(builder.Finish());
  REQUIRE(read.ok());
  REQUIRE(read->entries.size() == 1);
  CHECK(read->entries[0].name == "word/document.xml");
}

TEST_CASE("bytes that are not a zip are refused as not_zip") {
  CHECK(ReadError("This is a plain text file, not a Word document.").id() == "zip.not_zip");
  CHECK(ReadError("").id() == "zip.not_zip");
}

TEST_CASE("a zip cut in half is refused as truncated") {
  std::string bytes = ZipOf({{"word/document.xml", std::string(4000, 'a')}, {"b.xml", "<b/>"}});
  Status status = ReadError(bytes.substr(0, bytes.size() / 2));
  CHECK(status.id() == "zip.truncated");
}

TEST_CASE("an OLE compound file is refused as a password-protected or legacy Word file") {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(504, '\0');
  Status status = ReadError(ole);
  CHECK(status.id() == "zip.ole");
  CHECK(Mentions(status, "password-protected or legacy Word file"));
  CHECK(Mentions(status, "not supported yet"));
}

TEST_CASE("an encrypted entry is refused") {
  std::string secret = "<w:document>secret</w:document>";
  ZipBuilder builder;
  zip_uint64_t index = builder.Add("word/document.xml", secret);
  const bool libzip_can_encrypt = zip_encryption_method_supported(ZIP_EM_AES_256, 1) ||
                                  zip_encryption_method_supported(ZIP_EM_TRAD_PKWARE, 1);
  if (libzip_can_encrypt) {
    zip_uint16_t method = zip_encryption_method_supported(ZIP_EM_AES_256, 1) ? ZIP_EM_AES_256
                                                                             : ZIP_EM_TRAD_PKWARE;
    REQUIRE(zip_file_set_encryption(builder.zip(), index, method, "password") == 0);
  }
  std::string bytes = builder.Finish();
  if (!libzip_can_encrypt) PatchAllHeaders(bytes, kFlagsField, 1, 2);  // "encrypted" flag bit
  Status status = ReadError(bytes);
  CHECK(status.id() == "zip.encrypted");
  CHECK(Mentions(status, "word/document.xml"));
}

TEST_CASE("200 MB of zeros is refused as a bomb by its compression ratio") {
  ZeroStream zeros;
  zeros.size = 200ull << 20;
  ZipBuilder builder;
  zip_source_t* source = zip_source_function(builder.zip(), ZeroCallback, &zeros);
  REQUIRE(source != nullptr);
  builder.AddSource("word/document.xml", source);
  std::string bytes = builder.Finish();
  CHECK(bytes.size() < (1u << 20));
  Status status = ReadError(bytes);
  CHECK(status.id() == "zip.bomb");
  CHECK(Mentions(status, "word/document.xml"));
  CHECK(Mentions(status, "times"));
}

TEST_CASE("an entry over the per-entry limit is a bomb, even when its header claims less") {
  std::string big(2000, 'q');
  ArchiveLimits limits;
  limits.max_entry_bytes = 1000;
  std::string bytes = ZipOf({{"word/document.xml", big}});
  CHECK(ReadError(bytes, limits).id() == "zip.bomb");

  PatchAllHeaders(bytes, kUncompressedSizeField, 10, 4);  // the header now claims 10 bytes
  Status status = ReadError(bytes, limits);
  CHECK(status.id() == "zip.bomb");
  CHECK(Mentions(status, "larger than 1000 bytes"));

  limits.max_entry_bytes = 2000;  // exactly at the limit is allowed
  CHECK(ReadArchive(ZipOf({{"word/document.xml", big}}), limits).ok());
}

TEST_CASE("entries together over the total limit are a bomb") {
  std::string part(600, 'p');
  ArchiveLimits limits;
  limits.max_total_bytes = 1000;
  Status status = ReadError(ZipOf({{"a.xml", part}, {"b.xml", part}}), limits);
  CHECK(status.id() == "zip.bomb");
  CHECK(Mentions(status, "\"b.xml\""));
  CHECK(Mentions(status, "past 1000 bytes"));
}

TEST_CASE("absolute names and names climbing with .. are refused") {
  for (std::string name : {"../evil.xml", "word/../../evil.xml", "word/..", "/etc/passwd",
                           "\\evil.xml", "C:\\evil.xml", "c:evil.xml", "word\\..\\..\\evil.xml"}) {
    CAPTURE(name);
    Status status = ReadError(ZipOf({{"[Content_Types].xml", "<Types/>"}, {name, "x"}}));
    CHECK(status.id() == "zip.path");
    CHECK(Mentions(status, name));
  }
  CHECK(ReadArchive(ZipOf({{"word/..x/a..b.xml", "x"}})).ok());  // dots inside names are fine
}

TEST_CASE("two entries whose names differ only in case are refused") {
  Status status = ReadError(ZipOf({{"word/document.xml", "1"}, {"Word/Document.XML", "2"}}));
  CHECK(status.id() == "zip.duplicate");
  CHECK(Mentions(status, "Word/Document.XML"));
}

TEST_CASE("two entries with exactly the same name are refused") {
  std::string bytes = ZipOf({{"word/a.xml", "1"}, {"word/b.xml", "2"}});
  ReplaceAll(bytes, "word/b.xml", "word/a.xml");  // libzip will not write a duplicate itself
  Status status = ReadError(bytes);
  CHECK(status.id() == "zip.duplicate");
  CHECK(Mentions(status, "word/a.xml"));
}

TEST_CASE("more entries than max_entries are refused") {
  ArchiveLimits limits;
  limits.max_entries = 3;
  std::string bytes = ZipOf({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}});
  CHECK(ReadError(bytes, limits).id() == "zip.too_many");
  limits.max_entries = 4;
  CHECK(ReadArchive(bytes, limits).ok());
}

TEST_CASE("a compression method Word does not write is refused") {
  std::string bytes = ZipOf({{"word/document.xml", "<w:document/>"}});
  PatchAllHeaders(bytes, kMethodField, 12, 2);  // bzip2
  Status status = ReadError(bytes);
  CHECK(status.id() == "zip.method");
  CHECK(Mentions(status, "word/document.xml"));
}

TEST_CASE("an entry whose checksum does not match is refused as corrupt") {
  std::string bytes = ZipOf({{"word/document.xml", "<w:document/>"}});
  PatchAllHeaders(bytes, kCrcField, 0x12345678, 4);
  Status status = ReadError(bytes);
  CHECK(status.id() == "zip.corrupt");
  CHECK(Mentions(status, "word/document.xml"));
}

TEST_CASE("an entry whose Unicode Path field names it otherwise than its stored name is refused") {
  Archive archive;
  archive.entries = {{"[Content_Types].xml", "<Types/>", false}, {"word/document.xml", "<w:document/>", false},
                     {"word/other.xml", "<a/>", false}};
  // libzip would read "word/other.xml" as "word/document2.xml"; a reader ignoring the field would not.
  Status status = ReadError(testing::WithUnicodePath(archive, "word/other.xml", "word/document2.xml"));
  CHECK(status.id() == "zip.unicode_path");
  CHECK(Mentions(status, "word/document2.xml"));
  CHECK(Mentions(status, "Unicode Path"));
  // A field that repeats the stored name says nothing new: accepted.
  Result<Archive> agreeing = ReadArchive(testing::WithUnicodePath(archive, "word/other.xml", "word/other.xml"));
  REQUIRE(agreeing.ok());
  CHECK(agreeing->Find("word/other.xml") != nullptr);
}

TEST_CASE("a large, highly compressible but legitimate part is accepted") {
  // A chronology-like table part: 40,000 rows of slightly varying XML, about 40 MB, which deflate
  // shrinks more than a hundred times.
  std::string xml = "<w:document><w:body><w:tbl>";
  for (int row = 0; row < 40000; ++row)
    xml += "<w:tr><w:tc><w:p><w:r><w:t>" + std::to_string(row % 28 + 1) +
           " May 2021</w:t></w:r></w:p></w:tc><w:tc><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r>"
           "<w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t>Police</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>"
           "Officers attended and spoke with Adult X; no further action.</w:t></w:r></w:p></w:tc>"
           "<w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>" +
           std::string(400, ' ');
  xml += "</w:tbl></w:body></w:document>";
  const std::string bytes = ZipOf({{"word/document.xml", xml}});
  CAPTURE(xml.size() / bytes.size());
  CHECK(xml.size() / bytes.size() > 100);
  Result<Archive> archive = ReadArchive(bytes);
  REQUIRE_MESSAGE(archive.ok(), archive.status().Describe());
  CHECK(archive->Find("word/document.xml")->data.size() == xml.size());
}

}  // namespace dhr
