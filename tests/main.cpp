// The single test binary: unit tests live beside the code they test (foo_test.cpp), corpus and
// end-to-end tests in tests/.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
