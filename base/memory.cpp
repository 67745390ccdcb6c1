#include "base/memory.h"

#include <malloc.h>

#include <cstddef>

// jemalloc's control interface, when the program is linked with it (weak: null otherwise).
extern "C" int mallctl(const char* name, void* old_value, std::size_t* old_size, void* new_value,
                       std::size_t new_size) __attribute__((weak));

namespace dhr {

void ReturnFreedMemory() {
  if (mallctl) {
    // MALLCTL_ARENAS_ALL is 4096 in jemalloc 5: every arena at once.
    mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0);
    return;
  }
  malloc_trim(0);
}

}  // namespace dhr
