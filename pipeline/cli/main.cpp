#include "pipeline/cli/cli.h"

#ifdef DHR_JEMALLOC
// jemalloc reads its options from this symbol at its first allocation. Transparent huge pages for
// the heap and for jemalloc's own metadata: far fewer page faults when a large chronology is read,
// filled and zipped. MALLOC_CONF in the environment still overrides it.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
#endif

int main(int argc, char** argv) { return dhr::RunCli(argc, argv); }
