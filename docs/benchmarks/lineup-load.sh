#!/usr/bin/env bash
# Load test of the line-up and matrix pages against a minimal page of the same application (same security chain,
# one query, Thymeleaf), at 10x scale. Prerequisites: the app running with the benchmark profile, e.g.
#   ./mvnw spring-boot:run -Dspring-boot.run.profiles=benchmark \
#     -Dspring-boot.run.arguments="--plenary.embedded-database.directory=/tmp/bench-pg --server.port=8090"
# and the data generated: psql -f docs/benchmarks/generate-positions.sql (see lineup-benchmark.md).
# Usage: docs/benchmarks/lineup-load.sh [base-url] [requests] [concurrency]
set -euo pipefail
BASE=${1:-http://127.0.0.1:8090}
N=${2:-2000}
C=${3:-4}
if ! command -v hey >/dev/null; then
  apt-get install -y hey >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hey >/dev/null; }
fi
run() { # name url -> "name rps p95_ms"
  local out rps p95
  hey -n 200 -c "$C" "$2" >/dev/null  # warm-up
  out=$(hey -n "$N" -c "$C" "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p95=$(awk '/ 95% in / {print $3*1000}' <<<"$out")
  echo "$1 $rps $p95"
}
MIN=$(run minimal "$BASE/processes/bench-01/benchmark-minimal")
LINEUP=$(run lineup "$BASE/processes/bench-01/issues/issue-07/lineup?asOf=2018-05-01&compareWith=2018-03-01")
MATRIX=$(run matrix "$BASE/processes/bench-01/matrix?asOf=2018-05-01")
min_rps=$(awk '{print $2}' <<<"$MIN")
printf '%-8s %10s %10s %8s\n' page req/s ratio p95_ms
for line in "$MIN" "$LINEUP" "$MATRIX"; do
  read -r name rps p95 <<<"$line"
  printf '%-8s %10.1f %10.3f %8.1f\n' "$name" "$rps" "$(awk -v a="$rps" -v b="$min_rps" 'BEGIN{print a/b}')" "$p95"
done
