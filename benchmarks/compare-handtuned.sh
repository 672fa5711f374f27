#!/usr/bin/env bash
# Times one W2 replication through the CLI (--no-report, one thread) against the hand-tuned
# HandTunedW2 program, in turn, PAIRS times (default 7), and prints each pair, the CLI's phases
# (BACKORDER_TIMINGS=1) and the median of the pairwise wall-time ratios. Both whole processes,
# JVM start included. Run from the repository root after building both jars:
#   mvn -B -q -DskipTests package && (cd benchmarks && mvn -B -q -DskipTests package)
#   benchmarks/compare-handtuned.sh [PAIRS]      (CLI_JAR=other.jar times another build of the CLI)
set -euo pipefail
pairs="${1:-7}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
now() { date +%s%N; }
ratios=()
for i in $(seq 1 "$pairs"); do
  t0=$(now)
  java -cp benchmarks/target/benchmarks.jar backorder.bench.HandTunedW2 1 >/dev/null
  t1=$(now)
  phases=$(BACKORDER_TIMINGS=1 java -jar "${CLI_JAR:-target/backorder.jar}" run benchmarks/scenarios/w2-portfolio.yaml \
    --replications 1 --threads 1 --no-report --quiet --out "$out/w2" 2>&1 | tr -s ' ' | tr '\n' ';')
  t2=$(now)
  hand=$(( (t1 - t0) / 1000000 )); cli=$(( (t2 - t1) / 1000000 ))
  ratio=$(awk -v c="$cli" -v h="$hand" 'BEGIN { printf "%.2f", c / h }')
  ratios+=("$ratio")
  echo "pair $i: hand-tuned ${hand} ms, cli ${cli} ms, ratio ${ratio} | ${phases}"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { printf "median ratio cli / hand-tuned: %s (of %d pairs)\n", (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2), NR }'
