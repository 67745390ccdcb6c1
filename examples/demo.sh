#!/bin/sh
# The demo on the bundled fictional case (examples/adult-x-review): an agency's IMR, written in a
# word processor with the real (fictional) names, goes through the stages dhr has today:
#   anonymise -> mark as a draft -> publish (strip markings, clean, leak-scan) -> scan again as CI would,
# printing what each stage did and the text of the public copy.
# `dhr build` (the four generated documents) will take its place when it lands.
set -eu
DHR=${1:-build/dhr}
CASE=examples/adult-x-review
OUT=$CASE/out/demo
mkdir -p "$OUT"
rm -f "$OUT"/*.docx "$OUT"/*.csv

echo "== 1. anonymise the police IMR with the case's code scheme"
"$DHR" anonymise "$CASE/imr/westshire-police-imr.docx" --case "$CASE" \
  -o "$OUT/imr-anonymised.docx" --audit "$OUT/imr-audit.csv"
echo "   audit (owner-only, holds the real names): $OUT/imr-audit.csv"

echo "== 2. mark it OFFICIAL-SENSITIVE, draft 1, top and bottom of every page"
"$DHR" mark "$OUT/imr-anonymised.docx" --marking OFFICIAL-SENSITIVE --draft 1 -o "$OUT/imr-draft.docx"

echo "== 3. publish: strip the markings, remove comments, tracked changes and identifying metadata, leak-scan"
"$DHR" publish "$OUT/imr-draft.docx" --case "$CASE" -o "$OUT/imr-public.docx"

echo "== 4. the CI check: scan the public copy (exit 0 = clean)"
"$DHR" scan "$OUT/imr-public.docx" --case "$CASE" --publication --format sarif > "$OUT/imr-public.sarif"
echo "   clean; SARIF report in $OUT/imr-public.sarif"
echo "   (and the original, for contrast: the scan finds the names it carries)"
"$DHR" scan "$CASE/imr/westshire-police-imr.docx" --case "$CASE" | head -5 | sed 's/^/   /' || true

echo "== the public copy reads:"
"$DHR" text "$OUT/imr-public.docx" | sed 's/^word\/document.xml: /   /'
echo "== outputs in $OUT"
