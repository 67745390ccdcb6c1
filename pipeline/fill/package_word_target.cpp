#include "pipeline/fill/package_word_target.h"

#include <yaml-cpp/binary.h>

#include <algorithm>
#include <cstdlib>

#include "docx/xml_output.h"
#include "docx/wordml.h"

namespace dhr {

std::string PackageWordTarget::HyperlinkId(const std::string& url) {
  if (auto it = links_.find(url); it != links_.end()) return it->second;
  const std::string id = package_.AddRelationship(
      part_, wordml::RelationshipType("hyperlink"), url, /*external=*/true);
  links_[url] = id;
  return id;
}

std::optional<std::pair<int, int>> PackageWordTarget::RestartedNumbering(const std::string& style_id, int start) {
  const std::optional<std::pair<int, int>> numbering = styles_.NumberingOf(style_id);
  if (!numbering) return std::nullopt;
  const std::optional<int> restarted = numbering_.Restarted(numbering->first, numbering->second, start);
  if (!restarted) return std::nullopt;
  return std::make_pair(*restarted, numbering->second);
}

std::optional<int> PackageWordTarget::AddFootnote(const std::string& paragraphs) {
  if (!footnotes_) return std::nullopt;
  return footnotes_->Add(paragraphs);
}

namespace {


// The width and height a PNG's header gives; {0, 0} when the bytes are not a PNG.
std::pair<long, long> PngSize(std::string_view png) {
  if (png.size() < 24 || png.substr(0, 8) != "\x89PNG\r\n\x1a\n" || png.substr(12, 4) != "IHDR") return {0, 0};
  auto be32 = [&](size_t at) {
    long v = 0;
    for (size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(png[at + k]);
    return v;
  };
  return {be32(16), be32(20)};
}

// The largest number in `docPr id="N"` in the text (drawing ids must be unique in a document).
int MaxDrawingId(const std::string& xml) {
  int max = 0;
  for (size_t at = xml.find("docPr "); at != std::string::npos; at = xml.find("docPr ", at + 1)) {
    const size_t id = xml.find(" id=\"", at);
    const size_t close = xml.find('>', at);
    if (id == std::string::npos || id > close) continue;
    max = std::max(max, std::atoi(xml.c_str() + id + 5));
  }
  return max;
}

}  // namespace

int PackageImageWriter::NextDrawingId() {
  if (next_drawing_id_ == 0) {
    int max = 0;
    for (const PartInfo& info : package_.parts())
      if (info.is_xml) max = std::max(max, MaxDrawingId(package_.Bytes(info.name)));
    next_drawing_id_ = max + 1;
  }
  return next_drawing_id_++;
}

Result<std::string> PackageImageWriter::Paragraph(const nlohmann::json& image, const std::string& paragraph_style) {
  std::string png;
  if (const auto binary = image.find("png"); binary != image.end() && binary->is_binary()) {
    const auto& bytes = binary->get_binary();
    png.assign(bytes.begin(), bytes.end());
  } else if (const auto text = image.find("png_base64"); text != image.end() && text->is_string()) {
    const std::vector<unsigned char> bytes = YAML::DecodeBase64(text->get<std::string>());
    png.assign(bytes.begin(), bytes.end());
  } else {
    return Status::Error("fill.bad_image", "the picture has no \"png_base64\" text (a PNG in base64)");
  }
  const auto [pixels_wide, pixels_high] = PngSize(png);
  if (pixels_wide <= 0 || pixels_high <= 0) return Status::Error("fill.bad_image", "the picture is not a PNG");
  double width_mm = 160;
  if (const auto w = image.find("width_mm"); w != image.end()) {
    if (!w->is_number() || w->get<double>() < 5 || w->get<double>() > 500)
      return Status::Error("fill.bad_image", "\"width_mm\" must be a number of millimetres from 5 to 500");
    width_mm = w->get<double>();
  }
  const std::string description = image.value("description", std::string());

  const int drawing = NextDrawingId();
  const std::string media = "word/media/dhr-image" + std::to_string(drawing) + ".png";
  if (Status s = package_.PutPart(media, std::move(png), "image/png"); !s.ok()) return s;
  const std::string rel = package_.AddRelationship(part_, wordml::RelationshipType("image"), media);
  const long cx = static_cast<long>(width_mm * 36000);  // EMU per millimetre
  const long cy = static_cast<long>(static_cast<double>(cx) * pixels_high / pixels_wide);
  const std::string extent = "cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"";
  const std::string id = std::to_string(drawing);

  std::string p = "<w:p><w:pPr>";
  if (!paragraph_style.empty()) {
    p += "<w:pStyle w:val=\"";
    AppendEscapedAttribute(p, paragraph_style);
    p += "\"/>";
  }
  p += "<w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
       "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" "
       "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
       "<wp:extent " + extent + "/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
       "<wp:docPr id=\"" + id + "\" name=\"Picture " + id + "\" descr=\"";
  AppendEscapedAttribute(p, description);
  p += "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\" "
       "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/></wp:cNvGraphicFramePr>"
       "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
       "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
       "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
       "<pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"dhr-image" + id + ".png\" descr=\"";
  AppendEscapedAttribute(p, description);
  p += "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + rel +
       "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
       "<a:ext " + extent + "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
       "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
  return p;
}

}  // namespace dhr
