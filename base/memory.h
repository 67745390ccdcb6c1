// Giving freed memory back to the system between a program's phases.
//
// A long chronology is read into a table, turned into entries, then into the fill's data; what
// those steps freed is kept by the allocator for reuse, in pages interleaved with live data, and a
// process's peak memory is what it held at its largest. Called once a large phase is over, this
// returns the wholly free pages: jemalloc's arenas are purged when the program runs on jemalloc
// (the dhr program links it), glibc's heap is trimmed otherwise. It never changes what is live.
// Covered by memory_test.cpp.
#pragma once

namespace dhr {

void ReturnFreedMemory();

}  // namespace dhr
