#include "anonymiser/overlaps.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace dhr {
namespace {

// Non-overlapping ranges by start.
class Occupied {
 public:
  bool Overlaps(size_t begin, size_t end) const {
    auto next = ranges_.lower_bound(end);
    if (next == ranges_.begin()) return false;
    --next;  // the last range starting before `end`; the ones before it end before it starts
    return next->second > begin;
  }
  void Add(size_t begin, size_t end) { ranges_[begin] = std::max(ranges_[begin], end); }

 private:
  std::map<size_t, size_t> ranges_;
};

// The ranges with overlapping and touching ones joined, by start.
std::vector<Span> Merged(std::vector<Span> ranges) {
  std::sort(ranges.begin(), ranges.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> out;
  for (Span r : ranges) {
    if (!out.empty() && r.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, r.end);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace

std::vector<Candidate> ResolveOverlaps(std::vector<Candidate> candidates,
                                       const std::vector<Span>& taken,
                                       std::vector<Candidate>* dropped) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::make_tuple(b.end - b.begin, a.rank, a.order, a.begin) <
           std::make_tuple(a.end - a.begin, b.rank, b.order, b.begin);
  });
  Occupied occupied;
  for (Span t : Merged(taken)) occupied.Add(t.begin, t.end);
  std::vector<Candidate> stand;
  for (Candidate& c : candidates) {
    if (c.end <= c.begin || occupied.Overlaps(c.begin, c.end)) {
      if (dropped) dropped->push_back(std::move(c));
      continue;
    }
    occupied.Add(c.begin, c.end);
    stand.push_back(std::move(c));
  }
  std::sort(stand.begin(), stand.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return stand;
}

std::vector<Span> Subtract(std::vector<Span> from, std::vector<Span> minus) {
  std::vector<Span> ranges = Merged(std::move(from));
  std::vector<Span> holes = Merged(std::move(minus));
  std::vector<Span> out;
  size_t h = 0;
  for (Span r : ranges) {
    size_t pos = r.begin;
    while (h < holes.size() && holes[h].end <= pos) ++h;
    for (size_t i = h; i < holes.size() && holes[i].begin < r.end; ++i) {
      if (holes[i].begin > pos) out.push_back({pos, holes[i].begin});
      pos = std::max(pos, holes[i].end);
    }
    if (pos < r.end) out.push_back({pos, r.end});
  }
  return out;
}

}  // namespace dhr
