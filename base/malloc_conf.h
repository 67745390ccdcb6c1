// The dhr program's jemalloc options, defined by the one file of a program that includes this
// header (the dhr program's main, and the benchmarks that run its code in their own process).
// jemalloc reads them from this symbol at its first allocation: transparent huge pages for the
// heap and for jemalloc's own metadata, far fewer page faults when a large chronology is read,
// filled and zipped. MALLOC_CONF in the environment still overrides them. Without DHR_JEMALLOC
// (sanitizer builds, DHR_JEMALLOC=OFF) it defines nothing.
#pragma once

#ifdef DHR_JEMALLOC
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
#endif
