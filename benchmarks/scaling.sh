#!/usr/bin/env bash
# The scaling table of benchmarks/README.md: W2's model (Poisson 20 orders/day of 1 unit per product,
# continuous (s, Q) = (140, 100), lead time 7 days, exponential patience) run through the CLI with
# --no-report while one thing varies at a time: the product count (10 -> 10,000; with SCALE_100K=1
# also 1,000 -> 100,000 over 36.5 days), the horizon (365 and 3,650 days), the replications (1, 4, 16) and the threads (1, 2).
# Each row is one whole process; "sim s" is the simulation phase the CLI prints ("N events in X s"),
# events/s is events / sim s, "CPU s" the process's user + system time, "heap after GC" the largest
# heap left after any collection (-Xlog:gc), RSS the peak resident set (/usr/bin/time). Then the pairwise ratio against HandTunedW2
# (compare-handtuned.sh), after a table of the hand-tuned program's own rate at 1,000 to 100,000
# products (the floor the memory hierarchy sets). Run from anywhere after building both jars:
#   mvn -B -q -DskipTests package && (cd benchmarks && mvn -B -q -DskipTests package)
#   benchmarks/scaling.sh            (RUNS=3 takes the median sim time of 3 processes per row)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar="${CLI_JAR:-target/backorder.jar}"
runs="${RUNS:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# scenario FILE PRODUCTS HORIZON: W2 with PRODUCTS rows in its catalogue and HORIZON days
scenario() {
  local file="$1" products="$2" horizon="$3" dir
  dir="$(dirname "$file")"
  { echo sku; for ((i = 0; i < products; i++)); do printf 'SKU-%06d\n' "$i"; done; } > "$dir/catalog-$products.csv"
  sed -e "s/^horizon_days: .*/horizon_days: $horizon/" \
      -e "s/^product_catalog: .*/product_catalog: catalog-$products.csv/" \
      -e "s/^name: .*/name: w2-p$products-h${horizon//./-}/" \
      benchmarks/scenarios/w2-portfolio.yaml > "$file"
}

# row PRODUCTS HORIZON REPLICATIONS THREADS: one table row (median sim time of RUNS processes)
row() {
  local products="$1" horizon="$2" reps="$3" threads="$4" file="$work/w2-p$1-h$2.yaml"
  [ -f "$file" ] || scenario "$file" "$products" "$horizon"
  local sims=() walls=() cpus=() events="" heap=0 rss=0
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/out"
    local t0 t1 line
    t0=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$work/rss" java -Xlog:gc:file="$work/gc.log" -jar "$jar" run "$file" \
      --replications "$reps" --threads "$threads" --no-report --out "$work/out" > "$work/stdout"
    t1=$(date +%s%N)
    line=$(grep -E 'events in [0-9.]+ s' "$work/stdout")
    events=$(sed -E 's/.* ([0-9,]+) events in .*/\1/' <<< "$line" | tr -d ,)
    sims+=("$(sed -E 's/.*events in ([0-9.]+) s.*/\1/' <<< "$line")")
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')")
    heap=$(grep -oE -- '->[0-9]+M' "$work/gc.log" | tr -dc '0-9\n' | sort -n | tail -1 | awk -v h="$heap" '{ print ($1 > h ? $1 : h) }')
    heap=${heap:-0}
    rss=$(awk -v r="$rss" '{ m = int($1 / 1024); print (m > r ? m : r) }' "$work/rss")
    cpus+=("$(awk '{ printf "%.2f", $2 + $3 }' "$work/rss")")
  done
  local sim wall cpu
  sim=$(printf '%s\n' "${sims[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  awk -v p="$products" -v h="$horizon" -v r="$reps" -v t="$threads" -v e="$events" -v s="$sim" \
      -v w="$wall" -v c="$cpu" -v g="$heap" -v m="$rss" '
    function commas(x,  s, out) {
      s = sprintf("%d", x); out = ""
      while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
      return s out
    }
    BEGIN { printf "| %s | %s | %d | %d | %s | %.2f | %.2f M | %.2f | %.2f | %d MB | %d MB |\n",
      commas(p), h, r, t, commas(e), s, e / s / 1e6, w, c, g, m }'
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| products | horizon (days) | replications | threads | events | sim s | events/s | wall s | CPU s | heap after GC | peak RSS |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for products in 10 100 1000 10000; do row "$products" 365 1 1; done
# 100,000 products over a tenth of the year (73 M events, as many as 10,000 over the year), beside
# 1,000 and 10,000 over the same 36.5 days: only the product count differs
if [ "${SCALE_100K:-0}" = 1 ]; then for products in 1000 10000 100000; do row "$products" 36.5 1 1; done; fi
row 1000 3650 1 1
for reps in 4 16; do row 1000 365 "$reps" 1; done
row 1000 365 16 2
echo

# The floor: the hand-tuned program of the same model (HandTunedW2 -Dproducts=N -Ddays=D, three
# replications in one JVM, the third's rate: warm), so the product rows above can be read against
# what the memory hierarchy allows a single-purpose loop
floor() {
  java -Xmx3g -Dproducts="$1" -Ddays="$2" -cp benchmarks/target/benchmarks.jar backorder.bench.HandTunedW2 3 \
    | tail -1 | sed -E 's/replication 2: ([0-9]+) events in ([0-9.]+) s \(([0-9.]+) M events\/s\).*/\1 \2 \3/' \
    | awk -v p="$1" -v d="$2" '{ printf "| %d | %d | %d | %.2f | %.1f M |\n", p, d, $1, $2, $3 }'
}
echo "| hand-tuned: products | days | events | loop s | events/s |"
echo "|---:|---:|---:|---:|---:|"
for products in 1000 10000; do floor "$products" 365; done
if [ "${SCALE_100K:-0}" = 1 ]; then for products in 1000 10000 100000; do floor "$products" 36; done; fi
echo
benchmarks/compare-handtuned.sh "${PAIRS:-5}" | tail -1
