#include "pipeline/publish/image_metadata.h"

#include <exiv2/exiv2.hpp>

#include <array>
#include <mutex>

namespace dhr::publish {
namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

uint32_t BigEndian32(std::string_view bytes, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

// Drops a PNG's text and time chunks, whole (their CRCs go with them); the rest is copied as is.
// nullopt when there is none, or the file is not a well-formed chunk sequence.
std::optional<std::string> WithoutPngTextChunks(std::string_view png) {
  if (png.substr(0, kPngSignature.size()) != kPngSignature) return std::nullopt;
  static constexpr std::array<std::string_view, 5> kDropped = {"tEXt", "zTXt", "iTXt", "tIME", "eXIf"};
  std::string out(kPngSignature);
  bool dropped = false;
  size_t at = kPngSignature.size();
  while (at + 12 <= png.size()) {
    const uint64_t length = BigEndian32(png, at);
    if (at + 12 + length > png.size()) return std::nullopt;
    const std::string_view type = png.substr(at + 4, 4);
    const size_t chunk_size = static_cast<size_t>(12 + length);
    if (std::find(kDropped.begin(), kDropped.end(), type) != kDropped.end()) {
      dropped = true;
    } else {
      out.append(png.substr(at, chunk_size));
    }
    at += chunk_size;
    if (type == "IEND") break;
  }
  if (!dropped) return std::nullopt;
  out.append(png.substr(at));
  return out;
}

void MuteExiv2() {
  static std::once_flag once;
  std::call_once(once, [] { Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); });
}

}  // namespace

std::optional<std::string> WithoutImageMetadata(std::string_view bytes) {
  MuteExiv2();
  std::string current(bytes);
  bool changed = false;
  try {
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(current.data()),
                                           static_cast<long>(current.size()));
    if (image.get() != nullptr) {
      image->readMetadata();
      const bool has_metadata = !image->exifData().empty() || !image->iptcData().empty() ||
                                !image->xmpData().empty() || !image->xmpPacket().empty() ||
                                !image->comment().empty();
      if (has_metadata) {
        image->clearMetadata();
        image->writeMetadata();
        Exiv2::BasicIo& io = image->io();
        io.seek(0, Exiv2::BasicIo::beg);
        Exiv2::DataBuf buffer = io.read(static_cast<long>(io.size()));
        current.assign(reinterpret_cast<const char*>(buffer.pData_), static_cast<size_t>(buffer.size_));
        changed = true;
      }
    }
  } catch (const std::exception&) {
    // Not a picture exiv2 can read or write: leave it; the leak scan reads what is in it.
    return std::nullopt;
  }
  if (auto png = WithoutPngTextChunks(current)) {
    current = std::move(*png);
    changed = true;
  }
  if (!changed) return std::nullopt;
  return current;
}

void RemoveImageMetadata(Package& package, CleanReport& report) {
  std::vector<std::string> pictures;
  for (const PartInfo& part : package.parts())
    if (part.content_type.rfind("image/", 0) == 0) pictures.push_back(part.name);
  for (const std::string& name : pictures) {
    auto clean = WithoutImageMetadata(package.Bytes(name));
    if (!clean) continue;
    if (package.PutPart(name, std::move(*clean)).ok()) report.Add(clean_category::kImageMetadata, 1);
  }
}

}  // namespace dhr::publish
