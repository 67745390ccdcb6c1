#include "pipeline/cli/cli.h"

int main(int argc, char** argv) { return dhr::RunCli(argc, argv); }
