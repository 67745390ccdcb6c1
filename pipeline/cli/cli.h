// The `dhr` command line: parses arguments and runs the stage each subcommand names.
//
// Exit status: 0 success; 1 a check found something (a leak, a refused publication); 2 bad input
// or usage, with one line per problem on stderr, each "dhr: error: FILE...: message".
#pragma once

namespace dhr {

int RunCli(int argc, char** argv);

}  // namespace dhr
