#include "pipeline/chronology/timeline.h"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

namespace dhr {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct SurfaceCloser {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextCloser {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

cairo_status_t AppendPng(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Cuts a label to fit `width` pixels, ending it with an ellipsis.
std::string Fitted(cairo_t* cr, std::string label, double width) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, label.c_str(), &extents);
  if (extents.x_advance <= width) return label;
  while (!label.empty()) {
    label.pop_back();
    while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) label.pop_back();
    if (!label.empty()) label.pop_back();  // the first byte of the cut character, if multibyte
    std::string candidate = label + "\xE2\x80\xA6";
    cairo_text_extents(cr, candidate.c_str(), &extents);
    if (extents.x_advance <= width) return candidate;
  }
  return {};
}

}  // namespace

Result<std::string> RenderTimelinePng(const Chronology& chronology, const TimelineOptions& options) {
  const size_t lanes = std::max<size_t>(1, chronology.agencies.size());
  const double label_width = std::min(options.width * 0.28, 420.0);
  const double left = label_width + 20, right = options.width - 30.0;
  const double top = 20, key_height = 40, axis_height = 50;
  const int height = static_cast<int>(top + lanes * options.lane_height + axis_height + key_height);

  std::unique_ptr<cairo_surface_t, SurfaceCloser> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, options.width, height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    return Status::Error("chronology.timeline", "could not make the timeline picture");
  std::unique_ptr<cairo_t, ContextCloser> context(cairo_create(surface.get()));
  cairo_t* cr = context.get();
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 17);

  // The span: whole years from the first contact's to the last's.
  int first_year = 2000, last_year = 2000;
  if (!chronology.entries.empty()) {
    first_year = chronology.entries.front().from.date.year;
    last_year = chronology.entries.back().from.date.year;
  }
  const long start = DaysFromCivil({first_year, 1, 1});
  const long end = DaysFromCivil({last_year + 1, 1, 1});
  auto x_of = [&](const Date& d) {
    return left + (right - left) * static_cast<double>(DaysFromCivil(d) - start) / static_cast<double>(end - start);
  };

  // Lanes: alternate shading, the label at the left.
  for (size_t i = 0; i < lanes; ++i) {
    const double y = top + i * options.lane_height;
    if (i % 2 == 0) {
      cairo_set_source_rgb(cr, 0.94, 0.95, 0.97);
      cairo_rectangle(cr, 0, y, options.width, options.lane_height);
      cairo_fill(cr);
    }
    std::string label = i < options.lane_labels.size() ? options.lane_labels[i]
                        : i < chronology.agencies.size() ? chronology.agencies[i]
                                                         : std::string();
    label = Fitted(cr, label, label_width - 10);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, 10, y + options.lane_height / 2.0 + 6);
    cairo_show_text(cr, label.c_str());
  }

  // Year ticks and labels.
  const double axis_y = top + lanes * options.lane_height;
  cairo_set_line_width(cr, 1.5);
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_move_to(cr, left, axis_y + 0.5);
  cairo_line_to(cr, right, axis_y + 0.5);
  cairo_stroke(cr);
  for (int year = first_year; year <= last_year + 1; ++year) {
    const double x = std::round(x_of({year, 1, 1})) + 0.5;
    cairo_set_source_rgb(cr, 0.8, 0.8, 0.8);
    cairo_move_to(cr, x, top);
    cairo_line_to(cr, x, axis_y);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    cairo_move_to(cr, x, axis_y);
    cairo_line_to(cr, x, axis_y + 8);
    cairo_stroke(cr);
    if (year <= last_year) {
      const std::string text = std::to_string(year);
      cairo_text_extents_t extents;
      cairo_text_extents(cr, text.c_str(), &extents);
      const double middle = (x + x_of({year + 1, 1, 1})) / 2;
      cairo_move_to(cr, middle - extents.x_advance / 2, axis_y + 30);
      cairo_show_text(cr, text.c_str());
    }
  }

  // One mark per contact: filled when seen in person, open otherwise; a dashed ring when the date
  // is approximate.
  // A long chronology has many contacts of one kind on one day in one lane: each such mark is
  // drawn once, where its last repeat would have been drawn, so what lies on top is unchanged.
  struct Mark {
    double x, y;
    bool seen, approximate;
    auto key() const { return std::make_tuple(x, y, seen, approximate); }
  };
  std::vector<Mark> marks;
  {
    std::set<std::tuple<double, double, bool, bool>> drawn;
    for (auto e = chronology.entries.rbegin(); e != chronology.entries.rend(); ++e) {
      const auto lane = std::find(chronology.agencies.begin(), chronology.agencies.end(), e->agency);
      const Mark mark{x_of(e->from.date),
                      top + (lane - chronology.agencies.begin()) * options.lane_height + options.lane_height / 2.0,
                      e->seen.value_or(false), e->from.approximate};
      if (drawn.insert(mark.key()).second) marks.push_back(mark);
    }
    std::reverse(marks.begin(), marks.end());
  }
  const double radius = std::min(9.0, options.lane_height / 4.0);
  for (const Mark& e : marks) {
    const double x = e.x, y = e.y;
    cairo_new_path(cr);
    cairo_arc(cr, x, y, radius, 0, 2 * kPi);
    if (e.seen) {
      cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);
      cairo_fill(cr);
    } else {
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0.1, 0.2, 0.6);
      cairo_set_line_width(cr, 2.5);
      cairo_stroke(cr);
    }
    if (e.approximate) {
      const double dash[] = {3.0, 3.0};
      cairo_set_dash(cr, dash, 2, 0);
      cairo_set_line_width(cr, 1.5);
      cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
      cairo_arc(cr, x, y, radius + 5, 0, 2 * kPi);
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
    }
  }

  // The key.
  const double key_y = axis_y + axis_height + key_height / 2;
  cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);
  cairo_arc(cr, left, key_y, radius, 0, 2 * kPi);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  cairo_move_to(cr, left + 18, key_y + 6);
  cairo_show_text(cr, "seen in person");
  cairo_new_path(cr);
  cairo_set_source_rgb(cr, 0.1, 0.2, 0.6);
  cairo_set_line_width(cr, 2.5);
  cairo_arc(cr, left + 220, key_y, radius, 0, 2 * kPi);
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  cairo_move_to(cr, left + 238, key_y + 6);
  cairo_show_text(cr, "not seen");
  const double dash[] = {3.0, 3.0};
  cairo_set_dash(cr, dash, 2, 0);
  cairo_set_line_width(cr, 1.5);
  cairo_new_path(cr);  // no line from the end of the text before to the ring
  cairo_arc(cr, left + 400, key_y, radius + 5, 0, 2 * kPi);
  cairo_stroke(cr);
  cairo_set_dash(cr, nullptr, 0, 0);
  cairo_move_to(cr, left + 424, key_y + 6);
  cairo_show_text(cr, "date approximate");

  cairo_surface_flush(surface.get());
  std::string png;
  if (cairo_surface_write_to_png_stream(surface.get(), AppendPng, &png) != CAIRO_STATUS_SUCCESS)
    return Status::Error("chronology.timeline", "could not write the timeline picture as PNG");
  return png;
}

std::pair<int, int> PngSize(std::string_view png) {
  if (png.size() < 24 || png.substr(0, 8) != "\x89PNG\r\n\x1a\n" || png.substr(12, 4) != "IHDR") return {0, 0};
  auto be32 = [&](size_t at) {
    return static_cast<int>((static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
                            (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]));
  };
  return {be32(16), be32(20)};
}

}  // namespace dhr
