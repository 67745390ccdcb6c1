#include "pipeline/cli/cli.h"

#include "base/malloc_conf.h"  // the program's allocator options

int main(int argc, char** argv) { return dhr::RunCli(argc, argv); }
