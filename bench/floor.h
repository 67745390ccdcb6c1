// The floor every benchmark is measured against: the same work done with the bare libraries.
// Unzip every entry (libzip), parse and serialise each XML part (libxml2), zip again (libzip).
#pragma once

#include <string>

namespace dhr::bench {

// Returns the size of the zip written, so the work cannot be optimised away.
size_t BareLibrariesRoundTrip(const std::string& docx);

// The floor of reading a package: unzip every entry (libzip), parse every XML part (libxml2) and
// walk its tree to every text node. Returns the number of text bytes seen (0 for a broken zip).
size_t BareLibrariesRead(const std::string& docx);

// CPU seconds of the fastest of `repeats` runs of fn (the usual way to take noise out of a timing;
// CPU time rather than wall time, so other work on the machine does not skew the ratios).
template <typename Fn>
double FastestSeconds(int repeats, Fn&& fn);

}  // namespace dhr::bench

#include <ctime>

template <typename Fn>
double dhr::bench::FastestSeconds(int repeats, Fn&& fn) {
  double best = 1e30;
  for (int i = 0; i < repeats; ++i) {
    timespec start, end;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
    fn();
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end);
    const double s = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    if (s < best) best = s;
  }
  return best;
}
