#!/usr/bin/env bash
# report-phase.sh OLD NEW [PAIRS] [SCENARIO]: times the report phase of `run SCENARIO` (default W2,
# 1,000 products) for two builds in turn (old, new, old, new, ...), PAIRS pairs (default 5).
# OLD and NEW are each a backorder.jar (run with plain java -jar) or a repository root (run through
# its ./backorder launcher, i.e. with its AppCDS archive). Prints every run's report phase (wall and,
# where the build prints it, process CPU), simulation phase, and the whole process's wall and CPU
# (user + system) time, then the medians and the new/old ratios. CPU times move far less than wall
# times when other work shares the machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
old="$1"; new="$2"; pairs="${3:-5}"; scenario="${4:-$here/scenarios/w2-portfolio.yaml}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

command_for() {
  if [ -d "$1" ]; then echo "$1/backorder"; else echo "java -Djava.awt.headless=true -jar $1"; fi
}

# one run: prints "report report-cpu simulation wall cpu" in seconds (report-cpu "-" if not printed)
run_once() {
  local log="$out/log"
  BACKORDER_TIMINGS=1 /usr/bin/time -o "$out/time" -f '%e %U %S' $(command_for "$1") run "$scenario" \
    --replications 1 --threads 1 --quiet --force --out "$out/run" 2>"$log" >/dev/null
  read -r wall user sys <"$out/time"
  awk -v wall="$wall" -v cpu="$(echo "$user + $sys" | bc)" '
    $1 == "report" {r = $2; rc = ($(NF - 2) == "CPU") ? $(NF - 1) : "-"} $1 == "simulation" {s = $2}
    END {printf "%.3f %s %.3f %.2f %.2f\n", r, rc, s, wall, cpu}' "$log"
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

run_once "$old" >/dev/null   # first runs build launcher archives and fill the page cache
run_once "$new" >/dev/null
printf '%-4s %-4s %8s %11s %11s %8s %8s\n' pair build report report-cpu simulation wall cpu
for i in $(seq 1 "$pairs"); do
  for which in old new; do
    t=$(run_once "$([ "$which" = old ] && echo "$old" || echo "$new")")
    echo "$t" >>"$out/$which"
    printf '%-4s %-4s %8s %11s %11s %8s %8s\n' "$i" "$which" $t
  done
done
column() { cut -d' ' -f"$2" "$out/$1" | grep -v '^-$' | median; }
for which in old new; do
  printf 'median %-4s report %s s (process CPU %s s)  simulation %s s  whole run %s s wall, %s s CPU\n' "$which" \
    "$(column "$which" 1)" "$(column "$which" 2)" "$(column "$which" 3)" "$(column "$which" 4)" "$(column "$which" 5)"
done
for col in 1:report 2:report-cpu 4:wall 5:cpu; do
  o=$(column old "${col%%:*}"); n=$(column new "${col%%:*}")
  [ -n "$o" ] && [ -n "$n" ] && printf 'ratio new/old %-10s %.2f\n' "${col#*:}" "$(echo "$n / $o" | bc -l)"
done
