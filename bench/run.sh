#!/bin/sh
# Runs every benchmark in a release build and prints its report. `make bench` calls this.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}-release
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j "$(nproc)" >/dev/null
status=0
for bench in "$BUILD"/dhr_*_bench; do
  echo "== $(basename "$bench")"
  "$bench" || status=1
done
exit $status
