#!/usr/bin/env bash
# Writes every output that a refactoring must leave unchanged, byte for byte, into OUT:
#   figures of every kommune without discretion, every --level with discretion (CSV and JSON),
#   the cell values of every sheet of the all-kommuner workbook and of one kommune's workbook,
#   and the text of three kommuners' fact sheets.
# Run it on the checkout before and after a change, then compare the two folders:
#   docs/same-output.sh /tmp/before            # on the old checkout
#   docs/same-output.sh /tmp/after             # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
# DATA (default samples/national, made with `./trappen sample --scale national` when missing)
# is imported into a fresh workspace each time. Needs python3 (docs/workbook-cells.py) and pdftotext (poppler-utils).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:?usage: docs/same-output.sh OUT [DATA]}"
DATA="${2:-$ROOT/samples/national}"
T="$ROOT/trappen"
if [ ! -f "$DATA/ydelser.csv" ]; then "$T" sample --out "$DATA" --scale national >/dev/null; fi
WS="$(mktemp -d)/ws"
trap 'rm -rf "$(dirname "$WS")"' EXIT
rm -rf "$OUT"; mkdir -p "$OUT"
"$T" import --workspace "$WS" "$DATA"/*.csv "$DATA"/maalinger.xlsx >/dev/null
"$T" figures --workspace "$WS" --kommune all --no-discretion --out "$OUT/figures-no-discretion.csv" 2>"$OUT/figures-no-discretion.err"
for level in kommune kommunegruppe region sundhedsklynge land; do
  "$T" figures --workspace "$WS" --level "$level" --out "$OUT/figures-$level.csv" 2>"$OUT/figures-$level.err"
done
"$T" figures --workspace "$WS" --level region --format json --out "$OUT/figures-region.json" 2>/dev/null
"$T" export --workspace "$WS" --kommune all --out "$OUT/all.xlsx" >/dev/null
python3 "$ROOT/docs/workbook-cells.py" "$OUT/all.xlsx" > "$OUT/workbook-all.tsv"
"$T" export --workspace "$WS" --kommune 751 --out "$OUT/751.xlsx" >/dev/null
python3 "$ROOT/docs/workbook-cells.py" "$OUT/751.xlsx" > "$OUT/workbook-751.tsv"
rm -f "$OUT"/*.xlsx
for k in 101 751 825; do
  "$T" factsheet --workspace "$WS" --kommune "$k" --out "$OUT/$k.pdf" >/dev/null
  pdftotext -layout "$OUT/$k.pdf" "$OUT/factsheet-$k.txt"
  rm -f "$OUT/$k.pdf"
done
echo "Outputs in $OUT"
