#include "pipeline/publish/image_metadata.h"

#include <exiv2/exiv2.hpp>

#include <array>
#include <mutex>

#include "docx/png_chunks.h"

namespace dhr::publish {
namespace {

// Drops a PNG's text and time chunks, whole (their CRCs go with them); the rest is copied as is.
// nullopt when there is none, or the file is not a well-formed chunk sequence.
std::optional<std::string> WithoutPngTextChunks(std::string_view png) {
  const std::optional<PngChunks> read = ReadPngChunks(png);
  if (!read || !read->complete) return std::nullopt;
  static constexpr std::array<std::string_view, 5> kDropped = {"tEXt", "zTXt", "iTXt", "tIME", "eXIf"};
  std::string out(kPngSignature);
  bool dropped = false;
  for (const PngChunk& chunk : read->chunks) {
    if (std::find(kDropped.begin(), kDropped.end(), chunk.type) != kDropped.end())
      dropped = true;
    else
      out.append(png.substr(chunk.begin, chunk.end - chunk.begin));
  }
  if (!dropped) return std::nullopt;
  out.append(png.substr(read->end));
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
