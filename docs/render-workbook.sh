#!/usr/bin/env bash
# Exports the key-figure workbook of the bundled sample (Aarhus, and all kommuner), converts it
# with LibreOffice to PDF (a file that needs repair does not convert cleanly) and renders the pages
# as PNG to look at: clipped columns, #### cells, unreadable charts.
#
#   docs/render-workbook.sh [OUT_DIR [WORKSPACE]]
#
# OUT_DIR defaults to /tmp/trappen-render; WORKSPACE to a workspace made there from samples/small
# (give one with the national sample imported to see a full workbook).
# Needs libreoffice (soffice) and pdftoppm (poppler-utils).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-/tmp/trappen-render}"
WS="${2:-$OUT/arbejdsmappe}"
mkdir -p "$OUT"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "Fejl: $tool mangler (apt-get install libreoffice-calc poppler-utils)" >&2; exit 1; }
done

if [ ! -d "$WS" ]; then
  "$ROOT/trappen" import --workspace "$WS" "$ROOT"/samples/small/*.csv "$ROOT/samples/small/maalinger.xlsx" >/dev/null
fi
"$ROOT/trappen" export --workspace "$WS" --kommune 751 --out "$OUT/aarhus.xlsx"
"$ROOT/trappen" export --workspace "$WS" --kommune all --out "$OUT/alle-kommuner.xlsx"

# A profile of its own, so a running LibreOffice (or another render) is left alone, set to the
# Danish locale so numbers show as a Danish Excel shows them (1.234,5).
PROFILE_DIR="$OUT/libreoffice-profile"
if [ ! -f "$PROFILE_DIR/user/registrymodifications.xcu" ]; then
  mkdir -p "$PROFILE_DIR/user"
  cat > "$PROFILE_DIR/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item>
</oor:items>
XCU
fi
PROFILE="file://$PROFILE_DIR"
for book in aarhus alle-kommuner; do
  rm -f "$OUT/$book.pdf" "$OUT/$book"-*.png
  soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$OUT/$book.xlsx" >/dev/null
  [ -s "$OUT/$book.pdf" ] || { echo "Fejl: LibreOffice kunne ikke konvertere $book.xlsx" >&2; exit 1; }
  pdftoppm -png -r 60 "$OUT/$book.pdf" "$OUT/$book"
  echo "$book: $(ls "$OUT/$book"-*.png | wc -l) sider i $OUT"
done
