#!/bin/sh
# Runs every benchmark in a release build and prints its report. `make bench` calls this.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}-release

# The fill benchmark's peer, docxtemplater: Node.js and npm from Debian if missing, then the
# versions pinned in bench/docxtemplater/package-lock.json from npm (into its node_modules/).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "bench: error: Node.js and npm are needed for the docxtemplater comparison (run as root, or install nodejs and npm)" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends nodejs npm
fi
peer=bench/docxtemplater
if ! cmp -s "$peer/package-lock.json" "$peer/node_modules/.dhr-installed-lock.json" 2>/dev/null; then
  (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$peer/package-lock.json" "$peer/node_modules/.dhr-installed-lock.json"
fi

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DDHR_BENCH=ON >/dev/null
cmake --build "$BUILD" -j "$(nproc)" >/dev/null
status=0
for bench in "$BUILD"/dhr_*_bench; do
  echo "== $(basename "$bench")"
  "$bench" || status=1
done
exit $status
