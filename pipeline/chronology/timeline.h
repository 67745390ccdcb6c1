// The timeline picture: one lane per agency, one mark per contact, as a PNG.
//
// Input: the merged chronology and the label of each lane. Output: the bytes of a PNG drawn with
// cairo: a lane per agency (in the order given), a filled circle for a contact where the client was
// seen in person and an open circle where not (or not recorded), a dashed ring around an
// approximate date, ticks and labels for each year across the bottom, and a key.
// The only text drawn is the lane labels, the years and the key: a PNG's text cannot be anonymised
// afterwards, so the caller passes agency names, or codes for agencies whose names identify the
// case (lane_labels). Never a person's name. Covered by timeline_test.cpp.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/chronology/chronology.h"

namespace dhr {

struct TimelineOptions {
  int width = 1600;            // pixels
  int lane_height = 44;
  // The label of each agency's lane, in chronology.agencies order; empty: the agencies' names.
  std::vector<std::string> lane_labels;
};

Result<std::string> RenderTimelinePng(const Chronology& chronology, const TimelineOptions& options);

// The width and height in pixels a PNG's header gives; {0, 0} when the bytes are not a PNG.
std::pair<int, int> PngSize(std::string_view png);

}  // namespace dhr
