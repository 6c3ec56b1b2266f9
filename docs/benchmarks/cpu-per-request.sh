#!/usr/bin/env bash
# CPU time per request of a few pages: the application's JVM plus the PostgreSQL backends serving its database,
# read from /proc before and after a fixed number of requests. Unlike requests per second, CPU time per request
# changes little when other work shares the machine, so pages can be compared on a busy machine; the ratio of the
# minimal page's CPU time to a page's approximates their throughput ratio when the machine is saturated.
# The JIT compiler threads are left out (warm-up, not per-request cost); garbage collection is counted.
# Usage: docs/benchmarks/cpu-per-request.sh <app-pid> <database> [base-url] [requests]
# Only 127.0.0.1 is allowed as a target.
set -euo pipefail
PID=$1; DB=$2; BASE=${3:-http://127.0.0.1:8091}; N=${4:-300}
case "$BASE" in http://127.0.0.1:*) ;; *) echo "target must be http://127.0.0.1:<port>" >&2; exit 2 ;; esac
TCK=$(getconf CLK_TCK)
ticks() { # utime+stime of the JVM and of every backend connected to $DB, in clock ticks
  local pids total=0 p
  pids="$PID $(psql -h 127.0.0.1 -U postgres -d postgres -Atc "select pid from pg_stat_activity where datname = '$DB'" | tr '\n' ' ')"
  for p in $pids; do
    [ -r "/proc/$p/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  # Less the JIT compilers' threads: their work is warm-up, not the cost of a request.
  for t in /proc/"$PID"/task/*; do
    if grep -q '^C[12] CompilerThre' "$t/comm" 2>/dev/null; then
      total=$((total - $(sed 's/^.*) //' "$t/stat" | awk '{print $12 + $13}')))
    fi
  done
  echo "$total"
}
measure() { # name url -> "name cpu_ms_per_request"
  hey -n 300 -c 2 "$2" >/dev/null  # warm-up
  local before after
  before=$(ticks); hey -n "$N" -c 2 "$2" >/dev/null; after=$(ticks)
  awk -v n="$1" -v d=$((after - before)) -v t="$TCK" -v r="$N" 'BEGIN{printf "%s %.2f\n", n, d * 1000 / t / r}'
}
MIN=$(measure minimal "$BASE/processes/bench-01/benchmark-minimal")
LINEUP=$(measure lineup "$BASE/processes/bench-01/issues/issue-07/lineup?asOf=2018-05-01&compareWith=2018-03-01")
MATRIX=$(measure matrix "$BASE/processes/bench-01/matrix?asOf=2018-05-01")
min_ms=$(awk '{print $2}' <<<"$MIN")
printf '%-8s %14s %20s\n' page cpu_ms/request "ratio (min/page)"
for line in "$MIN" "$LINEUP" "$MATRIX"; do
  read -r name ms <<<"$line"
  printf '%-8s %14.2f %20.3f\n' "$name" "$ms" "$(awk -v a="$min_ms" -v b="$ms" 'BEGIN{print a/b}')"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
