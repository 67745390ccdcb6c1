#include "pipeline/chronology/timeline.h"

#include <cairo.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace dhr {
namespace {

struct PngReader {
  std::string_view bytes;
  size_t at = 0;
};

cairo_status_t ReadPng(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<PngReader*>(closure);
  if (r->at + length > r->bytes.size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, r->bytes.data() + r->at, length);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// The pixel at (x, y) as 0xRRGGBB.
uint32_t Pixel(cairo_surface_t* s, int x, int y) {
  const unsigned char* row = cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
  return reinterpret_cast<const uint32_t*>(row)[x] & 0xFFFFFF;
}

TEST_CASE("timeline: a lane per agency, seen contacts filled and others open, the PNG cairo reads back") {
  Chronology c;
  c.agencies = {"Westshire Police", "Riverside Medical Practice"};
  ChronologyEntry seen;
  seen.agency = "Westshire Police";
  seen.from.date = {2020, 1, 1};
  seen.seen = true;
  ChronologyEntry not_seen;
  not_seen.agency = "Riverside Medical Practice";
  not_seen.from.date = {2021, 12, 31};
  not_seen.seen = false;
  c.entries = {seen, not_seen};
  TimelineOptions options;
  auto png = RenderTimelinePng(c, options);
  REQUIRE(png.ok());
  const auto [width, height] = PngSize(*png);
  CHECK(width == 1600);
  CHECK(height == 20 + 2 * options.lane_height + 50 + 40);

  PngReader reader{*png};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(ReadPng, &reader);
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  cairo_surface_flush(image);
  // The marks' centres: years 2020 and 2021 span the axis from the label column to the right edge.
  const double left = std::min(1600 * 0.28, 420.0) + 20, right = 1600 - 30.0;
  const int x_seen = static_cast<int>(left + 0.5);
  const int y_seen = 20 + options.lane_height / 2;
  const int x_open = static_cast<int>(right - (right - left) / 731.0 + 0.5);
  const int y_open = 20 + options.lane_height + options.lane_height / 2;
  const uint32_t filled = Pixel(image, x_seen + 1, y_seen);
  CHECK((filled >> 16) > 0xA0);           // filled red
  CHECK(((filled >> 8) & 0xFF) < 0x40);
  CHECK(Pixel(image, x_open, y_open) == 0xFFFFFF);      // open: white inside
  bool ring = false;
  for (int dx = 5; dx <= 12; ++dx) ring |= Pixel(image, x_open - dx, y_open) != 0xFFFFFF;
  CHECK(ring);  // with a ring around it
  cairo_surface_destroy(image);
}

TEST_CASE("timeline: lane labels replace the agency names when given") {
  Chronology c;
  c.agencies = {"Riverside Medical Practice"};
  ChronologyEntry e;
  e.agency = c.agencies[0];
  e.from.date = {2020, 6, 1};
  c.entries = {e};
  TimelineOptions named, coded;
  coded.lane_labels = {"the GP practice"};
  auto a = RenderTimelinePng(c, named);
  auto b = RenderTimelinePng(c, coded);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(*a != *b);
  CHECK(PngSize("not a png") == std::pair<int, int>{0, 0});
}

TEST_CASE("timeline: repeated contacts of one kind on one day are one mark; the last kind drawn stays on top") {
  Chronology c;
  c.agencies = {"Westshire Police"};
  ChronologyEntry seen;
  seen.agency = "Westshire Police";
  seen.from.date = {2020, 6, 1};
  seen.seen = true;
  ChronologyEntry open = seen;
  open.seen = false;
  open.from.approximate = true;
  ChronologyEntry other_day = seen;
  other_day.from.date = {2021, 3, 1};
  const TimelineOptions options;
  const auto render = [&](std::vector<ChronologyEntry> entries) {
    c.entries = std::move(entries);
    auto png = RenderTimelinePng(c, options);
    REQUIRE(png.ok());
    return *png;
  };
  // Anti-aliased edges drawn forty times over would darken; the picture is the one of each mark once.
  CHECK(render(std::vector<ChronologyEntry>(40, open)) == render({open}));
  CHECK(render({seen, open, seen, other_day, seen}) == render({open, other_day, seen}));
  CHECK(render({seen, open, seen}) != render({seen, open}));  // which kind is on top still shows

  // The key: nothing drawn between the words "not seen" and the dashed ring of "date approximate".
  const std::string png = render({open});
  PngReader reader{png};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(ReadPng, &reader);
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  cairo_surface_flush(image);
  const double left = std::min(1600 * 0.28, 420.0) + 20;
  const int key_y = 20 + options.lane_height + 50 + 20;
  int marked = 0;
  for (int x = static_cast<int>(left) + 340; x < static_cast<int>(left) + 385; ++x)
    for (int y = key_y - 10; y <= key_y + 10; ++y) marked += Pixel(image, x, y) != 0xFFFFFF;
  CHECK(marked == 0);
  cairo_surface_destroy(image);
}

}  // namespace
}  // namespace dhr
