#!/bin/sh
# The demo on the bundled fictional case (examples/adult-x-review):
#   1. dhr build: the overview report, executive summary, action plan and Home Office data form,
#      generated from the case folder at the three stages of a review (draft, submission, publication);
#   2. the publication copies scanned again as CI would;
#   3. an agency's IMR, written in a word processor with the real (fictional) names, through the
#      stages one by one: anonymise -> mark as a draft -> publish -> scan.
set -eu
DHR=${1:-build/dhr}
CASE=examples/adult-x-review
OUT=$CASE/out
mkdir -p "$OUT/demo"
rm -rf "$OUT/draft" "$OUT/submission" "$OUT/publication"
rm -f "$OUT"/demo/*.docx "$OUT"/demo/*.csv "$OUT"/demo/*.sarif

echo "== 1. dhr build at each stage (built-in templates; the case's six-month warning is expected)"
for stage in draft submission publication; do
  echo "-- $stage"
  "$DHR" build "$CASE" --stage "$stage"
done

echo "== 2. the CI check: scan the publication copies (exit 0 = clean)"
"$DHR" scan "$OUT"/publication/*.docx --case "$CASE" --publication --format sarif > "$OUT/demo/publication.sarif"
echo "   clean; SARIF report in $OUT/demo/publication.sarif"
echo "   the published overview report begins:"
"$DHR" text "$OUT/publication/overview-report.docx" | sed 's/^word\/[a-z0-9]*\.xml: /   /' | head -12

echo "== 3. an agency IMR through the stages one by one"
echo "-- anonymise the police IMR with the case's code scheme"
"$DHR" anonymise "$CASE/imr/westshire-police-imr.docx" --case "$CASE" \
  -o "$OUT/demo/imr-anonymised.docx" --audit "$OUT/demo/imr-audit.csv"
echo "   audit (owner-only, holds the real names): $OUT/demo/imr-audit.csv"
echo "-- mark it OFFICIAL-SENSITIVE, draft 1, top and bottom of every page"
"$DHR" mark "$OUT/demo/imr-anonymised.docx" --marking OFFICIAL-SENSITIVE --draft 1 -o "$OUT/demo/imr-draft.docx"
echo "-- publish: strip the markings, remove comments, tracked changes and identifying metadata, leak-scan"
"$DHR" publish "$OUT/demo/imr-draft.docx" --case "$CASE" -o "$OUT/demo/imr-public.docx"
echo "-- scan the public copy (exit 0 = clean), and the original for contrast"
"$DHR" scan "$OUT/demo/imr-public.docx" --case "$CASE" --publication && echo "   the public copy: clean"
"$DHR" scan "$CASE/imr/westshire-police-imr.docx" --case "$CASE" | head -5 | sed 's/^/   /' || true
echo "== 4. a report naming people the case file does not list: publish refuses and says what to declare"
IMR=tests/data/undeclared/police-imr.docx
if "$DHR" publish "$IMR" --case "$CASE" -o "$OUT/demo/police-imr-public.docx" 2> "$OUT/demo/police-imr-refusal.txt"; then
  echo "demo: error: publish accepted a report naming undeclared people" >&2
  exit 1
fi
echo "   refused, nothing written; the names it lists (first lines of $OUT/demo/police-imr-refusal.txt):"
grep '^dhr:   "' "$OUT/demo/police-imr-refusal.txt" | head -6 | sed 's/^dhr:/  /'
echo "   the YAML to declare them (dhr scan --suggest), first lines:"
"$DHR" scan "$IMR" --case "$CASE" --suggest 2>/dev/null | sed -n '4,12p' | sed 's/^/     /' || true
echo "== outputs: $OUT/draft, $OUT/submission, $OUT/publication, $OUT/demo"
