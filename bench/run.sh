#!/bin/sh
# Runs every benchmark in a release build and prints one summary table: each target, what was
# measured and whether it was met. `make bench` calls this. Exits 0 when every target is met, 1
# naming the missed ones, 2 when something could not be built or run. The build's output and each
# benchmark's own report go to files under BUILD/bench-logs/, shown only when something fails.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}-release
LOGS=$BUILD/bench-logs

# The fill benchmark's peer, docxtemplater: Node.js and npm from Debian if missing, then the
# versions pinned in bench/docxtemplater/package-lock.json from npm (into its node_modules/).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "bench: error: Node.js and npm are needed for the docxtemplater comparison (run as root, or install nodejs and npm)" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends nodejs npm >/dev/null
fi
peer=bench/docxtemplater
if ! cmp -s "$peer/package-lock.json" "$peer/node_modules/.dhr-installed-lock.json" 2>/dev/null; then
  (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$peer/package-lock.json" "$peer/node_modules/.dhr-installed-lock.json"
fi

mkdir -p "$LOGS"
if ! { cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DDHR_BENCH=ON &&
       cmake --build "$BUILD" -j "$(nproc)"; } >"$LOGS/build.txt" 2>&1; then
  cat "$LOGS/build.txt"
  echo "bench: error: the release build failed (its output is above and in $LOGS/build.txt)" >&2
  exit 2
fi

# Each benchmark with its arguments: the scan reads 200 documents of 50 pages (1,000 by default,
# several minutes on two cores), twice, the fastest run counting; the others run at their defaults.
args_of() {
  case "$1" in
    dhr_scan_bench) echo 200 50 2 ;;
    *) echo ;;
  esac
}

status=0
summary=$LOGS/summary.txt
: >"$summary"
for bench in "$BUILD"/dhr_*_bench; do
  name=$(basename "$bench")
  log=$LOGS/$name.txt
  # shellcheck disable=SC2046
  if "$bench" $(args_of "$name") >"$log" 2>&1; then code=0; else code=$?; fi
  if grep -q '^@target ' "$log"; then
    sed -n "s/^@target \(.*\)/$name | \1/p" "$log" >>"$summary"
  fi
  if [ "$code" != 0 ] && ! grep -q '^@target .*| MISSED$' "$log"; then
    echo "$name | failed with status $code (see $log) | | FAILED" >>"$summary"
  fi
  [ "$code" = 0 ] || status=1
done

awk -F' [|] ' '
  BEGIN { printf "%-22s %-72s %10s %8s  %s\n", "benchmark", "target", "measured", "goal", "" }
  { printf "%-22s %-72s %10s %8s  %s\n", $1, $2, $3, $4, $5 }' "$summary"
echo "Each benchmark's report: $LOGS/<benchmark>.txt"
if [ "$status" != 0 ]; then
  echo "bench: missed or failed:" >&2
  grep -E '\| (MISSED|FAILED)$' "$summary" | sed 's/^/  /' >&2
fi
exit $status
