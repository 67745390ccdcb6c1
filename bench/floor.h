// The floor every benchmark is measured against: the same work done with the bare libraries.
// Unzip every entry (libzip), parse and serialise each XML part (libxml2), zip again (libzip).
#pragma once

#include <string>

namespace dhr::bench {

// Returns the size of the zip written, so the work cannot be optimised away.
size_t BareLibrariesRoundTrip(const std::string& docx);

// Seconds of the fastest of `repeats` runs of fn (the usual way to take noise out of a timing).
template <typename Fn>
double FastestSeconds(int repeats, Fn&& fn);

}  // namespace dhr::bench

#include <chrono>

template <typename Fn>
double dhr::bench::FastestSeconds(int repeats, Fn&& fn) {
  double best = 1e30;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (s < best) best = s;
  }
  return best;
}
