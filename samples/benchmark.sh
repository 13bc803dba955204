#!/usr/bin/env bash
# The national benchmark (issue 10): builds Trappen, generates the national synthetic sample if it
# is missing, then imports, computes, writes fact sheets and opens the workbench on it, computes
# NT1–NT10 with DuckDB beside Trappen (and fails if any value differs), prints the table and
# writes it into docs/performance.md. Run from anywhere: samples/benchmark.sh
# TRAPPEN_BENCH_DATA=DIR uses national CSV files already there; TRAPPEN_BENCH_WORK=DIR keeps the
# workspaces there (default: a folder in the system temp dir).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${TRAPPEN_BENCH_DATA:-$ROOT/samples/national}"
WORK="${TRAPPEN_BENCH_WORK:-${TMPDIR:-/tmp}/trappen-benchmark}"
cd "$ROOT"
started=$(date +%s)

echo "Bygger Trappen og benchmark-koden (Maven)…"
# One reactor build: the jars, the test classes (the harness lives in app's test sources, so
# nothing of it ships) and app's test class path.
mvn -B -q -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

# The comparison engine is for benchmarks only: it must never ship.
if jar tf app/target/trappen.jar | grep -qi duckdb; then
  echo "Fejl: DuckDB er kommet med i app/target/trappen.jar; den må kun være en testafhængighed." >&2
  exit 1
fi

if [ ! -f "$DATA/ydelser.csv" ] || [ ! -f "$DATA/maalinger.xlsx" ]; then
  echo "Laver det nationale syntetiske datasæt i $DATA…"
  ./trappen sample --out "$DATA" --scale national
fi

# Our modules from this checkout's target folders, never from the shared ~/.m2.
deps=$(tr ':' '\n' < app/target/bench-classpath.txt | grep -v -E '/trappen-(core|resources|samples)[^/]*\.jar$' | paste -sd: -)
CP="$ROOT/app/target/test-classes:$ROOT/app/target/classes:$ROOT/core/target/classes:$ROOT/resources/target/classes:$ROOT/samples/target/classes:$deps"

mkdir -p "$WORK"
status=0
java -Xmx256m -Dtrappen.reference.dir="$ROOT/resources" -cp "$CP" dk.trappen.app.bench.BenchmarkSuite \
  "$DATA" "$WORK" "$ROOT/docs/performance.md" || status=$?
echo "Hele kørslen (med bygning) tog $(( $(date +%s) - started )) s; uddata fra de enkelte JVM'er: $WORK/benchmark-stderr.log"
exit $status
