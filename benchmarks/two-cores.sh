#!/usr/bin/env bash
# Threads against what the hardware gives two busy cores (issue 14, item 3), ROUNDS times (default 3):
# W2 16 replications on one thread and on two (simulation phase, identical numbers), then one
# process of 8 replications on one thread alone and two such processes started together. The
# second pair bounds the first: two programs that share nothing but the machine.
# Run from anywhere after `mvn -B -q -DskipTests package`:  benchmarks/two-cores.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar="${CLI_JAR:-target/backorder.jar}"
w2=benchmarks/scenarios/w2-portfolio.yaml
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# sim REPLICATIONS THREADS OUT: runs W2 and prints the simulation phase in seconds
sim() {
  java -jar "$jar" run "$w2" --replications "$1" --threads "$2" --no-report --out "$work/$3" 2>&1 \
    | grep -oE 'events in [0-9.]+ s' | grep -oE '[0-9.]+'
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= ${ROUNDS:-3}; i++)); do
  one=$(sim 16 1 t1); two=$(sim 16 2 t2)
  alone=$(sim 8 1 a)
  sim 8 1 b > "$work/b.txt" & sim 8 1 c > "$work/c.txt"; wait
  b=$(cat "$work/b.txt"); c=$(cat "$work/c.txt")
  awk -v i="$i" -v o="$one" -v t="$two" -v a="$alone" -v b="$b" -v c="$c" 'BEGIN {
    printf "round %d: 16 replications 1 thread %.2f s, 2 threads %.2f s (%.2fx) | 8 replications alone %.2f s, two processes together %.2f + %.2f s (%.2fx the throughput of one)\n",
      i, o, t, o / t, a, b, c, 2 * a / ((b + c) / 2) }'
done
