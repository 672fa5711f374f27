#!/usr/bin/env bash
# Live heap against the horizon (issue 14, item 4): W2 (1,000 products, one replication, one thread,
# --no-report) at 365, 3,650 and 7,300 days. "live" is the largest heap still reachable, sampled
# with a full-GC class histogram (jcmd GC.class_histogram) every SAMPLE seconds while the process
# runs, so old garbage the collector has not yet reclaimed does not count (-Xlog:gc's "after"
# figures of young collections include it, and move with the heap size and GC timing).
# Run from anywhere after `mvn -B -q -DskipTests package`:  benchmarks/horizon-memory.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar="${CLI_JAR:-target/backorder.jar}"
sample="${SAMPLE:-0.3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp benchmarks/scenarios/w2-catalog.csv "$work/"

# live HORIZON: prints the largest live heap in bytes over one run at that horizon
live() {
  local file="$work/w2-h$1.yaml" pid max=0 total
  sed -e "s/^horizon_days: .*/horizon_days: $1/" benchmarks/scenarios/w2-portfolio.yaml > "$file"
  rm -rf "$work/out"
  java -Xmx64m -jar "$jar" run "$file" --replications 1 --threads 1 --no-report --quiet \
    --out "$work/out" > /dev/null &
  pid=$!
  sleep 0.5
  while kill -0 "$pid" 2> /dev/null; do
    total=$(jcmd "$pid" GC.class_histogram 2> /dev/null | awk '/^Total/ { print $3 }') || true
    if [ -n "${total:-}" ] && [ "$total" -gt "$max" ]; then max=$total; fi
    sleep "$sample"
  done
  wait "$pid"
  echo "$max"
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| horizon (days) | live heap, largest sample | against 365 days |"
echo "|---:|---:|---:|"
base=""
for horizon in 365 3650 7300; do
  bytes=$(live "$horizon")
  base=${base:-$bytes}
  awk -v h="$horizon" -v b="$bytes" -v z="$base" \
    'BEGIN { printf "| %d | %.2f MB | %+.1f%% |\n", h, b / 1e6, 100 * (b - z) / z }'
done
