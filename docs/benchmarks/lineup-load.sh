#!/usr/bin/env bash
# Load test of the line-up and matrix pages against a minimal page of the same application (same security chain,
# one query, Thymeleaf), at 10x scale, in one run. Prerequisites: the app running with the benchmark profile and
# full JIT (spring-boot:run otherwise starts the JVM with -XX:TieredStopAtLevel=1), e.g.
#   ./mvnw spring-boot:run -Dspring-boot.run.optimizedLaunch=false -Dspring-boot.run.profiles=benchmark \
#     -Dspring-boot.run.arguments="--plenary.embedded-database.directory=/tmp/bench-pg --plenary.embedded-database.port=54339 --server.port=8091"
# and the data generated: psql -f docs/benchmarks/generate-positions.sql (see lineup-benchmark.md).
# Usage: docs/benchmarks/lineup-load.sh [base-url] [requests] [concurrency] [cap-seconds]
# Each page gets a warm-up of 100 requests, then [requests] requests (default 500) at [concurrency] (default 4);
# each hey run is interrupted after [cap-seconds] (default 60) and then reports what it measured, so the script
# always finishes, in at most 9 x cap seconds. A second table measures each page one request at a time (server
# time without queueing behind the script's own requests). Only 127.0.0.1 is allowed as a target.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8091}
N=${2:-500}
C=${3:-4}
CAP=${4:-60}
case "$BASE" in
  http://127.0.0.1:*) ;;
  *) echo "target must be http://127.0.0.1:<port>" >&2; exit 2 ;;
esac
command -v hey >/dev/null || { echo "hey is not installed (apt-get install hey)" >&2; exit 2; }
for path in /processes/bench-01/benchmark-minimal /processes/bench-01/matrix; do
  curl -sf -o /dev/null "$BASE$path" || { echo "$BASE$path does not answer 200: app down, no benchmark profile or no data" >&2; exit 2; }
done
hey_capped() { # requests url -> hey's report; SIGINT makes hey stop and print what it has
  timeout -s INT "$CAP" hey -n "$1" -c "${C}" "$2" || true
}
run() { # name url [requests concurrency] -> "name rps p95_ms mean_ms requests non200"
  local out rps p95 mean total ok
  [ -n "${3:-}" ] || hey_capped 100 "$2" >/dev/null  # warm-up (JIT, caches)
  out=$(C=${4:-$C} hey_capped "${3:-$N}" "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p95=$(awk '/ 95% in / {print $3*1000}' <<<"$out")
  mean=$(awk '/Average:/ {print $2*1000; exit}' <<<"$out")
  total=$(awk '/\[[0-9]+\][[:space:]]+[0-9]+ responses/ {s+=$2} END {print s+0}' <<<"$out")
  ok=$(awk '/\[200\][[:space:]]+[0-9]+ responses/ {print $2}' <<<"$out")
  echo "$1 $rps $p95 $mean $total $((total - ${ok:-0}))"
}
MIN=$(run minimal "$BASE/processes/bench-01/benchmark-minimal")
LINEUP=$(run lineup "$BASE/processes/bench-01/issues/issue-07/lineup?asOf=2018-05-01&compareWith=2018-03-01")
MATRIX=$(run matrix "$BASE/processes/bench-01/matrix?asOf=2018-05-01")
# Server time without queueing behind our own requests: one request at a time (100 each, already warm).
MIN1=$(run minimal "$BASE/processes/bench-01/benchmark-minimal" 100 1)
LINEUP1=$(run lineup "$BASE/processes/bench-01/issues/issue-07/lineup?asOf=2018-05-01&compareWith=2018-03-01" 100 1)
MATRIX1=$(run matrix "$BASE/processes/bench-01/matrix?asOf=2018-05-01" 100 1)
table() { # title then three result lines
  local min_rps
  echo "$1"
  min_rps=$(awk '{print $2}' <<<"$2")
  printf '%-8s %9s %7s %8s %8s %9s %6s\n' page req/s ratio p95_ms mean_ms requests non200
  for line in "$2" "$3" "$4"; do
    read -r name rps p95 mean total bad <<<"$line"
    printf '%-8s %9.1f %7.3f %8.1f %8.1f %9d %6d\n' "$name" "$rps" \
      "$(awk -v a="$rps" -v b="$min_rps" 'BEGIN{print a/b}')" "$p95" "$mean" "$total" "$bad"
  done
}
table "throughput, concurrency $C:" "$MIN" "$LINEUP" "$MATRIX"
table "latency, concurrency 1:" "$MIN1" "$LINEUP1" "$MATRIX1"
